/** The rules of an invitation that need no database: its token and hash, its expiry, an account's status, who manages whom. */
import { createHash, randomBytes } from 'node:crypto'

import { type HubUser, type Role, actingUser, isSettingRole, sameId, settingOf } from '@/access/roles'

export const INVITATION_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

/** Only the hash is stored: a copy of the database does not let anyone accept an invitation. */
export const hashInvitationToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** A new single-use token (32 random bytes, URL-safe) and the hash to store. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashInvitationToken(token) }
}

/** A token as it may arrive in a link: 43 base64url characters (anything else is unknown without a lookup). */
export const looksLikeInvitationToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)

export const invitationExpiry = (now: Date = new Date()): Date => new Date(now.getTime() + INVITATION_DAYS * DAY_MS)

/**
 * A password nobody knows, for an account until its owner accepts the invitation: the account cannot be signed in to
 * and Payload's "password required" holds.
 */
export const unusablePassword = (): string => randomBytes(48).toString('base64url')

/** What an account's invitation state looks like on the users row. */
export interface InvitationFacts {
  active?: boolean | null
  invitedAt?: string | null
  invitationExpiresAt?: string | null
  invitationAcceptedAt?: string | null
  invitationTokenHash?: string | null
}

export type AccountStatus = 'deactivated' | 'invited' | 'invitation-expired' | 'invitation-revoked' | 'active'

/**
 * An account created by invitation is "invited" until its owner sets a password; revoking clears the expiry (the
 * hash is kept so that the old link can say it was withdrawn). Accounts made before invitations (seeding) are active.
 */
export function accountStatus(user: InvitationFacts, now: Date = new Date()): AccountStatus {
  if (user.active === false) return 'deactivated'
  if (!user.invitedAt || user.invitationAcceptedAt) return 'active'
  if (!user.invitationExpiresAt) return 'invitation-revoked'
  return new Date(user.invitationExpiresAt).getTime() <= now.getTime() ? 'invitation-expired' : 'invited'
}

/** Whether an account still waits for its owner to accept an invitation (whatever the state of the link). */
export const awaitsAcceptance = (user: InvitationFacts): boolean => Boolean(user.invitedAt) && !user.invitationAcceptedAt

export type LinkProblem = 'unknown' | 'used' | 'expired' | 'revoked' | 'deactivated'

/** Why an invitation link found by its hash cannot be used, or null when it can. */
export function linkProblem(user: InvitationFacts | null | undefined, now: Date = new Date()): LinkProblem | null {
  if (!user) return 'unknown'
  if (user.invitationAcceptedAt) return 'used'
  if (user.active === false) return 'deactivated'
  if (!user.invitationExpiresAt) return 'revoked'
  if (new Date(user.invitationExpiresAt).getTime() <= now.getTime()) return 'expired'
  return null
}

/**
 * Who may invite an account with `role` to `setting`, or resend, revoke, change or remove another account: a service
 * admin anyone but themselves; a setting lead the other setting accounts of their own setting; everyone else nobody.
 * (Server code with no user, such as approving a join request or seeding, is not asked.)
 */
export function mayManageAccount(actor: HubUser | null | undefined, target: { id?: number | string | null; role?: Role | null; setting?: unknown }): boolean {
  const acting = actingUser(actor)
  if (!acting) return false
  if (target.id !== undefined && target.id !== null && sameId(target.id, acting.id)) return false
  if (acting.role === 'service-admin') return true
  if (acting.role !== 'setting-lead') return false
  return isSettingRole(target.role) && sameId(target.setting, settingOf(acting))
}

const longDate = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

/** How an account's status reads to its setting's lead. */
export function accountStatusLabel(user: InvitationFacts, now: Date = new Date()): string {
  const status = accountStatus(user, now)
  if (status === 'invited') return `Invited (expires ${longDate(user.invitationExpiresAt as string)})`
  if (status === 'invitation-expired') return 'Invitation expired'
  if (status === 'invitation-revoked') return 'Invitation withdrawn'
  if (status === 'deactivated') return 'Deactivated'
  return 'Active'
}
