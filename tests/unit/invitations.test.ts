import { describe, expect, it } from 'vitest'

import type { HubUser } from '@/access/roles'
import {
  INVITATION_DAYS,
  accountStatus,
  accountStatusLabel,
  awaitsAcceptance,
  hashInvitationToken,
  invitationExpiry,
  linkProblem,
  looksLikeInvitationToken,
  mayManageAccount,
  newInvitationToken,
  unusablePassword,
} from '@/accounts/invitationRules'
import { checkPassword } from '@/auth/passwordPolicy'

const NOW = new Date('2026-11-28T10:00:00Z')
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString()

describe('invitation tokens', () => {
  it('are 32 random bytes, URL-safe, stored only as their sha256', () => {
    const { token, hash } = newInvitationToken()
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(looksLikeInvitationToken(token)).toBe(true)
    expect(hash).toBe(hashInvitationToken(token))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain(token)
    expect(newInvitationToken().token).not.toBe(token)
  })

  it('anything that is not such a token is unknown without a lookup', () => {
    for (const bad of [undefined, '', 'abc', `${'a'.repeat(43)}=`, 'a'.repeat(44), `${'a'.repeat(42)}/`, ['x']])
      expect(looksLikeInvitationToken(bad)).toBe(false)
  })

  it('expire 7 days after they are sent', () => {
    expect(INVITATION_DAYS).toBe(7)
    expect(invitationExpiry(NOW).toISOString()).toBe(later(7))
  })

  it('leave the account a password nobody knows, which still meets the policy', () => {
    const a = unusablePassword()
    expect(a.length).toBeGreaterThanOrEqual(60)
    expect(unusablePassword()).not.toBe(a)
    expect(checkPassword(a)).toBeNull()
  })
})

describe('an account’s status and its link', () => {
  const invited = { invitedAt: later(-1), invitationExpiresAt: later(6), invitationTokenHash: 'h' }
  it.each([
    ['an account made before invitations', {}, 'active', null],
    ['a pending invitation', invited, 'invited', null],
    ['an expired one (at the very moment)', { ...invited, invitationExpiresAt: NOW.toISOString() }, 'invitation-expired', 'expired'],
    ['a withdrawn one', { ...invited, invitationExpiresAt: null }, 'invitation-revoked', 'revoked'],
    ['an accepted one', { ...invited, invitationAcceptedAt: later(-0.5) }, 'active', 'used'],
    ['a deactivated pending one', { ...invited, active: false }, 'deactivated', 'deactivated'],
  ])('%s', (_, user, status, problem) => {
    expect(accountStatus(user, NOW)).toBe(status)
    if (problem !== null || 'invitedAt' in user) expect(linkProblem(user, NOW)).toBe(problem)
  })

  it('a link that finds no account is unknown', () => {
    expect(linkProblem(null, NOW)).toBe('unknown')
  })

  it('awaits acceptance until a password is chosen, whatever happened to the link', () => {
    expect(awaitsAcceptance(invited)).toBe(true)
    expect(awaitsAcceptance({ ...invited, invitationExpiresAt: null })).toBe(true)
    expect(awaitsAcceptance({ ...invited, invitationAcceptedAt: later(0) })).toBe(false)
    expect(awaitsAcceptance({})).toBe(false)
  })

  it('reads to a lead as a status with the expiry date', () => {
    expect(accountStatusLabel(invited, NOW)).toBe('Invited (expires 4 December 2026)')
    expect(accountStatusLabel({ ...invited, invitationExpiresAt: null }, NOW)).toBe('Invitation withdrawn')
    expect(accountStatusLabel({ active: false }, NOW)).toBe('Deactivated')
  })
})

describe('who manages which account', () => {
  const lead: HubUser = { id: 1, role: 'setting-lead', setting: 10 }
  const admin: HubUser = { id: 2, role: 'service-admin' }
  it('a lead: the other setting accounts of their own setting only', () => {
    expect(mayManageAccount(lead, { id: 3, role: 'setting-staff', setting: 10 })).toBe(true)
    expect(mayManageAccount(lead, { id: 4, role: 'setting-lead', setting: { id: 10 } })).toBe(true)
    expect(mayManageAccount(lead, { id: 1, role: 'setting-lead', setting: 10 })).toBe(false)
    expect(mayManageAccount(lead, { id: 5, role: 'setting-staff', setting: 11 })).toBe(false)
    expect(mayManageAccount(lead, { id: 6, role: 'service-admin', setting: null })).toBe(false)
  })
  it('a service admin: anyone but themselves; staff, deactivated and settingless accounts: nobody', () => {
    expect(mayManageAccount(admin, { id: 3, role: 'setting-staff', setting: 10 })).toBe(true)
    expect(mayManageAccount(admin, { id: 2, role: 'service-admin' })).toBe(false)
    expect(mayManageAccount({ id: 7, role: 'service-staff' }, { id: 3, role: 'setting-staff', setting: 10 })).toBe(false)
    expect(mayManageAccount({ id: 8, role: 'setting-staff', setting: 10 }, { id: 3, role: 'setting-staff', setting: 10 })).toBe(false)
    expect(mayManageAccount({ ...lead, active: false }, { id: 3, role: 'setting-staff', setting: 10 })).toBe(false)
    expect(mayManageAccount({ id: 9, role: 'setting-lead', setting: null }, { id: 3, role: 'setting-staff', setting: null })).toBe(false)
    expect(mayManageAccount(null, { id: 3, role: 'setting-staff', setting: 10 })).toBe(false)
  })
})
