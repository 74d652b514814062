/** Join requests waiting for the service (status `new`), counted as the signed-in service user, and the queue they wait in. */
import type { Payload } from 'payload'

/** The admin panel's list of join requests still to decide. */
export const joinRequestsQueuePath = (adminRoute: string): string => `${adminRoute}/collections/join-requests?where[status][equals]=new`

/** null when the viewer may not read join requests (the collection's own access decides, as over the API). */
export async function countNewJoinRequests(payload: Payload, user: unknown): Promise<number | null> {
  try {
    const { totalDocs } = await payload.count({ collection: 'join-requests', where: { status: { equals: 'new' } }, user: user as never, overrideAccess: false })
    return totalDocs
  } catch (error) {
    if ((error as { status?: number }).status === 403) return null
    throw error
  }
}
