/** Accounts: no public sign-up, password policy, lockout and unlock, inactive settings, role and setting rules. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, TEST_PASSWORD, createSetting, createUser, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
})

const email = (who: string) => `${who}-${world.tag}-${Math.random().toString(36).slice(2, 7)}@test.example.org`

describe('sign-up', () => {
  it('has no public sign-up: an anonymous POST /api/users is refused and creates nothing', async () => {
    const address = email('walk-in')
    const res = await rest('POST', '/api/users', {
      json: { email: address, password: 'kettle-orchard-violin', name: 'Walk In', role: 'setting-lead', setting: world.settingA.id },
    })
    expect(res.status).toBe(403)
    expect((await payload.count({ collection: 'users', where: { email: { equals: address } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('lets a setting lead invite staff to their own setting, placed there even when the setting is left out', async () => {
    const token = await tokenFor(payload, world, 'setting-lead')
    const res = await rest('POST', '/api/users', {
      token,
      json: { email: email('new-staff'), name: 'New Staff', role: 'setting-staff' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.setting.id ?? res.body.doc.setting).toBe(world.settingA.id)
  })
})

describe('password policy', () => {
  it.each([
    ['short', 'Short-1!'],
    ['common', 'Password1234!'],
  ])('refuses a %s password with a 400 that says why, creating nothing', async (_, password) => {
    // Only server code sets a password on create (anyone signed in invites instead): the policy holds there too.
    const address = email('weak')
    const refused = payload.create({
      collection: 'users',
      data: { email: address, password, name: 'Weak Password', role: 'service-staff' },
      overrideAccess: true,
    })
    await expect(refused).rejects.toMatchObject({ status: 400 })
    await expect(refused).rejects.toThrow(/at least 12 characters|too common/)
    expect((await payload.count({ collection: 'users', where: { email: { equals: address } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses a weak password on change too', async () => {
    const token = await tokenFor(payload, world, 'setting-staff')
    const res = await rest('PATCH', `/api/users/${world.users['setting-staff'].id}`, { token, json: { password: 'qwertyuiop123' } })
    expect(res.status).toBe(400)
  })
})

describe('role and setting rules', () => {
  it('requires a setting for setting roles and forbids one for service roles', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: email('no-setting'), password: TEST_PASSWORD, name: 'No Setting', role: 'setting-lead' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      payload.create({
        collection: 'users',
        data: { email: email('svc'), password: TEST_PASSWORD, name: 'Svc', role: 'service-staff', setting: world.settingA.id },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('never lets a setting user make a service account or promote themselves', async () => {
    const lead = world.users['setting-lead']
    await expect(
      payload.create({
        collection: 'users',
        data: { email: email('sneaky'), password: TEST_PASSWORD, name: 'Sneaky', role: 'service-admin', setting: world.settingA.id },
        user: lead,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const token = await tokenFor(payload, world, 'setting-lead')
    const res = await rest('PATCH', `/api/users/${lead.id}`, { token, json: { role: 'service-admin' } })
    expect(res.status).toBe(403)
    const stored = await payload.findByID({ collection: 'users', id: lead.id, overrideAccess: true })
    expect(stored.role).toBe('setting-lead')
  })

  it('lets a lead change a colleague between lead and staff, but not their own role', async () => {
    const colleague = await createUser(payload, { email: email('colleague'), name: 'Colleague', role: 'setting-staff', setting: world.settingA.id })
    const token = await tokenFor(payload, world, 'setting-lead')
    const res = await rest('PATCH', `/api/users/${colleague.id}`, { token, json: { role: 'setting-lead' } })
    expect(res.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: colleague.id, overrideAccess: true })).role).toBe('setting-lead')
    const self = await rest('PATCH', `/api/users/${world.users['setting-lead'].id}`, { token, json: { role: 'setting-staff' } })
    expect(self.status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: world.users['setting-lead'].id, overrideAccess: true })).role).toBe('setting-lead')
  })
})

describe('staff', () => {
  it('refuses a setting staff member changing their own role, keeping the stored role', async () => {
    const staff = world.users['setting-staff']
    const res = await rest('PATCH', `/api/users/${staff.id}`, { token: await tokenFor(payload, world, 'setting-staff'), json: { role: 'setting-lead' } })
    expect(res.status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: staff.id, overrideAccess: true })).role).toBe('setting-staff')
  })

  it('lets anyone change their own name', async () => {
    const staff = world.users['setting-staff']
    const res = await rest('PATCH', `/api/users/${staff.id}`, { token: await tokenFor(payload, world, 'setting-staff'), json: { name: 'Renamed Staff' } })
    expect(res.status).toBe(200)
    expect(res.body.doc.name).toBe('Renamed Staff')
  })
})

describe('lockout', () => {
  it('locks an account for 10 minutes after 5 failed sign-ins; only a service admin can unlock it', async () => {
    const victim = await createUser(payload, { email: email('victim'), name: 'Victim', role: 'setting-staff', setting: world.settingA.id })
    for (let i = 0; i < 5; i++) {
      const res = await rest('POST', '/api/users/login', { json: { email: victim.email, password: 'not-the-password-123' } })
      expect(res.status).toBe(401)
    }
    const locked = await rest('POST', '/api/users/login', { json: { email: victim.email, password: TEST_PASSWORD } })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/locked/i)
    const stored = await payload.findByID({ collection: 'users', id: victim.id, overrideAccess: true, showHiddenFields: true })
    const lockMinutes = (new Date(stored.lockUntil as string).getTime() - Date.now()) / 60_000
    expect(lockMinutes).toBeGreaterThan(9)
    expect(lockMinutes).toBeLessThanOrEqual(10)

    const byLead = await rest('POST', '/api/users/unlock', { token: await tokenFor(payload, world, 'setting-lead'), json: { email: victim.email } })
    expect(byLead.status).toBe(403)
    const byAdmin = await rest('POST', '/api/users/unlock', { token: await tokenFor(payload, world, 'service-admin'), json: { email: victim.email } })
    expect(byAdmin.status).toBe(200)
    const after = await rest('POST', '/api/users/login', { json: { email: victim.email, password: TEST_PASSWORD } })
    expect(after.status).toBe(200)
  })
})

describe('inactive settings', () => {
  it('stops the users of a deactivated setting from signing in, with a message that says why', async () => {
    const setting = await createSetting(payload, `Closing School ${world.tag}`)
    const user = await createUser(payload, { email: email('closing'), name: 'Closing', role: 'setting-lead', setting: setting.id })
    expect((await rest('POST', '/api/users/login', { json: { email: user.email, password: TEST_PASSWORD } })).status).toBe(200)
    await payload.update({ collection: 'settings', id: setting.id, data: { active: false }, overrideAccess: true })
    const res = await rest('POST', '/api/users/login', { json: { email: user.email, password: TEST_PASSWORD } })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toMatch(/no longer active/)
  })
})

describe('settings', () => {
  it('derives the award track from the type, whatever the client sends', async () => {
    const token = await tokenFor(payload, world, 'service-admin')
    const res = await rest('POST', '/api/settings', { token, json: { name: `Sixth Form ${world.tag}`, type: 'sixth-form', awardTrack: 'school' } })
    expect(res.status).toBe(201)
    expect(res.body.doc.awardTrack).toBe('college')
    const changed = await rest('PATCH', `/api/settings/${res.body.doc.id}`, { token, json: { type: 'special' } })
    expect(changed.body.doc.awardTrack).toBe('school')
  })

  it('refuses a malformed URN with a clear message', async () => {
    const token = await tokenFor(payload, world, 'service-admin')
    const res = await rest('POST', '/api/settings', { token, json: { name: 'Bad URN', type: 'primary', urn: '12-AB' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/URN/)
  })
})
