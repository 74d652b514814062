/**
 * The service's decision on a join request, each one transaction with the request's row locked, so that two
 * clicks (or two admins) decide once (the second is told it was decided: 409): approving creates or links the setting and invites its lead; declining
 * records the reason and emails it to the person who asked.
 */
import { sql } from '@payloadcms/db-postgres'
import { APIError, Forbidden, NotFound, type PayloadRequest } from 'payload'

import { inviteAccount } from '@/accounts/invitations'
import { hasRole, type HubUser } from '@/access'
import { inTransaction } from '@/db/inTransaction'
import { lockRow, transactionDb } from '@/db/lockRow'
import { joinRequestDeclinedEmail } from '@/email/joinEmails'
import { queueEmail } from '@/email/queueEmail'
import { serviceInbox } from '@/email/recipients'
import type { JoinRequest, Setting } from '@/payload-types'

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

/**
 * The setting with the request's URN, or a new one from the request. Two requests for one URN approved at once
 * take turns on a lock of that URN, so the second links to the setting the first created instead of failing.
 */
async function settingFor(req: PayloadRequest, request: JoinRequest): Promise<Setting> {
  await (await transactionDb(req)).execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`setting-urn:${request.urn}`}))`)
  const found = await req.payload.find({ collection: 'settings', where: { urn: { equals: request.urn } }, limit: 1, req, ...SYSTEM })
  const existing = found.docs[0]
  if (existing?.active === false) {
    throw new APIError(
      `The setting with URN ${request.urn} (${existing.name}) has been retired. Reactivate it in Settings before approving.`,
      409,
      undefined,
      true,
    )
  }
  if (existing) return existing
  return req.payload.create({
    collection: 'settings',
    data: { name: request.settingName, urn: request.urn, type: request.settingType, district: request.district, active: true },
    req,
    overrideAccess: false,
    depth: 0,
  })
}

/**
 * Approves a request: the setting (created, or the existing one with that URN), its lead's account invited by email
 * (the invitation queued in the same transaction), the request marked approved with both links. All or nothing: an
 * email that already has an account in use refuses the approval (409) and nothing is created.
 */
export async function approveJoinRequest(req: PayloadRequest, id: number | string): Promise<JoinRequest> {
  const user = assertMayDecide(req)
  return inTransaction(req, async () => {
    const doc = await loadUndecided(req, id)
    const setting = await settingFor(req, doc)
    const lead = await inviteAccount(
      req,
      { email: doc.email, name: doc.contactName, role: 'setting-lead', setting: setting.id },
      { invitedBy: user.id as number },
    )
    return req.payload.update({
      collection: 'join-requests',
      id: doc.id,
      req,
      ...SYSTEM,
      data: { status: 'approved', decidedBy: user.id as number, decidedAt: new Date().toISOString(), setting: setting.id, lead: lead.id },
    })
  })
}
