/**
 * Which images anyone may see: those a live published case study shows. Kept as data (`media.public`, indexed) and
 * brought up to date in the same transaction as every change to a case study's published copy, so that reading an
 * image never has to look through the case studies.
 */
import { sql } from '@payloadcms/db-postgres'
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'

import { hasRole, idOf } from '@/access'
import { intArray, transactionDb } from '@/db/lockRow'

type WithPublished = { published?: { live?: boolean | null; images?: unknown[] | null } | null } | null | undefined

/** The images a case study's published copy shows to the public (none unless it is live). */
const shownImages = (doc: WithPublished): number[] =>
  doc?.published?.live ? (doc.published.images ?? []).map((i) => idOf(i)).filter((id): id is number => typeof id === 'number') : []

/** Recomputes `public` for these images from the live published case studies. */
export async function refreshImagePublicity(req: PayloadRequest, imageIds: number[]): Promise<void> {
  if (!imageIds.length) return
  await (await transactionDb(req)).execute(sql`
    UPDATE media m SET public = EXISTS (
      SELECT 1 FROM case_studies_rels r JOIN case_studies cs ON cs.id = r.parent_id
      WHERE r.path = 'published.images' AND r.media_id = m.id AND cs.published_live = true)
    WHERE m.id = ANY(${intArray(imageIds)})`)
}

const differ = (a: number[], b: number[]) => a.length !== b.length || a.some((id) => !b.includes(id))

/** After a case study changes: the images its published copy stopped or started showing. */
export const keepImagePublicityCurrent: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const before = shownImages(previousDoc)
  const after = shownImages(doc)
  if (differ(before, after)) await refreshImagePublicity(req, [...new Set([...before, ...after])])
  return doc
}

/** After a case study is deleted: its images are public no longer, unless another live case study shows them. */
export const releaseImagesOfDeletedCaseStudy: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshImagePublicity(req, shownImages(doc))
  return doc
}

const PUBLISHED_IMAGE_MESSAGE =
  'This image is shown in a published case study in the Community Scrapbook, so it cannot be changed or deleted. Upload a new image instead, and add it to the case study (which then goes back to moderation).'

/**
 * An image the public can see changes only through moderation: a setting can neither swap its file or text nor
 * delete it after approval (service admins, the moderators, may). Checked before the operation starts, because
 * Payload replaces or removes the stored file before the collection's change hooks run.
 */
export const keepPublishedImagesUnchanged: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!['update', 'updateByID', 'delete', 'deleteByID'].includes(operation) || hasRole(req, 'service-admin')) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const target: Where | undefined = id !== undefined && id !== null ? { id: { equals: id } } : where
  if (!target) return args
  const { totalDocs } = await req.payload.count({ collection: 'media', where: { and: [target, { public: { equals: true } }] }, req, overrideAccess: true })
  if (totalDocs > 0) throw new APIError(PUBLISHED_IMAGE_MESSAGE, 409, undefined, true)
  return args
}
