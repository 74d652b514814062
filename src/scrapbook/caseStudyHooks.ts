/** Rules every write to a case study keeps, whichever API it comes through. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/access/roles'
import { queueEmail } from '@/email/queueEmail'
import { caseStudySharedEmail } from '@/email/scrapbookEmails'

const CONTENT = ['title', 'summary', 'body', 'images', 'principles', 'anonymous'] as const
const comparable = (key: string, value: unknown) =>
  JSON.stringify(key === 'images' || key === 'principles' ? ((value as unknown[] | null) ?? []).map(idOf) : (value ?? null))

export const recordAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.author = req.user.id
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
  const options = await req.payload.findGlobal({ slug: 'hub-options', req, overrideAccess: true, depth: 0 })
  const to = options.serviceInbox || process.env.SERVICE_INBOX
  const setting = await req.payload.findByID({ collection: 'settings', id: idOf(doc.setting)!, req, overrideAccess: true, depth: 0 })
  if (to) await queueEmail(req, { to, ...caseStudySharedEmail({ title: doc.title, settingName: setting.name, sharedBy: (req.user as { name?: string } | null)?.name ?? 'A setting lead' }) })
  return doc
}
