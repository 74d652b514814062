/**
 * The service's decision on a join request, each one transaction with the request's row locked, so that two
 * clicks (or two admins) decide once: approving creates or links the setting and invites its lead; declining
 * records the reason and emails it to the person who asked.
 */
import { APIError, Forbidden, NotFound, type PayloadRequest } from 'payload'

import { hasRole, type HubUser } from '@/access'
import { inTransaction } from '@/db/inTransaction'
import { lockRow } from '@/db/lockRow'
import { joinRequestDeclinedEmail } from '@/email/joinEmails'
import { queueEmail } from '@/email/queueEmail'
import { serviceInbox } from '@/email/recipients'
import type { JoinRequest } from '@/payload-types'

import { LIMITS } from './rules'

const SYSTEM = { overrideAccess: true, depth: 0 } as const

/**
 * Only service admins decide: approving creates a setting and a setting lead's account, which only service admins
 * may do anywhere else in the Hub; service staff read the requests but a decision of theirs would go round that rule.
 */
export function assertMayDecide(req: PayloadRequest): HubUser {
  if (!req.user || !hasRole(req, 'service-admin')) throw new Forbidden(req.t)
  return req.user as HubUser
}

/** The request, locked until the transaction ends, and still waiting for a decision. */
export async function loadUndecided(req: PayloadRequest, id: number | string): Promise<JoinRequest> {
  await lockRow(req, 'join_requests', id)
  const doc = await req.payload.findByID({ collection: 'join-requests', id, req, ...SYSTEM, disableErrors: true })
  if (!doc) throw new NotFound(req.t)
  if (doc.status !== 'new') {
    const when = doc.decidedAt ? ` on ${new Date(doc.decidedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}` : ''
    throw new APIError(`This join request was already ${doc.status}${when}: nothing has been changed.`, 409, { status: doc.status }, true)
  }
  return doc
}

export async function declineJoinRequest(req: PayloadRequest, id: number | string, { reason }: { reason: unknown }): Promise<JoinRequest> {
  const user = assertMayDecide(req)
  const text = typeof reason === 'string' ? reason.trim() : ''
  if (!text) throw new APIError('Give the reason for declining: it is emailed to the person who asked.', 422, { field: 'reason' }, true)
  if (text.length > LIMITS.declineReason) {
    throw new APIError(`The reason must be ${LIMITS.declineReason} characters or fewer.`, 422, { field: 'reason' }, true)
  }
  return inTransaction(req, async () => {
    const doc = await loadUndecided(req, id)
    const updated = await req.payload.update({
      collection: 'join-requests',
      id: doc.id,
      req,
      ...SYSTEM,
      data: { status: 'declined', declineReason: text, decidedBy: user.id as number, decidedAt: new Date().toISOString() },
    })
    const replyTo = (await serviceInbox(req)) ?? undefined
    await queueEmail(req, { to: doc.email, replyTo, ...joinRequestDeclinedEmail(doc, text) })
    return updated
  })
}
