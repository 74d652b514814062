/** The Payload instance for server components and actions, and the signed-in user of the current request. */
import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import type { Setting, User } from '@/payload-types'

// `cron: true` starts the jobs runner (queued email) in this process unless JOBS_AUTORUN=false.
export const hubPayload = (): Promise<Payload> => getPayload({ config, cron: true })

export interface Viewer {
  user: User
  setting: Setting | null
}

/** The user signed in on this request (from the Payload cookie), with their setting. Cached per request. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const payload = await hubPayload()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return null
  const viewer = user as User
  const settingId = typeof viewer.setting === 'object' ? viewer.setting?.id : viewer.setting
  const setting = settingId
    ? await payload.findByID({ collection: 'settings', id: settingId, depth: 0, overrideAccess: false, user: viewer, disableErrors: true })
    : null
  return { user: viewer, setting }
})
