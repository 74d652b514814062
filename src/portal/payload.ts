/** The Payload instance for server components and actions, and the signed-in user of the current request. */
import config from '@payload-config'
import { headers } from 'next/headers'
import { executeAuthStrategies, getPayload, type Payload } from 'payload'
import { cache } from 'react'

import { actingUser, type HubUser } from '@/access/roles'
import { databaseUnavailablePageError } from '@/api/databaseUnavailable'
import { signInHitOutage } from '@/db/outageState'
import type { Setting, User } from '@/payload-types'

// `cron: true` starts the jobs runner (queued email) in this process unless JOBS_AUTORUN=false.
export const hubPayload = (): Promise<Payload> => getPayload({ config, cron: true })

export interface Viewer {
  user: User
  setting: Setting | null
}

/**
 * Who is signed in on this request (the Payload cookie), through the same strategies as the API but without
 * `payload.auth()`, which would also work out every collection's permissions. A deactivated account or a setting
 * account without a setting is nobody. Cached per request.
 */
export const signedInUser = cache(async (): Promise<User | null> => {
  const payload = await hubPayload()
  const requestHeaders = await headers()
  const { user } = await executeAuthStrategies({ headers: requestHeaders, payload })
  // Nobody, because the database could not say who: the "temporarily unavailable" page, not the sign-in page.
  if (!user && signInHitOutage(requestHeaders)) throw databaseUnavailablePageError(undefined)
  return actingUser(user as HubUser | null) ? (user as User) : null
})

/** The user signed in on this request, with their setting. Cached per request. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const payload = await hubPayload()
  const viewer = await signedInUser()
  if (!viewer) return null
  const settingId = typeof viewer.setting === 'object' ? viewer.setting?.id : viewer.setting
  const setting = settingId
    ? await payload.findByID({ collection: 'settings', id: settingId, depth: 0, overrideAccess: false, user: viewer, disableErrors: true })
    : null
  return { user: viewer, setting }
})
