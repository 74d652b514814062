/** Who receives the Hub's notifications: the service's inbox, and the leads of a setting. One home for both lookups. */
import type { PayloadRequest } from 'payload'

import { serviceInboxFallback } from '@/config/env'

/** The service's inbox: the address in Hub options, else SERVICE_INBOX; null when neither is set. */
export async function serviceInbox(req: PayloadRequest): Promise<string | null> {
  const options = await req.payload.findGlobal({ slug: 'hub-options', req, overrideAccess: true, depth: 0, select: { serviceInbox: true } })
  return options.serviceInbox || serviceInboxFallback || null
}

/** The email addresses of a setting's active leads (read as a system lookup, in the request's transaction). */
export async function settingLeadEmails(req: PayloadRequest, setting: number | string): Promise<string[]> {
  const leads = await req.payload.find({
    collection: 'users',
    where: { and: [{ setting: { equals: setting } }, { role: { equals: 'setting-lead' } }, { active: { not_equals: false } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    req,
    overrideAccess: true,
    select: { email: true },
  })
  return leads.docs.map((l) => l.email)
}
