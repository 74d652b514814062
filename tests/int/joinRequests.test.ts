/**
 * Joining the Hub: the /join form and REST creates pass the same spam protection (nothing stored, nothing sent for a
 * refused request), only the service reads requests, and a service admin approves (once, under concurrency) or
 * declines with a reason.
 */
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'
import { issueFormToken } from '@/joining/formToken'
import { approveJoinRequest, declineJoinRequest } from '@/joining/decisions'
import type { JoinRequest } from '@/payload-types'

import { emailJobsFor } from '../helpers/assessments'
import { type Client, clientFrom, pageText, submitPortalForm } from '../helpers/client'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { type World, createWorld, tokenFor, uniqueURN6 } from '../helpers/world'

let payload: Payload
let world: World
let inbox: string
let counter = 0

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
  inbox = `inbox-${world.tag}@service.example.org`
  await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: inbox }, overrideAccess: true })
})

const secret = () => process.env.PAYLOAD_SECRET as string
/** A token issued long enough ago for a person to have filled in the form. */
const filledToken = () => issueFormToken(secret(), Date.now() - 30_000)

function answers(extra: Record<string, string> = {}): Record<string, string> {
  const n = ++counter
  return {
    settingName: `Joining Primary ${world.tag} ${n}`,
    urn: uniqueURN6(),
    settingType: 'primary',
    district: 'Preston',
    contactName: `Jo Joiner ${n}`,
    jobTitle: 'Senior Mental Health Lead',
    email: `joiner-${world.tag}-${n}@test.example.org`,
    message: 'We would like to join.',
    consent: 'yes',
    ...extra,
  }
}

/** The same answers as a REST or Local API body. */
const asData = (a: Record<string, string>) => ({ ...a, consent: a.consent === 'yes' })

const storedFor = async (email: string) =>
  (await payload.find({ collection: 'join-requests', where: { email: { equals: email } }, overrideAccess: true, depth: 0, pagination: false })).docs

async function expectNothingFor(a: Record<string, string>) {
  expect(await storedFor(a.email)).toEqual([])
  expect(await emailJobsFor(payload, a.email)).toBe(0)
  expect(await emailJobsFor(payload, a.settingName)).toBe(0)
}

const sendForm = (client: Client, a: Record<string, string>) => submitPortalForm(client, '/join', a)

describe('the Join the Hub form', () => {
  it('stores one request from a good submission, and queues two emails: to the sender and to the service inbox', async () => {
    const a = answers({ formToken: filledToken() })
    const res = await sendForm(clientFrom(), a)
    expect(res.status).toBe(303)
    expect(res.location).toBe('/join/sent')
    const stored = await storedFor(a.email)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ settingName: a.settingName, urn: a.urn, status: 'new', consent: true, district: 'Preston' })
    expect(stored[0].formNonce).toMatch(/^[0-9a-f]{32}$/)
    expect(await emailJobsFor(payload, a.email)).toBe(2) // the acknowledgement, and the inbox's (it names the sender)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true, pagination: false })
    const mine = jobs.docs.map((j) => j.input as { to: string; subject: string }).filter((i) => JSON.stringify(i).includes(a.email))
    expect(mine.map((i) => i.to).sort()).toEqual([a.email, inbox].sort())
    expect(mine.find((i) => i.to === inbox)?.subject).toBe(`Join request: ${a.settingName} (URN ${a.urn})`)
    const confirmation = await clientFrom().request('GET', '/join/sent')
    expect(pageText(confirmation.text)).toContain('Request sent')
  })

  it('refuses a URN that is not 6 digits, with the message, and stores and sends nothing', async () => {
    for (const urn of ['12345', '1234567', '12a456', '']) {
      const a = answers({ urn, formToken: filledToken() })
      const res = await sendForm(clientFrom(), a)
      expect(res.status).toBe(200)
      expect(pageText(res.text)).toContain(urn ? 'Enter the URN as 6 digits, like 119234' : 'Enter your setting’s URN')
      await expectNothingFor(a)
    }
  })

  it('refuses a request without consent to be contacted', async () => {
    const a = answers({ consent: '', formToken: filledToken() })
    const res = await sendForm(clientFrom(), a)
    expect(res.status).toBe(200)
    expect(pageText(res.text)).toContain('Confirm that the Hub’s team may contact you about this request')
    await expectNothingFor(a)
  })

  it('answers a filled honeypot as if sent, but stores and sends nothing', async () => {
    const a = answers({ website: 'https://spam.example', formToken: filledToken() })
    const res = await sendForm(clientFrom(), a)
    expect(res.status).toBe(303)
    expect(res.location).toBe('/join/sent')
    await expectNothingFor(a)
  })

  it('refuses a form sent straight after it was opened (its own token is too new)', async () => {
    const a = answers()
    const res = await sendForm(clientFrom(), a)
    expect(res.status).toBe(200)
    expect(pageText(res.text)).toContain('The form was sent too quickly')
    await expectNothingFor(a)
  })

  it('counts every submission per network and then asks the network to wait; another network is not held back', async () => {
    const client = clientFrom()
    const limit = 10 // JOIN_REQUESTS_PER_NETWORK's default
    for (let i = 0; i < limit; i++) {
      const res = await client.json('POST', '/api/join-requests', asData(answers({ formToken: issueFormToken(secret()) })))
      expect(res.status).toBe(422) // too fast: refused, but counted
    }
    const a = answers({ formToken: filledToken() })
    const refused = await sendForm(client, a)
    expect(refused.status).toBe(200)
    expect(pageText(refused.text)).toMatch(/Too many requests to join the Hub from your network\. Try again in \d+ minutes?\./)
    const overRest = await client.json('POST', '/api/join-requests', asData(answers({ formToken: filledToken() })))
    expect(overRest.status).toBe(429)
    expect(Number(overRest.headers['retry-after'])).toBeGreaterThan(0)
    await expectNothingFor(a)
    expect((await sendForm(clientFrom(), answers({ formToken: filledToken() }))).status).toBe(303)
  })
})

describe('REST and GraphQL creates pass the same protection', () => {
  it('accepts a good anonymous REST create and answers with a receipt only', async () => {
    const a = answers({ formToken: filledToken() })
    const res = await clientFrom().json('POST', '/api/join-requests', { ...asData(a), status: 'approved', setting: world.settingA.id })
    expect(res.status).toBe(201)
    expect(Object.keys(res.json().doc).sort()).toEqual(['createdAt', 'id', 'status'])
    const [stored] = await storedFor(a.email)
    // A client cannot decide its own request.
    expect(stored).toMatchObject({ status: 'new', setting: null })
  })

  it('refuses, storing and sending nothing: no token, a forged one, one too new, a filled honeypot, a bad URN, no consent', async () => {
    const forged = `${Date.now() - 60_000}.${'a'.repeat(32)}.${'b'.repeat(43)}`
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{}, 400, /This form has expired/],
      [{ formToken: forged }, 400, /This form has expired/],
      [{ formToken: issueFormToken(secret()) }, 422, /sent too quickly/],
      [{ formToken: filledToken(), website: 'x' }, 400, /could not be accepted/],
      [{ formToken: filledToken(), urn: '1234' }, 400, /Enter the URN as 6 digits/],
      [{ formToken: filledToken(), consent: false }, 400, /Confirm that the Hub’s team may contact you/],
    ]
    for (const [change, status, message] of cases) {
      const a = answers()
      const res = await clientFrom().json('POST', '/api/join-requests', { ...asData(a), ...change })
      expect(res.status, JSON.stringify(change)).toBe(status)
      expect(res.text).toMatch(message)
      await expectNothingFor(a)
    }
  })

  it('lets a signed-in service user enter a request without a form token (one made by telephone); a setting user needs one', async () => {
    const a = answers()
    const byService = await rest('POST', '/api/join-requests', { token: await tokenFor(payload, world, 'service-staff'), json: asData(a) })
    expect(byService.status).toBe(201)
    expect(await storedFor(a.email)).toHaveLength(1)
    const b = answers()
    const bySetting = await rest('POST', '/api/join-requests', { token: await tokenFor(payload, world, 'setting-lead'), json: asData(b) })
    expect(bySetting.status).toBe(400)
    await expectNothingFor(b)
  })

  it('takes one request per form: the same token again is refused', async () => {
    const token = filledToken()
    const first = answers({ formToken: token })
    const second = answers({ formToken: token })
    expect((await clientFrom().json('POST', '/api/join-requests', asData(first))).status).toBe(201)
    const again = await clientFrom().json('POST', '/api/join-requests', asData(second))
    expect(again.status).toBe(409)
    expect(again.text).toContain('already been sent')
    await expectNothingFor(second)
  })

  it('refuses an anonymous GraphQL create without a genuine token', async () => {
    const a = answers()
    const res = await graphql(
      `mutation { createJoinRequest(data: { settingName: "${a.settingName}", urn: "${a.urn}", settingType: primary, district: "Preston", contactName: "Jo", jobTitle: "Head", email: "${a.email}", consent: true, status: new, formToken: "forged" }) { id } }`,
    )
    expect(JSON.stringify(res.body)).toContain('This form has expired')
    await expectNothingFor(a)
  })
})

describe('who reads join requests', () => {
  let request: JoinRequest
  beforeAll(async () => {
    request = await payload.create({ collection: 'join-requests', data: asData(answers()) as never, overrideAccess: true })
  })

  it('anonymous reads none, not even its own, by any route', async () => {
    expect((await rest('GET', `/api/join-requests/${request.id}`)).status).toBe(403)
    expect((await rest('GET', '/api/join-requests')).status).toBe(403)
    const gql = await graphql(`{ JoinRequests { docs { id email } } }`)
    expect(JSON.stringify(gql.body)).not.toContain(request.email)
    await expect(payload.find({ collection: 'join-requests', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('setting users read none; service staff and admins read them', async () => {
    for (const key of ['setting-lead', 'setting-staff'] as const) {
      const res = await rest('GET', `/api/join-requests/${request.id}`, { token: await tokenFor(payload, world, key) })
      expect(res.status).toBe(403)
    }
    for (const key of ['service-staff', 'service-admin'] as const) {
      const res = await rest('GET', `/api/join-requests/${request.id}`, { token: await tokenFor(payload, world, key) })
      expect(res.status).toBe(200)
      expect(res.body.email).toBe(request.email)
      expect(res.body.formNonce).toBeUndefined()
    }
  })

  it('nobody edits a request over the API, not even a service admin', async () => {
    const res = await rest('PATCH', `/api/join-requests/${request.id}`, {
      token: await tokenFor(payload, world, 'service-admin'),
      json: { status: 'approved' },
    })
    expect(res.status).toBe(403)
    expect((await payload.findByID({ collection: 'join-requests', id: request.id, overrideAccess: true })).status).toBe('new')
  })
})

describe('approving and declining', () => {
  const fresh = async (extra: Record<string, string> = {}) =>
    payload.create({ collection: 'join-requests', data: asData(answers(extra)) as never, overrideAccess: true })
  const asUser = (key: keyof World['users']) => createLocalReq({ user: world.users[key] }, payload)
  const invitationsTo = async (email: string) => {
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true, pagination: false })
    return jobs.docs.filter((j) => {
      const input = j.input as { to: string; subject: string }
      return input.to === email && input.subject === 'You are invited to the Compassionate Schools Hub'
    }).length
  }

  it('creates the setting and its lead, invited once, even when approved twice at the same time', async () => {
    const request = await fresh()
    const admin = await tokenFor(payload, world, 'service-admin')
    const results = await Promise.all([1, 2].map(() => rest('POST', `/api/join-requests/${request.id}/approve`, { token: admin })))
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect(results.find((r) => r.status === 409)?.body.errors[0].message).toMatch(/already approved/)

    const settings = await payload.find({ collection: 'settings', where: { urn: { equals: request.urn } }, overrideAccess: true })
    expect(settings.docs).toHaveLength(1)
    expect(settings.docs[0]).toMatchObject({ name: request.settingName, type: 'primary', district: 'Preston', active: true })
    const leads = await payload.find({ collection: 'users', where: { email: { equals: request.email } }, overrideAccess: true })
    expect(leads.docs).toHaveLength(1)
    expect(leads.docs[0]).toMatchObject({ role: 'setting-lead', name: request.contactName })
    expect(idOf(leads.docs[0].setting)).toBe(settings.docs[0].id)
    expect(await invitationsTo(request.email)).toBe(1)

    const stored = await payload.findByID({ collection: 'join-requests', id: request.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ status: 'approved', setting: settings.docs[0].id, lead: leads.docs[0].id, decidedBy: world.users['service-admin'].id })
    expect(stored.decidedAt).toBeTruthy()
  })

  it('links a request whose URN already has a setting to that setting, creating no other', async () => {
    const request = await fresh()
    // The world's URNs are 8 digits, a join request's 6: the world's setting A takes the request's URN.
    await payload.update({ collection: 'settings', id: world.settingA.id, data: { urn: request.urn }, overrideAccess: true })
    const approved = await approveJoinRequest(await asUser('service-admin'), request.id)
    expect(approved.setting).toBe(world.settingA.id)
    expect((await payload.count({ collection: 'settings', where: { urn: { equals: request.urn } }, overrideAccess: true })).totalDocs).toBe(1)
    const lead = await payload.findByID({ collection: 'users', id: idOf(approved.lead)!, overrideAccess: true })
    expect(idOf(lead.setting)).toBe(world.settingA.id)
  })

  it('refuses an approval whose email already has an account in use, and creates nothing', async () => {
    const request = await fresh({ email: world.users['setting-lead-b'].email })
    await expect(approveJoinRequest(await asUser('service-admin'), request.id)).rejects.toMatchObject({ status: 409 })
    expect((await payload.count({ collection: 'settings', where: { urn: { equals: request.urn } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await payload.findByID({ collection: 'join-requests', id: request.id, overrideAccess: true })).status).toBe('new')
  })

  it('is for service admins only: service staff and setting users are refused', async () => {
    const request = await fresh()
    for (const key of ['service-staff', 'setting-lead'] as const) {
      const res = await rest('POST', `/api/join-requests/${request.id}/approve`, { token: await tokenFor(payload, world, key) })
      expect(res.status).toBe(403)
      const declined = await rest('POST', `/api/join-requests/${request.id}/decline`, { token: await tokenFor(payload, world, key), json: { reason: 'No' } })
      expect(declined.status).toBe(403)
    }
    expect((await rest('POST', `/api/join-requests/${request.id}/approve`)).status).toBe(403)
    expect((await payload.findByID({ collection: 'join-requests', id: request.id, overrideAccess: true })).status).toBe('new')
    expect((await rest('POST', '/api/join-requests/999999999/approve', { token: await tokenFor(payload, world, 'service-admin') })).status).toBe(404)
  })

  it('declines only with a reason, emails the reason, and then cannot be approved', async () => {
    const request = await fresh()
    const admin = await tokenFor(payload, world, 'service-admin')
    const blank = await rest('POST', `/api/join-requests/${request.id}/decline`, { token: admin, json: { reason: '  ' } })
    expect(blank.status).toBe(422)
    expect(blank.body.errors[0]).toMatchObject({ message: 'Give the reason for declining: it is emailed to the person who asked.', data: { field: 'reason' } })
    expect(await emailJobsFor(payload, 'has not been approved')).toBe(0)

    const reason = `We could not find URN ${request.urn} on Get Information about Schools ${world.tag}`
    const declined = await rest('POST', `/api/join-requests/${request.id}/decline`, { token: admin, json: { reason } })
    expect(declined.status).toBe(200)
    expect(declined.body.doc).toMatchObject({ status: 'declined', declineReason: reason })
    expect(await emailJobsFor(payload, reason)).toBe(1)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true, pagination: false })
    expect(jobs.docs.find((j) => JSON.stringify(j.input).includes(reason))?.input).toMatchObject({ to: request.email, replyTo: inbox })

    await expect(approveJoinRequest(await asUser('service-admin'), request.id)).rejects.toMatchObject({ status: 409 })
    await expect(declineJoinRequest(await asUser('service-admin'), request.id, { reason: 'again' })).rejects.toMatchObject({ status: 409 })
    expect((await payload.count({ collection: 'settings', where: { urn: { equals: request.urn } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('counts new requests for the service only', async () => {
    const { countNewJoinRequests } = await import('@/joining/pending')
    const n = await countNewJoinRequests(payload, world.users['service-staff'])
    expect(n).toBe((await payload.count({ collection: 'join-requests', where: { status: { equals: 'new' } }, overrideAccess: true })).totalDocs)
    expect(await countNewJoinRequests(payload, world.users['setting-lead'])).toBeNull()
    expect(await countNewJoinRequests(payload, null)).toBeNull()
  })
})
