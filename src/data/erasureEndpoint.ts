/** POST /api/settings/:id/erase-personal-data { confirmation: "<the setting's name>" }: service admins only. */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access'
import { routeDocumentId } from '@/api/refuseMalformedRequests'

import { eraseSettingPersonalData } from './erasure'

const body = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const parsed = (await req.json?.()) ?? {}
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const settingEndpoints: Endpoint[] = [
  {
    path: '/:id/erase-personal-data',
    method: 'post',
    handler: async (req) => {
      try {
        // A malformed id is a 404 whoever asks, as on every route (src/api/).
        const id = Number(routeDocumentId(req))
        if (!req.user) return refusal(401, 'Sign in as a service administrator to erase a setting’s personal data.')
        if (!hasRole(req, 'service-admin')) return refusal(403, 'Only a service administrator can erase a setting’s personal data.')
        const { confirmation } = await body(req)
        const log = await eraseSettingPersonalData(req, id, confirmation)
        return Response.json({ message: `The personal data of ${log.settingName} was erased.`, doc: log })
      } catch (error) {
        const e = error as { status?: number; message?: string }
        if (e.status && e.status >= 400 && e.status < 500) return refusal(e.status, String(e.message))
        throw error
      }
    },
  },
]
