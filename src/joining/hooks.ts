/** The join request's hooks: a new request is acknowledged to its sender and reported to the service's inbox. */
import type { CollectionAfterChangeHook } from 'payload'

import { joinRequestForServiceEmail, joinRequestReceivedEmail } from '@/email/joinEmails'
import { queueEmail } from '@/email/queueEmail'
import { serviceInbox } from '@/email/recipients'
import type { JoinRequest } from '@/payload-types'

/** Queued in the create's transaction: a request that is not stored sends nothing. */
export const tellOfNewJoinRequest: CollectionAfterChangeHook<JoinRequest> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await queueEmail(req, { to: doc.email, ...joinRequestReceivedEmail(doc) })
  const inbox = await serviceInbox(req)
  if (inbox) await queueEmail(req, { to: inbox, ...joinRequestForServiceEmail(doc) })
  return doc
}
