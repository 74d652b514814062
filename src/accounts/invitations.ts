/**
 * The invitation lifecycle every new account goes through: invite (or re-invite), resend, revoke, accept. Accounts
 * created by a signed-in user (admin panel, REST, GraphQL, Local API with a user) become invitations here too.
 */
import { APIError, Forbidden, NotFound, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { type HubUser, type Role, idOf } from '@/access/roles'
import { checkPassword } from '@/auth/passwordPolicy'
import { normaliseEmail } from '@/auth/requestLimits'
import { inTransaction } from '@/db/inTransaction'
import { lockRow } from '@/db/lockRow'
import { invitationEmail } from '@/email/accountEmails'
import { queueEmail } from '@/email/queueEmail'
import type { User } from '@/payload-types'

import {
  type InvitationFacts,
  type LinkProblem,
  awaitsAcceptance,
  hashInvitationToken,
  invitationExpiry,
  linkProblem,
  looksLikeInvitationToken,
  mayManageAccount,
  newInvitationToken,
  unusablePassword,
} from './invitationRules'

/** `req.context` key: the invitation being created in this request (set by the create operation's hooks). */
const INVITING = 'hubInviting'
/** `req.context` key: who invites, when server code with no user (an approved join request) invites on someone's behalf. */
const INVITED_BY = 'hubInvitedBy'

interface Inviting {
  email: string
  token: string
}

const conflict = (message: string) => new APIError(message, 409, undefined, true)

export const PASSWORD_BY_INVITATION_ONLY =
  'Accounts are created by invitation: leave the password out. The person will get an email with a link to choose their own password.'

/**
 * On create, after access and field access (so that no API input reaches the invitation's fields): a signed-in user
 * never sets another person's password (400 when they try); the account gets an unusable password and an invitation
 * instead. Server code with no user may still set a password (seeding, scripts, tests); without one, it invites too.
 */
export const startInvitation: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const typed = typeof data.password === 'string' && data.password !== ''
  if (req.user && typed) throw new APIError(PASSWORD_BY_INVITATION_ONLY, 400, { errors: [{ path: 'password', message: PASSWORD_BY_INVITATION_ONLY }] }, true)
  if (typed) return data
  const { token, hash } = newInvitationToken()
  const invitedBy = idOf(req.context?.[INVITED_BY]) ?? idOf((req.user as HubUser | null)?.id)
  req.context[INVITING] = { email: normaliseEmail(data.email), token } satisfies Inviting
  const { 'confirm-password': _confirm, ...rest } = data
  return {
    ...rest,
    password: unusablePassword(),
    invitationTokenHash: hash,
    invitedAt: new Date().toISOString(),
    invitationExpiresAt: invitationExpiry().toISOString(),
    invitationAcceptedAt: null,
    invitedBy: typeof invitedBy === 'number' ? invitedBy : null,
  }
}

/** The invitation email, queued in the create's transaction. */
export const sendInvitationOnCreate: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const inviting = req.context?.[INVITING] as Inviting | undefined
  if (operation !== 'create' || !inviting?.token || inviting.email !== normaliseEmail(doc.email)) return doc
  delete req.context[INVITING]
  await queueInvitationEmail(req, doc as User, inviting.token)
  return doc
}

async function queueInvitationEmail(req: PayloadRequest, user: User & InvitationFacts & { invitedBy?: unknown }, token: string): Promise<void> {
  const settingId = idOf(user.setting)
  const inviterId = idOf(user.invitedBy)
  const [setting, inviter] = await Promise.all([
    settingId === null
      ? null
      : req.payload.findByID({ collection: 'settings', id: settingId, depth: 0, req, overrideAccess: true, disableErrors: true, select: { name: true } }),
    inviterId === null
      ? null
      : req.payload.findByID({ collection: 'users', id: inviterId, depth: 0, req, overrideAccess: true, disableErrors: true, select: { name: true } }),
  ])
  const message = invitationEmail({
    token,
    name: user.name,
    role: user.role,
    settingName: (setting as { name?: string } | null)?.name ?? null,
    invitedByName: (inviter as { name?: string } | null)?.name ?? null,
    expiresAt: new Date(user.invitationExpiresAt ?? invitationExpiry()),
  })
  await queueEmail(req, { to: user.email, ...message })
}

type Account = User & InvitationFacts & { invitedBy?: number | User | null }

async function loadAccount(req: PayloadRequest, id: number | string): Promise<Account> {
  const found = await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true, disableErrors: true, showHiddenFields: true })
  if (!found) throw new NotFound(req.t)
  return found as Account
}

/** A signed-in actor may act on the account only as mayManageAccount says; a lead learns nothing of other settings. */
function checkManages(req: PayloadRequest, target: Account): void {
  const actor = req.user as HubUser | null
  if (!actor) return
  if (!mayManageAccount(actor, target)) {
    if (actor.role === 'setting-lead' && !mayManageAccount(actor, { role: 'setting-staff', setting: target.setting })) throw new NotFound(req.t)
    throw new Forbidden(req.t)
  }
}

/**
 * Invites a person: creates their account (with no usable password) in req's transaction and queues the invitation
 * email in it, or re-invites an account that has not accepted yet. Refuses with 409 an email that already has an
 * account in use, or one invited to another setting. Access is the user's of req (none: server code, no checks).
 */
export async function inviteAccount(
  req: PayloadRequest,
  input: { email: string; name: string; role: Role; setting?: number | null },
  by?: { invitedBy?: number | null },
): Promise<User> {
  const email = normaliseEmail(input.email)
  return inTransaction(req, async () => {
    const existing = (await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })) as Account | null
    if (existing) {
      if (!awaitsAcceptance(existing)) throw conflict('An account with this email address already exists.')
      if (idOf(existing.setting) !== idOf(input.setting ?? null)) throw conflict('This email address has already been invited to another setting.')
      checkManages(req, existing)
      if (existing.active === false) throw conflict('This account has been deactivated. Reactivate it before sending a new invitation.')
      if (existing.name !== input.name || existing.role !== input.role) {
        await req.payload.update({
          collection: 'users',
          id: existing.id,
          data: { name: input.name, role: input.role },
          req,
          overrideAccess: !req.user,
          user: req.user ?? undefined,
        })
      }
      return resendInvitation(req, existing.id, by)
    }
    const previous = req.context?.[INVITED_BY]
    req.context = { ...req.context, [INVITED_BY]: by?.invitedBy ?? undefined }
    try {
      return (await req.payload.create({
        collection: 'users',
        data: { email, name: input.name, role: input.role, setting: input.setting ?? null } as Partial<User> as User,
        req,
        overrideAccess: !req.user,
        user: req.user ?? undefined,
        depth: 0,
      })) as User
    } finally {
      req.context[INVITED_BY] = previous
    }
  })
}

/** A new link for an account that has not accepted yet (the old link dies), valid another 7 days. */
export async function resendInvitation(req: PayloadRequest, userId: number | string, by?: { invitedBy?: number | null }): Promise<User> {
  return inTransaction(req, async () => {
    await lockRow(req, 'users', userId)
    const account = await loadAccount(req, userId)
    checkManages(req, account)
    if (!awaitsAcceptance(account)) throw conflict('This person has already accepted their invitation: there is nothing to resend.')
    if (account.active === false) throw conflict('This account has been deactivated. Reactivate it before sending a new invitation.')
    const { token, hash } = newInvitationToken()
    const invitedBy = idOf(by?.invitedBy) ?? idOf((req.user as HubUser | null)?.id) ?? idOf(account.invitedBy)
    const updated = (await req.payload.update({
      collection: 'users',
      id: account.id,
      data: {
        invitationTokenHash: hash,
        invitedAt: new Date().toISOString(),
        invitationExpiresAt: invitationExpiry().toISOString(),
        invitedBy,
      } as Partial<User>,
      req,
      overrideAccess: true,
      depth: 0,
      showHiddenFields: true,
    })) as Account
    await queueInvitationEmail(req, updated, token)
    return updated
  })
}

/** Withdraws a pending invitation: its link dies (and says it was withdrawn); the account cannot be signed in to. */
export async function revokeInvitation(req: PayloadRequest, userId: number | string): Promise<User> {
  return inTransaction(req, async () => {
    await lockRow(req, 'users', userId)
    const account = await loadAccount(req, userId)
    checkManages(req, account)
    if (!awaitsAcceptance(account)) throw conflict('This person has already accepted their invitation: deactivate or remove the account instead.')
    return (await req.payload.update({
      collection: 'users',
      id: account.id,
      data: { invitationExpiresAt: null } as Partial<User>,
      req,
      overrideAccess: true,
      depth: 0,
    })) as User
  })
}

/** Why an invitation link cannot be used: the page shows what to do for each. */
export class InvitationLinkProblem extends APIError<{ problem: LinkProblem }> {
  readonly problem: LinkProblem
  constructor(problem: LinkProblem) {
    super(`This invitation link cannot be used (${problem}).`, problem === 'unknown' ? 404 : 410, { problem }, true)
    this.problem = problem
  }
}

/** A password that breaks the policy: 400 with the policy's own sentence. */
export class InvitationPasswordProblem extends APIError {
  constructor(message: string) {
    super(message, 400, { errors: [{ path: 'password', message }] }, true)
  }
}

/** The account an invitation link belongs to, or why the link cannot be used (for the page, before the form). */
export async function findInvitation(req: PayloadRequest, token: unknown): Promise<{ account: Account } | { problem: LinkProblem }> {
  if (!looksLikeInvitationToken(token)) return { problem: 'unknown' }
  const account = (await req.payload.db.findOne({
    collection: 'users',
    where: { invitationTokenHash: { equals: hashInvitationToken(token) } },
    req,
  })) as Account | null
  const problem = linkProblem(account)
  return problem || !account ? { problem: problem ?? 'unknown' } : { account }
}

/**
 * Accepts an invitation: sets the password (the password policy applies) and kills the link, once — two requests
 * with the same link take turns on the account's row and the second finds it used.
 */
export async function acceptInvitation(req: PayloadRequest, token: string, password: string): Promise<User> {
  return inTransaction(req, async () => {
    const found = await findInvitation(req, token)
    if ('problem' in found) throw new InvitationLinkProblem(found.problem)
    await lockRow(req, 'users', found.account.id)
    const account = await loadAccount(req, found.account.id)
    const problem = linkProblem(account.invitationTokenHash === hashInvitationToken(token) ? account : null)
    if (problem) throw new InvitationLinkProblem(problem)
    const weak = checkPassword(password, { email: account.email, name: account.name })
    if (weak) throw new InvitationPasswordProblem(weak)
    return (await req.payload.update({
      collection: 'users',
      id: account.id,
      data: { password, invitationAcceptedAt: new Date().toISOString(), loginAttempts: 0, lockUntil: null } as Partial<User>,
      req,
      overrideAccess: true,
      depth: 0,
    })) as User
  })
}
