/** Create a record unless one with the same unique value exists (never overwriting the service's edits): what makes seeding idempotent. System writes, so access is overridden. */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export async function createUnlessExists(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  value: string,
  data: Record<string, unknown>,
  req?: PayloadRequest,
): Promise<{ id: number; created: boolean }> {
  const existing = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, overrideAccess: true, req, draft: false })
  if (existing.docs[0]) return { id: existing.docs[0].id as number, created: false }
  const doc = await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0, req })
  return { id: doc.id as number, created: true }
}
