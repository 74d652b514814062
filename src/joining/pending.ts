/** The join requests waiting for a decision, counted as the signed-in user (the collection's access applies). */
import type { Payload } from 'payload'

import { actingUser, isServiceRole, type HubUser } from '@/access'

export const NEW_JOIN_REQUESTS = { status: { equals: 'new' } } as const

/** The admin list of join requests filtered to the new ones (the query string Payload's list view reads). */
export const newJoinRequestsPath = (adminRoute: string): string => `${adminRoute}/collections/join-requests?where[status][equals]=new`

/** How many requests are waiting, or null when the user is not of the service (who alone reads them). */
export async function countNewJoinRequests(payload: Payload, user: unknown): Promise<number | null> {
  if (!isServiceRole(actingUser(user as HubUser | null)?.role)) return null
  const { totalDocs } = await payload.count({ collection: 'join-requests', where: NEW_JOIN_REQUESTS, user, overrideAccess: false })
  return totalDocs
}
