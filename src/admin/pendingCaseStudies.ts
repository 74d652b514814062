/**
 * The moderation queue's reads, always as the signed-in service user (overrideAccess: false), so that the
 * collection's own access rules apply here exactly as they do over the API.
 */
import type { Payload, TypedUser } from 'payload'

import { actingUser, isServiceRole, type HubUser } from '@/access'

export const MODERATION_PATH = '/moderation'

export const PENDING = { status: { equals: 'pending' } } as const

/** Service admins and service staff moderate; nobody else. */
export const canModerate = (user: unknown): user is TypedUser => isServiceRole(actingUser(user as HubUser | null)?.role)

/** How many case studies are waiting, or null when the user may not moderate. */
export async function countPending(payload: Payload, user: unknown): Promise<number | null> {
  if (!canModerate(user)) return null
  const { totalDocs } = await payload.count({ collection: 'case-studies', where: PENDING, user, overrideAccess: false })
  return totalDocs
}
