/**
 * Join requests waiting for the service (status `new`), counted as the signed-in service user. The `join-requests`
 * collection arrives with the joining work; until it is in the config this says "not available" (null) rather than 0.
 */
import type { CollectionSlug, Payload } from 'payload'

export const JOIN_REQUESTS = 'join-requests'

/** The admin panel's list of join requests still to decide. */
export const joinRequestsQueuePath = (adminRoute: string): string => `${adminRoute}/collections/${JOIN_REQUESTS}?where[status][equals]=new`

export async function countNewJoinRequests(payload: Payload, user: unknown): Promise<number | null> {
  if (!payload.collections[JOIN_REQUESTS as CollectionSlug]) return null
  const { totalDocs } = await payload.count({
    collection: JOIN_REQUESTS as CollectionSlug,
    where: { status: { equals: 'new' } },
    user: user as never,
    overrideAccess: false,
  })
  return totalDocs
}
