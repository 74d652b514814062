/** The access predicates, decided from the user alone: a deactivated account and a setting account with no setting are nobody. */
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { actorOf, hasRole, isServiceUser, isSignedIn, ownSettingOnly, serviceOrOwnSetting, serviceOrPublishedActive } from '@/access'
import { changeAnotherAccount, deleteAccounts, readAccounts, updateAccounts } from '@/access/accounts'
import { readImageOwner, readImages } from '@/access/images'
import { actingUser, type HubUser } from '@/access/roles'

const req = (user: HubUser | null) => ({ user }) as unknown as PayloadRequest
const args = (user: HubUser | null) => ({ req: req(user) })

const lead: HubUser = { id: 1, role: 'setting-lead', setting: 10 }
const staff: HubUser = { id: 2, role: 'setting-staff', setting: { id: 10 } }
const admin: HubUser = { id: 3, role: 'service-admin', setting: null }
const trainer: HubUser = { id: 4, role: 'service-staff' }
const orphanLead: HubUser = { id: 5, role: 'setting-lead', setting: null }
const deactivatedLead: HubUser = { ...lead, id: 6, active: false }
const deactivatedAdmin: HubUser = { ...admin, id: 7, active: false }
const noRole: HubUser = { id: 8, role: null, setting: 10 }

describe('who the access rules act for', () => {
  it('acts for active service users and for setting users with a setting', () => {
    expect(actingUser(lead)).toBe(lead)
    expect(actingUser(staff)).toBe(staff)
    expect(actingUser(admin)).toBe(admin)
    expect(actingUser(trainer)).toBe(trainer)
  })

  it.each([
    ['a setting lead without a setting', orphanLead],
    ['a deactivated lead', deactivatedLead],
    ['a deactivated service admin', deactivatedAdmin],
    ['an account with no role', noRole],
    ['nobody', null],
  ])('acts for nobody for %s', (_, user) => {
    expect(actingUser(user)).toBeNull()
    expect(actorOf(req(user))).toBeNull()
    expect(isSignedIn(args(user) as never)).toBe(false)
    expect(hasRole(req(user), 'setting-lead', 'service-admin')).toBe(false)
    expect(isServiceUser(req(user))).toBe(false)
    expect(ownSettingOnly(req(user))).toBe(false)
    expect(serviceOrOwnSetting(args(user) as never)).toBe(false)
    expect(serviceOrPublishedActive(args(user) as never)).toBe(false)
    expect(readAccounts(args(user) as never)).toBe(false)
    expect(updateAccounts({ ...args(user), data: {} } as never)).toBe(false)
    expect(deleteAccounts(args(user) as never)).toBe(false)
  })

  it('never lets a setting account without a setting read accounts as the service would (the reviewed escalation)', () => {
    // Before: `{ setting: { equals: null } }` matched every service account.
    expect(readAccounts(args(orphanLead) as never)).toBe(false)
  })
})

describe('accounts', () => {
  it('gives a lead their setting’s accounts, staff only themselves, the service all', () => {
    expect(readAccounts(args(lead) as never)).toEqual({ setting: { equals: 10 } })
    expect(readAccounts(args(staff) as never)).toEqual({ id: { equals: 2 } })
    expect(readAccounts(args(trainer) as never)).toBe(true)
    expect(deleteAccounts(args(lead) as never)).toEqual({ and: [{ setting: { equals: 10 } }, { id: { not_equals: 1 } }] })
    expect(deleteAccounts(args(admin) as never)).toEqual({ id: { not_equals: 3 } })
  })

  it('lets nobody change their own role or deactivate themselves', () => {
    expect(changeAnotherAccount({ req: req(admin), doc: { id: 3 } } as never)).toBe(false)
    expect(changeAnotherAccount({ req: req(lead), doc: { id: 1 } } as never)).toBe(false)
    expect(changeAnotherAccount({ req: req(lead), doc: { id: 2 } } as never)).toBe(true)
    expect(changeAnotherAccount({ req: req(staff), doc: { id: 1 } } as never)).toBe(false)
  })
})

describe('images', () => {
  it('shows the public the images of live published case studies, a setting also its own, the service all', () => {
    expect(readImages(args(null) as never)).toEqual({ public: { equals: true } })
    expect(readImages(args(orphanLead) as never)).toEqual({ public: { equals: true } })
    expect(readImages(args(staff) as never)).toEqual({ or: [{ setting: { equals: 10 } }, { public: { equals: true } }] })
    expect(readImages(args(admin) as never)).toBe(true)
  })

  it('names an image’s setting only to that setting and the service', () => {
    expect(readImageOwner({ req: req(null), doc: { setting: 10 } } as never)).toBe(false)
    expect(readImageOwner({ req: req({ id: 9, role: 'setting-lead', setting: 11 }), doc: { setting: 10 } } as never)).toBe(false)
    expect(readImageOwner({ req: req(staff), doc: { setting: 10 } } as never)).toBe(true)
    expect(readImageOwner({ req: req(trainer), doc: { setting: 10 } } as never)).toBe(true)
  })
})
