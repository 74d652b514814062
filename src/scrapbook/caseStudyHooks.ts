/** Rules every write to a case study keeps, whichever API it comes through. */
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { idOf, sameId } from '@/access/roles'
import { queueEmail } from '@/email/queueEmail'
import { serviceInbox } from '@/email/recipients'
import { caseStudySharedEmail } from '@/email/scrapbookEmails'

const CONTENT = ['title', 'summary', 'body', 'images', 'principles', 'anonymous'] as const
const comparable = (key: string, value: unknown) =>
  JSON.stringify(key === 'images' || key === 'principles' ? ((value as unknown[] | null) ?? []).map(idOf) : (value ?? null))

export const recordAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.author = req.user.id
  return data
}

/**
 * A case study shows only its own setting's images: publishing one makes it public, so never another setting's.
 * (Checked here rather than with `filterOptions`, which would filter images by a field the public may not query.)
 */
export const keepImagesInSetting: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const ids = ((data.images as unknown[] | undefined) ?? []).map(idOf).filter((id): id is number => typeof id === 'number')
  if (!('images' in data) || !ids.length) return data
  const setting = idOf(data.setting ?? originalDoc?.setting)
  const found = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: { setting: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    req,
    overrideAccess: true,
  })
  if (found.docs.length !== new Set(ids).size || found.docs.some((m) => !sameId(m.setting, setting))) {
    throw new APIError('A case study can only show images uploaded by its own setting.', 403, { field: 'images' }, true)
  }
  return data
}

/** An edit to a published case study goes back to the queue; its last approved text stays public meanwhile. */
export const returnEditsToModeration: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context.moderation || originalDoc?.status !== 'published') return data
  const changed = CONTENT.some((key) => key in data && comparable(key, data[key]) !== comparable(key, originalDoc[key]))
  if (changed) {
    data.status = 'pending'
    data.sharedAt = new Date().toISOString()
    req.context.returnedToModeration = true
  }
  return data
}

export const tellServiceOfEdits: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!req.context.returnedToModeration) return doc
  req.context.returnedToModeration = false
  const to = await serviceInbox(req)
  const setting = await req.payload.findByID({ collection: 'settings', id: idOf(doc.setting)!, req, overrideAccess: true, depth: 0 })
  if (to)
    await queueEmail(req, {
      to,
      ...caseStudySharedEmail({ title: doc.title, settingName: setting.name, sharedBy: (req.user as { name?: string } | null)?.name ?? 'A setting lead' }),
    })
  return doc
}
