/**
 * Invitations and a setting's own accounts over real HTTP: the link sets a password once and then dies, expires,
 * is replaced by a resend and killed by a withdrawal; nobody types another person's password; a lead manages only
 * their own setting's accounts; deactivation and removal end an open session at once.
 */
import { type Payload, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as Invitations from '@/accounts/invitations'
import type { User } from '@/payload-types'

import { type Client, clientFrom, pageText, submitPortalForm } from '../helpers/client'
import { type MailSink, startMailSink } from '../helpers/mailSink'
import { hubURL, testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { TEST_PASSWORD, type World, createUser, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
let sink: MailSink
let client: Client
let serial = 0
// Imported once SMTP_URL names the sink: the Hub's modules read their environment when first imported.
let InvitationLinkProblem: typeof Invitations.InvitationLinkProblem
let PASSWORD_BY_INVITATION_ONLY: string
let acceptInvitation: typeof Invitations.acceptInvitation
let inviteAccount: typeof Invitations.inviteAccount
let resendInvitation: typeof Invitations.resendInvitation
let revokeInvitation: typeof Invitations.revokeInvitation
const email = (who: string) => `${who}-${world.tag}-i${++serial}@test.example.org`
const NEW_PASSWORD = 'lantern-meadow-harbour-7'

const asUser = async (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
const asSystem = async () => createLocalReq({}, payload)

/** The invitation emails queued for an address, newest last, with the token of each link. */
async function invitationsTo(address: string): Promise<{ subject: string; text: string; token: string }[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'send-email' } },
    overrideAccess: true,
    limit: 0,
    sort: 'createdAt',
  })
  return jobs.docs
    .map((j) => j.input as { to: string; subject: string; text: string })
    .filter((m) => m.to === address && /invitation\?token=/.test(m.text))
    .map((m) => ({ ...m, token: /invitation\?token=([A-Za-z0-9_-]{43})/.exec(m.text)?.[1] ?? '' }))
}
const latestToken = async (address: string) => (await invitationsTo(address)).at(-1)?.token ?? ''

const invitationPage = async (token: string) => pageText((await client.request('GET', `/invitation?token=${encodeURIComponent(token)}`)).text)
const account = async (address: string) =>
  (await payload.find({ collection: 'users', where: { email: { equals: address } }, overrideAccess: true, showHiddenFields: true, depth: 0 })).docs[0] as
    | (User & { invitationTokenHash?: string })
    | undefined
const signsIn = async (address: string, password: string) => (await rest('POST', '/api/users/login', { json: { email: address, password } })).status === 200

beforeAll(async () => {
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  ;({ InvitationLinkProblem, PASSWORD_BY_INVITATION_ONLY, acceptInvitation, inviteAccount, resendInvitation, revokeInvitation } = await import(
    '@/accounts/invitations'
  ))
  payload = await testPayload()
  world = await createWorld(payload)
  client = clientFrom()
})

afterAll(async () => {
  await sink?.stop()
})

describe('the invitation link', () => {
  it('sets a password once, signs the person in, and then says it has been used', async () => {
    const address = email('colleague')
    const invited = await inviteAccount(await asUser(world.users['setting-lead']), {
      email: address,
      name: 'Ada Colleague',
      role: 'setting-staff',
      setting: world.settingA.id,
    })
    expect(invited.invitedBy).toBe(world.users['setting-lead'].id)
    const [mail, ...more] = await invitationsTo(address)
    expect(more).toHaveLength(0)
    expect(mail.text).toContain(`${world.users['setting-lead'].name} has invited you`)
    expect(mail.text).toContain(world.settingA.name)
    expect(mail.text).toMatch(/expires in 7 days/)
    // Only the hash is stored; the account cannot be signed in to before it is accepted, not even with the hash.
    const stored = await account(address)
    expect(stored?.invitationTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored?.invitationTokenHash).not.toContain(mail.token)
    expect(await signsIn(address, stored?.invitationTokenHash ?? 'x')).toBe(false)

    expect(await invitationPage(mail.token)).toContain('Accept your invitation')
    const weak = await submitPortalForm(client, `/invitation?token=${mail.token}`, { password: 'password1234', confirm: 'password1234' })
    expect(weak.status).toBe(200)
    expect(pageText(weak.text)).toContain('too common')
    expect((await account(address))?.invitationAcceptedAt).toBeFalsy()

    const done = await submitPortalForm(client, `/invitation?token=${mail.token}`, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })
    expect(done.status).toBe(303)
    expect(done.location).toContain('/dashboard')
    expect(String(done.headers['set-cookie'])).toContain('payload-token=')
    expect((await account(address))?.invitationAcceptedAt).toBeTruthy()
    expect(await signsIn(address, NEW_PASSWORD)).toBe(true)

    // The same link again: refused, and the page says it was used.
    await expect(acceptInvitation(await asSystem(), mail.token, 'another-long-passphrase-9')).rejects.toBeInstanceOf(InvitationLinkProblem)
    expect(await invitationPage(mail.token)).toContain('already been accepted')
    expect(await signsIn(address, NEW_PASSWORD)).toBe(true)
  })

  it('expires after 7 days', async () => {
    const address = email('late')
    const user = await inviteAccount(await asSystem(), { email: address, name: 'Late Person', role: 'setting-lead', setting: world.settingA.id })
    const token = await latestToken(address)
    const expiry = new Date(user.invitationExpiresAt as string).getTime() - Date.now()
    expect(expiry).toBeGreaterThan(7 * 86_400_000 - 60_000)
    expect(expiry).toBeLessThanOrEqual(7 * 86_400_000)
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { invitationExpiresAt: new Date(Date.now() - 1000).toISOString() } })
    expect(await invitationPage(token)).toContain('This invitation has expired')
    await expect(acceptInvitation(await asSystem(), token, NEW_PASSWORD)).rejects.toMatchObject({ problem: 'expired' })
  })

  it('is replaced by a resend (the old link dies) and killed by a withdrawal; a withdrawn account gets no reset link', async () => {
    const address = email('resent')
    const user = await inviteAccount(await asUser(world.users['setting-lead']), {
      email: address,
      name: 'Resent Person',
      role: 'setting-staff',
      setting: world.settingA.id,
    })
    const first = await latestToken(address)
    await resendInvitation(await asUser(world.users['setting-lead']), user.id)
    const second = await latestToken(address)
    expect(second).not.toBe(first)
    expect(await invitationPage(first)).toContain('does not work')
    expect(await invitationPage(second)).toContain('Accept your invitation')

    await revokeInvitation(await asUser(world.users['setting-lead']), user.id)
    expect(await invitationPage(second)).toContain('withdrawn')
    await expect(acceptInvitation(await asSystem(), second, NEW_PASSWORD)).rejects.toMatchObject({ problem: 'revoked' })

    // Forgot-password is no way in: the email says to ask for a new invitation and carries no reset link.
    const asked = await rest('POST', '/api/users/forgot-password', { json: { email: address } })
    expect(asked.status).toBe(200)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true, limit: 0 })
    const resetMails = jobs.docs.map((j) => j.input as { to: string; text: string }).filter((m) => m.to === address && !m.text.includes('invitation?token='))
    expect(resetMails).toHaveLength(1)
    expect(resetMails[0].text).toContain('have not accepted your invitation')
    expect(resetMails[0].text).not.toContain('reset-password')
  })

  it('re-inviting a pending account sends a new link; an email with an account in use is refused with 409', async () => {
    const address = email('twice')
    await inviteAccount(await asSystem(), { email: address, name: 'Twice', role: 'setting-staff', setting: world.settingA.id })
    await inviteAccount(await asSystem(), { email: address, name: 'Twice Again', role: 'setting-staff', setting: world.settingA.id })
    expect(await invitationsTo(address)).toHaveLength(2)
    expect((await payload.count({ collection: 'users', where: { email: { equals: address } }, overrideAccess: true })).totalDocs).toBe(1)
    expect((await account(address))?.name).toBe('Twice Again')
    await expect(
      inviteAccount(await asSystem(), { email: world.users['setting-staff'].email, name: 'Clash', role: 'setting-staff', setting: world.settingA.id }),
    ).rejects.toMatchObject({ status: 409 })
    await expect(
      inviteAccount(await asSystem(), { email: address, name: 'Elsewhere', role: 'setting-staff', setting: world.settingB.id }),
    ).rejects.toMatchObject({ status: 409 })
  })
})

describe('nobody types another person’s password', () => {
  it('a service admin’s REST create sends exactly one invitation email (delivered over SMTP) and sets no typed password', async () => {
    const token = await tokenFor(payload, world, 'service-admin')
    const address = email('admin-made')
    const res = await rest('POST', '/api/users', { token, json: { email: address, name: 'Admin Made', role: 'setting-lead', setting: world.settingB.id } })
    expect(res.status).toBe(201)
    expect(res.body.doc.invitationTokenHash).toBeUndefined()
    const mails = await invitationsTo(address)
    expect(mails).toHaveLength(1)
    await payload.jobs.run({ overrideAccess: true, silent: true, limit: 200 })
    const delivered = await sink.waitFor((m) => JSON.stringify(m.to).includes(address))
    expect(delivered.subject).toBe('You are invited to the Compassionate Schools Hub')
    expect(String(delivered.html)).toContain(`${hubURL()}/invitation?token=${mails[0].token}`)
    expect(sink.messages.filter((m) => JSON.stringify(m.to).includes(address))).toHaveLength(1)
  })

  it('the admin panel links the users list to an "Invite a user" form (service admins only), which posts no password', async () => {
    const headers = (token: string) => ({ Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' })
    const view = await client.request('GET', '/admin/invite-user', { headers: headers(await tokenFor(payload, world, 'service-admin')) })
    expect(view.status).toBe(200)
    const text = pageText(view.text)
    expect(text).toContain('Invite a user')
    expect(text).toContain(world.settingA.name)
    expect(view.text).not.toMatch(/type="password"/)
    const list = await client.request('GET', '/admin/collections/users', { headers: headers(await tokenFor(payload, world, 'service-admin')) })
    expect(list.text).toContain('href="/admin/invite-user"')
    const staff = await client.request('GET', '/admin/invite-user', { headers: headers(await tokenFor(payload, world, 'service-staff')) })
    expect(pageText(staff.text)).toContain('You cannot invite users')
  })

  it('Payload’s own "create a user" form, which asks for a password, leads to the Invite a user view', async () => {
    const res = await client.request('GET', '/admin/collections/users/create')
    expect(res.status).toBe(307)
    expect(new URL(String(res.location), hubURL()).pathname).toBe('/admin/invite-user')
  })

  it.each(['service-admin', 'setting-lead'] as const)('a %s creating an account with a password over REST is refused with 400, nothing stored', async (who) => {
    const token = await tokenFor(payload, world, who)
    const address = email('typed')
    const res = await rest('POST', '/api/users', {
      token,
      json: { email: address, name: 'Typed Password', role: 'setting-staff', setting: world.settingA.id, password: TEST_PASSWORD },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(PASSWORD_BY_INVITATION_ONLY)
    expect(await account(address)).toBeUndefined()
    expect(await invitationsTo(address)).toHaveLength(0)
  })

  it('GraphQL: the same refusal; without a password the lead’s create is an invitation to their own setting', async () => {
    const token = await tokenFor(payload, world, 'setting-lead')
    const typed = email('gql-typed')
    const refused = await graphql(
      `mutation { createUser(data: { email: "${typed}", name: "Gql", role: setting_staff, password: "${TEST_PASSWORD}" }) { id } }`,
      { token },
    )
    expect(JSON.stringify(refused.body.errors)).toContain('created by invitation')
    expect(await account(typed)).toBeUndefined()
    const address = email('gql')
    const made = await rest('POST', '/api/users', { token, json: { email: address, name: 'Lead Made', role: 'setting-staff' } })
    expect(made.status).toBe(201)
    const stored = await account(address)
    expect(stored?.setting).toBe(world.settingA.id)
    expect(stored?.invitedBy).toBe(world.users['setting-lead'].id)
    expect(await invitationsTo(address)).toHaveLength(1)
  })

  it('nobody writes the invitation fields through the API', async () => {
    const token = await tokenFor(payload, world, 'service-admin')
    const target = world.users['setting-staff-b']
    const res = await rest('PATCH', `/api/users/${target.id}`, {
      token,
      json: {
        invitationTokenHash: 'f'.repeat(64),
        invitedAt: '2020-01-01T00:00:00.000Z',
        invitationAcceptedAt: null,
        lastSignInAt: '2020-01-01T00:00:00.000Z',
      },
    })
    expect(res.status).toBe(200)
    const stored = await account(target.email)
    expect(stored?.invitationTokenHash ?? null).toBeNull()
    expect(stored?.invitedAt ?? null).toBeNull()
    expect(stored?.lastSignInAt).not.toBe('2020-01-01T00:00:00.000Z')
    const read = await rest('GET', `/api/users/${target.id}`, { token })
    expect(read.body).not.toHaveProperty('invitationTokenHash')
  })
})

describe('a lead manages only their own setting’s accounts', () => {
  it('cannot invite to, resend or withdraw for, change or remove another setting’s accounts (Local API and REST)', async () => {
    const lead = world.users['setting-lead']
    await expect(
      inviteAccount(await asUser(lead), { email: email('elsewhere'), name: 'Elsewhere', role: 'setting-staff', setting: world.settingB.id }),
    ).rejects.toMatchObject({ status: 403 })
    const pendingB = await inviteAccount(await asSystem(), { email: email('pending-b'), name: 'Pending B', role: 'setting-staff', setting: world.settingB.id })
    await expect(resendInvitation(await asUser(lead), pendingB.id)).rejects.toMatchObject({ status: 404 })
    await expect(revokeInvitation(await asUser(lead), pendingB.id)).rejects.toMatchObject({ status: 404 })
    const token = await tokenFor(payload, world, 'setting-lead')
    const other = world.users['setting-staff-b']
    const patched = await rest('PATCH', `/api/users/${other.id}`, { token, json: { role: 'setting-lead', active: false } })
    expect([403, 404]).toContain(patched.status)
    const deleted = await rest('DELETE', `/api/users/${other.id}`, { token })
    expect([403, 404]).toContain(deleted.status)
    const after = await account(other.email)
    expect(after?.role).toBe('setting-staff')
    expect(after?.active).not.toBe(false)
    // Nor their own account: resending for themselves is refused.
    await expect(resendInvitation(await asUser(lead), lead.id)).rejects.toMatchObject({ status: 403 })
  })

  it('the accounts page lists the setting’s accounts with status and last sign-in for the lead; staff see a not-allowed page', async () => {
    const leadToken = await tokenFor(payload, world, 'setting-lead')
    const headers = (token: string) => ({ Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' })
    const page = await client.request('GET', '/accounts', { headers: headers(leadToken) })
    expect(page.status).toBe(200)
    const text = pageText(page.text)
    expect(text).toContain('Your setting’s accounts')
    expect(text).toContain(world.users['setting-staff'].name)
    expect(text).not.toContain(world.users['setting-staff-b'].name)
    expect(text).toMatch(/Invited \(expires \d+ \w+ \d{4}\)/)
    const staffToken = await tokenFor(payload, world, 'setting-staff')
    const staffPage = await client.request('GET', '/accounts', { headers: headers(staffToken) })
    expect(pageText(staffPage.text)).toContain('Only your setting’s lead can manage accounts')
    expect(pageText(staffPage.text)).not.toContain(world.users['setting-lead'].email)
  })

  it('invites a colleague from the portal form, with a confirmation banner; a duplicate email is shown as an error', async () => {
    const cookie = `payload-token=${await tokenFor(payload, world, 'setting-lead')}`
    const address = email('portal-invite')
    const res = await submitPortalForm(client, '/accounts/invite', { name: 'Portal Invitee', email: address, role: 'setting-staff' }, { cookie })
    expect(res.status).toBe(303)
    expect(res.location).toContain(`/accounts?invited=${encodeURIComponent(address)}`)
    expect(await invitationsTo(address)).toHaveLength(1)
    expect((await account(address))?.setting).toBe(world.settingA.id)
    const again = await submitPortalForm(
      client,
      '/accounts/invite',
      { name: 'Dup', email: world.users['setting-staff'].email, role: 'setting-staff' },
      { cookie },
    )
    expect(again.status).toBe(200)
    expect(pageText(again.text)).toContain('An account with this email address already exists')
  })
})

describe('losing access at once', () => {
  const fresh = async () => {
    const address = email('session')
    const user = await createUser(payload, { email: address, name: 'Session Holder', role: 'setting-staff', setting: world.settingA.id })
    const login = await rest('POST', '/api/users/login', { json: { email: address, password: TEST_PASSWORD } })
    expect(login.status).toBe(200)
    const token = login.body.token as string
    expect((await rest('GET', '/api/users/me', { token })).body.user.id).toBe(user.id)
    return { user, token }
  }

  it('records the last sign-in', async () => {
    const { user } = await fresh()
    const stored = await account(user.email)
    expect(Date.now() - new Date(stored?.lastSignInAt as string).getTime()).toBeLessThan(60_000)
  })

  it('deactivation by the lead ends an open session', async () => {
    const { user, token } = await fresh()
    const lead = await tokenFor(payload, world, 'setting-lead')
    expect((await rest('PATCH', `/api/users/${user.id}`, { token: lead, json: { active: false } })).status).toBe(200)
    expect((await rest('GET', '/api/users/me', { token })).body.user).toBeNull()
    expect(await signsIn(user.email, TEST_PASSWORD)).toBe(false)
  })

  it('removal through the portal’s confirmation page ends an open session', async () => {
    const { user, token } = await fresh()
    const cookie = `payload-token=${await tokenFor(payload, world, 'setting-lead')}`
    const res = await submitPortalForm(client, `/accounts/${user.id}/remove`, {}, { cookie })
    expect(res.status).toBe(303)
    expect(res.location).toContain('/accounts?removed=')
    expect(await account(user.email)).toBeUndefined()
    expect((await rest('GET', '/api/users/me', { token })).body.user).toBeNull()
    const portal = await client.request('GET', '/dashboard', { headers: { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' } })
    expect(portal.status).toBe(307)
  })
})
