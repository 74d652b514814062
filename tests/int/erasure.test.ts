/**
 * The service's erasure of a setting's personal data over real PostgreSQL and real HTTP: only a service admin, only
 * with the setting's name typed; then nothing personal of that setting is readable through the Local API (access
 * enforced), REST or GraphQL, while its results and the county figures are exactly what they were; logged once and
 * emailed to the service inbox once. Another setting is untouched.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { erasedContactEmail } from '@/data/personalData'
import type { JoinRequest, User } from '@/payload-types'

import { type MailSink, startMailSink } from '../helpers/mailSink'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import type { SettingData } from '../helpers/settingData'
import { type World, createWorld, tokenFor } from '../helpers/world'

let sink: MailSink
let payload: Payload
let world: World
let training: { course: number; session: number }
let dataA: SettingData
let dataB: SettingData
let startedAt: string
let inboxBefore: string | null | undefined
let figuresBefore: Record<string, unknown>
/** The join requests that brought A and B to the Hub (A's linked on approval), naming their contacts. */
let joinA: JoinRequest
let joinB: JoinRequest
const tokens: Record<string, string> = {}
const markerA = () => `ALPHA-${world.tag}`
const markerB = () => `BRAVO-${world.tag}`
const inbox = () => `erasure-inbox-${world.tag}@service.example.org`

const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const erase = (id: number, confirmation: unknown, token?: string) => rest('POST', `/api/settings/${id}/erase-personal-data`, { token, json: { confirmation } })
const runEmails = () => payload.jobs.run({ overrideAccess: true, silent: true, limit: 100, where: { taskSlug: { equals: 'send-email' } } })

/**
 * The county's figures for setting A as the overview and the award read them: the latest results, submitted
 * assessments and their scores, staff, champions, training attended, published case studies, actions done.
 */
async function countyFigures(settingId: number) {
  const one = async (q: ReturnType<typeof sql>) => (await db().execute(q)).rows
  return {
    latestResults: await one(
      sql`SELECT principle_id, phase, percentage::text, assessment_id FROM latest_results WHERE setting_id = ${settingId} ORDER BY principle_id`,
    ),
    assessments: await one(sql`SELECT id, status, phase, submitted_at, results, answers FROM (
      SELECT a.id, a.status, a.phase, a.submitted_at, a.results::text AS results, (SELECT count(*) FROM assessments_answers x WHERE x._parent_id = a.id)::int AS answers
      FROM assessments a WHERE a.setting_id = ${settingId}) t ORDER BY id`),
    staff: await one(sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE active)::int AS active, count(*) FILTER (WHERE champion)::int AS champions,
      sum(sessions_attended)::int AS attended FROM staff_members WHERE setting_id = ${settingId}`),
    attendances: await one(sql`SELECT status, count(*)::int AS n FROM attendances WHERE setting_id = ${settingId} GROUP BY status ORDER BY status`),
    caseStudies: await one(sql`SELECT status, count(*)::int AS n FROM case_studies WHERE setting_id = ${settingId} GROUP BY status ORDER BY status`),
    actions: await one(sql`SELECT status, count(*)::int AS n FROM actions WHERE setting_id = ${settingId} GROUP BY status ORDER BY status`),
    awards: await one(sql`SELECT status, percent_complete, cycle FROM awards WHERE setting_id = ${settingId} ORDER BY cycle`),
  }
}

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  payload = await testPayload()
  const { seedQuestionBank } = await import('@/seed/questionBank')
  const { populateSetting, trainingSession } = await import('../helpers/settingData')
  const { requestExport } = await import('@/data/dataExports')
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  for (const key of Object.keys(world.users) as (keyof World['users'])[]) tokens[key] = await tokenFor(payload, world, key)
  inboxBefore = (await payload.findGlobal({ slug: 'hub-options', overrideAccess: true, depth: 0 })).serviceInbox
  await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: inbox() }, overrideAccess: true })
  training = await trainingSession(payload, world.tag)
  dataA = await populateSetting(payload, world.settingA, world.users['setting-lead'], markerA(), training.session)
  dataB = await populateSetting(payload, world.settingB, world.users['setting-lead-b'], markerB(), training.session)
  const lead = world.users['setting-lead']
  await requestExport(await createLocalReq({ user: { ...lead, collection: 'users' } as never }, payload), lead)
  // An email still waiting to be sent to one of A's staff, with their name in it.
  await payload.jobs.queue({
    task: 'send-email',
    input: { to: `staff1-${markerA()}@test.example.org`.toLowerCase(), subject: `Reminder for Staff 1 ${markerA()}`, html: '<p>x</p>' },
  })
  const joinRequest = (setting: World['settingA'], marker: string) =>
    payload.create({
      collection: 'join-requests',
      overrideAccess: true,
      data: {
        settingName: setting.name,
        urn: String(100_000 + (Number(setting.id) % 900_000)),
        settingType: 'primary',
        district: 'Erasure',
        contactName: `Contact ${marker}`,
        jobTitle: 'Headteacher',
        email: `contact-${marker}@test.example.org`.toLowerCase(),
        message: `Please let us join, ${marker}`,
        consent: true,
        status: 'approved',
        setting: setting.id,
      },
    })
  joinA = await joinRequest(world.settingA, markerA())
  joinB = await joinRequest(world.settingB, markerB())
  figuresBefore = await countyFigures(world.settingA.id)
}, 60_000)

afterAll(async () => {
  await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: inboxBefore ?? null }, overrideAccess: true })
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { createdAt: { greater_than_equal: startedAt } },
    pagination: false,
    overrideAccess: true,
  })
  for (const job of jobs.docs) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true }).catch(() => undefined)
  await db().execute(sql`DELETE FROM attendances WHERE session_id = ${training.session}`)
  await payload.delete({ collection: 'training-sessions', id: training.session, overrideAccess: true }).catch(() => undefined)
  await payload.delete({ collection: 'training-courses', id: training.course, overrideAccess: true }).catch(() => undefined)
  await sink.stop()
})

const accountsOfA = async () => (await db().execute(sql`SELECT count(*)::int AS n FROM users WHERE setting_id = ${world.settingA.id}`)).rows[0].n

describe('who may erase', () => {
  it('service staff, setting leads and staff get 403, anonymous 401, and nothing changes', async () => {
    for (const key of ['service-staff', 'setting-lead', 'setting-staff', 'setting-lead-b'] as const) {
      const res = await erase(world.settingA.id, world.settingA.name, tokens[key])
      expect(res.status, key).toBe(403)
      expect(res.body.errors[0].message).toContain('Only a service administrator')
    }
    expect((await erase(world.settingA.id, world.settingA.name)).status).toBe(401)
    expect(await accountsOfA()).toBe(2)
    expect(await countyFigures(world.settingA.id)).toEqual(figuresBefore)
  })

  it('a wrong or missing confirmation is a 400 that says what to type, and nothing changes', async () => {
    for (const confirmation of ['Setting A', world.settingB.name, '', undefined, 42]) {
      const res = await erase(world.settingA.id, confirmation, tokens['service-admin'])
      expect(res.status, String(confirmation)).toBe(400)
      expect(res.body.errors[0].message).toContain(`type the setting’s name, “${world.settingA.name}”`)
    }
    expect(await accountsOfA()).toBe(2)
    const staff = await payload.find({ collection: 'staff-members', where: { setting: { equals: world.settingA.id } }, overrideAccess: true, depth: 0 })
    expect(staff.docs.every((s) => s.name.includes(markerA()))).toBe(true)
    expect((await payload.count({ collection: 'erasure-log', where: { setting: { equals: world.settingA.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('an unknown setting is a 404', async () => {
    expect((await erase(2_000_000_000, 'x', tokens['service-admin'])).status).toBe(404)
  })
})

describe('erasing setting A', () => {
  let response: Awaited<ReturnType<typeof erase>>

  beforeAll(async () => {
    response = await erase(world.settingA.id, `  ${world.settingA.name.toUpperCase()} `, tokens['service-admin'])
  })

  it('answers 200 and logs who, when and how many, once', async () => {
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const log = await payload.find({ collection: 'erasure-log', where: { setting: { equals: world.settingA.id } }, overrideAccess: true, depth: 0 })
    expect(log.docs).toHaveLength(1)
    expect(log.docs[0]).toMatchObject({
      settingName: world.settingA.name,
      erasedBy: world.users['service-admin'].id,
      erasedByName: world.users['service-admin'].name,
    })
    expect(log.docs[0].counts).toMatchObject({
      accountsRemoved: 2,
      staffMembersAnonymised: 2,
      caseStudiesUnlinked: 1,
      assessmentsUnlinked: 1,
      actionOwnersCleared: 1,
      attendancesUnlinked: 1,
      exportsRemoved: 1,
      joinRequestsAnonymised: 1,
    })
    expect(Number((log.docs[0].counts as Record<string, number>).emailsCancelled)).toBeGreaterThanOrEqual(1)
    expect(Number((log.docs[0].counts as Record<string, number>).sessionsEnded)).toBeGreaterThanOrEqual(2)
  })

  it('emails the service inbox once', async () => {
    await runEmails()
    await runEmails()
    const mails = sink.messages.filter((m) => m.subject === `Personal data of ${world.settingA.name} erased`)
    expect(mails).toHaveLength(1)
    expect(mails[0].to && 'text' in mails[0].to ? mails[0].to.text : '').toBe(inbox())
    expect(mails[0].text).toContain('2 accounts removed')
    // The cancelled reminder never went.
    expect(sink.messages.some((m) => m.subject === `Reminder for Staff 1 ${markerA()}`)).toBe(false)
  })

  it('keeps the county figures exactly as they were', async () => {
    expect(await countyFigures(world.settingA.id)).toEqual(figuresBefore)
  })

  it('ends the accounts’ sessions: their tokens no longer sign anyone in', async () => {
    for (const key of ['setting-lead', 'setting-staff'] as const) {
      const me = await rest('GET', '/api/users/me', { token: tokens[key] })
      expect(me.body?.user ?? null, key).toBeNull()
    }
  })

  /** Every record of setting A a service admin can read (everything there is), through one route. */
  async function readableOfA(route: 'Local' | 'REST' | 'GraphQL'): Promise<Record<string, Record<string, unknown>[]>> {
    const admin = world.users['service-admin'] as User
    const collections = ['users', 'staff-members', 'attendances', 'case-studies', 'assessments', 'actions', 'data-exports'] as const
    const out: Record<string, Record<string, unknown>[]> = {}
    for (const collection of collections) {
      if (route === 'Local') {
        const { docs } = await payload.find({
          collection,
          where: { setting: { equals: world.settingA.id } },
          depth: 1,
          limit: 100,
          user: admin,
          overrideAccess: false,
        })
        out[collection] = docs as unknown as Record<string, unknown>[]
      } else if (route === 'REST') {
        const res = await rest('GET', `/api/${collection}?depth=1&limit=100&where[setting][equals]=${world.settingA.id}`, { token: tokens['service-admin'] })
        expect(res.status, collection).toBe(200)
        out[collection] = res.body.docs
      }
    }
    if (route === 'GraphQL') {
      const where = `(where: { setting: { equals: ${world.settingA.id} } }, limit: 100)`
      const res = await graphql(
        `query {
          Users${where} { docs { id name email } }
          StaffMembers${where} { docs { id name jobRole email } }
          Attendances${where} { docs { id bookedBy { id name email } statusChangedBy { id name } } }
          CaseStudies${where} { docs { id author { id name email } pupilConfirmation { confirmedBy { id name email } } } }
          Assessments${where} { docs { id startedBy { id name } submittedBy { id name } } }
          Actions${where} { docs { id owner } }
          DataExports${where} { docs { id } }
        }`,
        { token: tokens['service-admin'] },
      )
      expect(res.status).toBe(200)
      expect(res.body.errors ?? []).toEqual([])
      const d = res.body.data
      Object.assign(out, {
        users: d.Users.docs,
        'staff-members': d.StaffMembers.docs,
        attendances: d.Attendances.docs,
        'case-studies': d.CaseStudies.docs,
        assessments: d.Assessments.docs,
        actions: d.Actions.docs,
        'data-exports': d.DataExports.docs,
      })
    }
    return out
  }

  it.each(['Local', 'REST', 'GraphQL'] as const)('%s: no personal data of setting A is readable, even by a service admin', async (route) => {
    const r = await readableOfA(route)
    expect(r.users).toEqual([])
    expect(r['data-exports']).toEqual([])
    expect(r['staff-members'].map((s) => [s.name, s.jobRole ?? null, s.email ?? null])).toEqual([
      ['Staff member 1', null, null],
      ['Staff member 2', null, null],
    ])
    for (const a of r.attendances) expect([a.bookedBy ?? null, a.statusChangedBy ?? null]).toEqual([null, null])
    for (const c of r['case-studies'])
      expect([c.author ?? null, (c.pupilConfirmation as { confirmedBy?: unknown } | undefined)?.confirmedBy ?? null]).toEqual([null, null])
    for (const a of r.assessments) expect([a.startedBy ?? null, a.submittedBy ?? null]).toEqual([null, null])
    for (const a of r.actions) expect(a.owner ?? null).toBeNull()
    const everything = JSON.stringify(r)
    for (const personal of [
      world.users['setting-lead'].email,
      world.users['setting-staff'].email,
      world.users['setting-lead'].name,
      `Staff 1 ${markerA()}`,
      `Owner ${markerA()}`,
      `staff1-${markerA()}`.toLowerCase(),
    ])
      expect(everything, personal).not.toContain(personal)
  })

  it('leaves the results readable: the submitted assessment with its answers and scores, the case study’s text', async () => {
    const assessment = await payload.findByID({ collection: 'assessments', id: dataA.assessment, overrideAccess: true, depth: 0 })
    expect(assessment.status).toBe('submitted')
    expect(assessment.answers?.length).toBeGreaterThan(10)
    expect(assessment.results).toBeTruthy()
    const study = await payload.findByID({ collection: 'case-studies', id: dataA.caseStudy, overrideAccess: true, depth: 0 })
    expect(study.title).toBe(`Study ${markerA()}`)
  })

  it('anonymises the join request that brought the setting, keeping the request and its decision', async () => {
    const a = await payload.findByID({ collection: 'join-requests', id: joinA.id, overrideAccess: true, depth: 0 })
    expect(a).toMatchObject({
      contactName: 'Erased',
      jobTitle: 'Erased',
      email: erasedContactEmail(joinA.id),
      status: 'approved',
      settingName: world.settingA.name,
    })
    expect(a.message ?? null).toBeNull()
    expect(JSON.stringify(a)).not.toContain(markerA())
    const b = await payload.findByID({ collection: 'join-requests', id: joinB.id, overrideAccess: true, depth: 0 })
    expect(b).toMatchObject({ contactName: `Contact ${markerB()}`, email: joinB.email, message: `Please let us join, ${markerB()}` })
  })

  it('leaves setting B untouched', async () => {
    const staff = await payload.find({ collection: 'staff-members', where: { setting: { equals: world.settingB.id } }, overrideAccess: true, depth: 0 })
    expect(staff.docs.map((s) => s.name).sort()).toEqual([`Staff 1 ${markerB()}`, `Staff 2 ${markerB()}`])
    expect((await payload.count({ collection: 'users', where: { setting: { equals: world.settingB.id } }, overrideAccess: true })).totalDocs).toBe(2)
    const study = await payload.findByID({ collection: 'case-studies', id: dataB.caseStudy, overrideAccess: true, depth: 0 })
    expect(study.author).toBe(world.users['setting-lead-b'].id)
    const me = await rest('GET', '/api/users/me', { token: tokens['setting-lead-b'] })
    expect(me.body?.user?.id).toBe(world.users['setting-lead-b'].id)
  })

  it('the log is the service’s to read and nobody’s to change or delete', async () => {
    const [entry] = (await payload.find({ collection: 'erasure-log', where: { setting: { equals: world.settingA.id } }, overrideAccess: true, depth: 0 })).docs
    expect((await rest('GET', `/api/erasure-log/${entry.id}`, { token: tokens['service-staff'] })).status).toBe(200)
    expect((await rest('GET', `/api/erasure-log/${entry.id}`, { token: tokens['setting-lead-b'] })).status).toBe(403)
    expect((await rest('DELETE', `/api/erasure-log/${entry.id}`, { token: tokens['service-admin'] })).status).toBe(403)
    expect((await rest('PATCH', `/api/erasure-log/${entry.id}`, { token: tokens['service-admin'], json: { settingName: 'x' } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'erasure-log', id: entry.id, overrideAccess: true })).settingName).toBe(world.settingA.name)
  })

  it('erasing again finds nothing left to erase, and is logged again', async () => {
    const again = await erase(world.settingA.id, world.settingA.name, tokens['service-admin'])
    expect(again.status).toBe(200)
    expect(again.body.doc.counts).toMatchObject({
      accountsRemoved: 0,
      caseStudiesUnlinked: 0,
      assessmentsUnlinked: 0,
      actionOwnersCleared: 0,
      exportsRemoved: 0,
      joinRequestsAnonymised: 0,
    })
    expect(await countyFigures(world.settingA.id)).toEqual(figuresBefore)
  })
})
