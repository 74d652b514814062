/** Email: password reset arrives over real SMTP with a link that works, and a mail server that is down loses nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { type MailSink, startMailSink } from '../helpers/mailSink'
import { hubURL, testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, createWorld, TEST_PASSWORD } from '../helpers/world'

let sink: MailSink
let payload: Payload
let world: World

const to = (m: { to?: unknown }) => JSON.stringify(m.to)

beforeAll(async () => {
  sink = await startMailSink()
  // This process runs the queued jobs, delivering to the sink (the Hub under test has JOBS_AUTORUN=false).
  process.env.SMTP_URL = sink.url
  payload = await testPayload()
  // Other test files queue email too (and assert on their jobs themselves): start from an empty queue.
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true })
  world = await createWorld(payload)
})

afterAll(async () => {
  await sink.stop()
})

describe('password reset email', () => {
  it('is queued as a job, delivered by SMTP, and its link resets the password in the portal', async () => {
    const lead = world.users['setting-lead']
    const asked = await rest('POST', '/api/users/forgot-password', { json: { email: lead.email } })
    expect(asked.status).toBe(200)

    // Nothing is sent until the jobs runner runs: the email is a job in the database.
    const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true, limit: 100 })
    expect(queued.docs.some((j) => JSON.stringify(j.input).includes(lead.email))).toBe(true)

    await payload.jobs.run({ overrideAccess: true, silent: true, limit: 100 })
    const mail = await sink.waitFor((m) => to(m).includes(lead.email))
    expect(mail.subject).toBe('Reset your Compassionate Schools Hub password')
    expect(mail.from?.text).toContain('Compassionate Schools Hub')

    const link = /href="([^"]+\/reset-password\?token=[^"]+)"/.exec(String(mail.html))?.[1]
    expect(link).toBeDefined()
    const url = new URL(link!.replace(/&amp;/g, '&'))
    expect(url.origin).toBe(new URL(hubURL()).origin)

    const page = await fetch(url)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Choose a new password')
    expect(html).toContain(`value="${url.searchParams.get('token')}"`)

    // A weak new password is refused with the policy's message; a good one is accepted.
    const weak = await rest('POST', '/api/users/reset-password', { json: { token: url.searchParams.get('token'), password: 'password1234' } })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('too common')
    const reset = await rest('POST', '/api/users/reset-password', { json: { token: url.searchParams.get('token'), password: 'new-kettle-orchard-2026' } })
    expect(reset.status).toBe(200)
    const login = await rest('POST', '/api/users/login', { json: { email: lead.email, password: 'new-kettle-orchard-2026' } })
    expect(login.status).toBe(200)
    const old = await rest('POST', '/api/users/login', { json: { email: lead.email, password: TEST_PASSWORD } })
    expect(old.status).toBe(401)
  })

  it('says the same for an address with no account, and sends nothing', async () => {
    const nobody = `nobody-${world.tag}@test.example.org`
    const asked = await rest('POST', '/api/users/forgot-password', { json: { email: nobody } })
    expect(asked.status).toBe(200)
    // Nothing queued for the address, and nothing delivered to it. (Other files queue email in the same database at
    // the same time: this run may deliver theirs to this sink, so only mail to this address counts.)
    const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, overrideAccess: true, pagination: false })
    expect(queued.docs.filter((j) => JSON.stringify(j.input).includes(nobody))).toEqual([])
    await payload.jobs.run({ overrideAccess: true, silent: true, limit: 100 })
    expect(sink.messages.filter((m) => to(m).includes(nobody))).toEqual([])
  })
})

describe('a mail server that is down', () => {
  it('delays an email and loses none: the job stays queued and is delivered once the server is back', async () => {
    const staff = world.users['setting-staff']
    await sink.stop()
    await rest('POST', '/api/users/forgot-password', { json: { email: staff.email } })
    await payload.jobs.run({ overrideAccess: true, silent: true, limit: 100 })

    const pending = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'send-email' } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
    })
    const job = pending.docs.find((j) => JSON.stringify(j.input).includes(staff.email))
    expect(job, 'the failed email is still queued').toBeDefined()
    expect(job!.totalTried).toBeGreaterThanOrEqual(1)
    expect(job!.hasError).toBeFalsy()
    expect(sink.messages.some((m) => to(m).includes(staff.email))).toBe(false)

    await sink.start()
    // Skip the backoff wait rather than sleep through it.
    await payload.update({ collection: 'payload-jobs', id: job!.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    await payload.jobs.run({ overrideAccess: true, silent: true, limit: 100 })
    const mail = await sink.waitFor((m) => to(m).includes(staff.email))
    expect(mail.subject).toContain('Reset your')
    expect(sink.messages.filter((m) => to(m).includes(staff.email))).toHaveLength(1)
  })
})
