/** The join request's hooks: a new request is acknowledged to its sender and reported to the service's inbox; its sender gets a receipt. */
import type { CollectionAfterChangeHook, CollectionAfterOperationHook } from 'payload'

import { isServiceUser } from '@/access'

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

/**
 * Whoever sends a request gets back only a receipt (its number, status and time), not the stored request: only the
 * service reads requests, and the answer to a create is a read like any other.
 */
export const answerWithReceiptOnly: CollectionAfterOperationHook<'join-requests'> = ({ args, operation, req, result }) => {
  if (operation !== 'create' || (args as { overrideAccess?: boolean }).overrideAccess || isServiceUser(req)) return result
  const doc = result as JoinRequest
  return { id: doc.id, status: doc.status, createdAt: doc.createdAt } as JoinRequest
}
