/** POST /api/training-sessions/:id/register: the service marks a session's register in one submission. */
import type { Endpoint, PayloadRequest } from 'payload'

import { routeDocumentId } from '@/api/refuseMalformedRequests'

import { markRegister } from './register'

const body = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return (await req.json?.()) ?? {}
  } catch {
    return {}
  }
}

export const trainingSessionEndpoints: Endpoint[] = [
  {
    path: '/:id/register',
    method: 'post',
    handler: async (req) => {
      try {
        return Response.json({ docs: await markRegister(req, routeDocumentId(req), await body(req)) })
      } catch (error) {
        const e = error as { status?: number; message?: string; data?: unknown }
        if (e.status && e.status >= 400 && e.status < 500) return Response.json({ errors: [{ message: e.message, data: e.data }] }, { status: e.status })
        throw error
      }
    },
  },
]
