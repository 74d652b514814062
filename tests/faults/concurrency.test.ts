/**
 * Concurrent duplicates over HTTP, counted down to the delivered email (tests/int counts queued jobs): one
 * assessment submitted five times at once, more bookings than places with no waiting list, and simultaneous award
 * triggers that each complete the award — exactly one record, never over capacity, exactly one email each.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedQuestionBank } from '@/seed/questionBank'

import { answersFor, applicableQuestions, draftFor } from '../helpers/assessments'
import { type MailSink, startMailSink } from '../helpers/mailSink'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createCourse, createSession } from '../helpers/training'
import { type World, createWorld, tokenFor } from '../helpers/world'

const SUBMITS = 5
const PLACES = 3
const EXTRA = 5
const TRIGGERS = 5

let sink: MailSink
let payload: Payload
let world: World
let startedAt: string
let recomputeAward: typeof import('@/awards/recompute').recomputeAward
let retired: number[] = []
let criterion: number | undefined

const db = () => (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle
const runJobs = async () => {
  for (let i = 0; i < 5; i++) {
    const result = await payload.jobs.run({ overrideAccess: true, silent: true, limit: 100 })
    if (result.noJobsRemaining) return
  }
}
const deliveredWith = (subject: string) => sink.messages.filter((m) => m.subject?.includes(subject))

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  payload = await testPayload()
  ;({ recomputeAward } = await import('@/awards/recompute'))
  world = await createWorld(payload)
  await seedQuestionBank(payload)
  await runJobs()
})

afterAll(async () => {
  if (criterion) await db().execute(sql`UPDATE award_criteria SET active = false WHERE id = ${criterion}`)
  for (const id of retired) await db().execute(sql`UPDATE award_criteria SET active = true WHERE id = ${id}`)
  await payload.delete({ collection: 'payload-jobs', where: { createdAt: { greater_than_equal: startedAt } }, overrideAccess: true })
  await sink.stop()
})

describe('concurrent duplicates', () => {
  it(`one assessment submitted ${SUBMITS} times at once: one submission, one email delivered`, async () => {
    const lead = world.users['setting-lead']
    const draft = await draftFor(payload, lead, answersFor(await applicableQuestions(payload, lead, world.settingA)))
    const token = await tokenFor(payload, world, 'setting-lead')
    const answers = await Promise.all(Array.from({ length: SUBMITS }, () => rest('POST', `/api/assessments/${draft.id}/submit`, { token })))
    expect(answers.map((a) => a.status)).toEqual(Array(SUBMITS).fill(200))
    expect(answers.filter((a) => a.body.alreadySubmitted === false)).toHaveLength(1)
    const stored = await payload.findByID({ collection: 'assessments', id: draft.id, overrideAccess: true, depth: 0 })
    expect(stored.status).toBe('submitted')
    const latest = await db().execute(sql`SELECT DISTINCT assessment_id FROM latest_results WHERE setting_id = ${world.settingA.id}`)
    expect(latest.rows.map((r) => Number(r.assessment_id))).toEqual([draft.id])
    await runJobs()
    expect(sink.messages.filter((m) => m.text?.includes(world.settingA.name) && JSON.stringify(m.to).includes(lead.email))).toHaveLength(1)
  })

  it(`${PLACES + EXTRA} bookings at once for ${PLACES} places and no waiting list: ${PLACES} booked, ${EXTRA} refused, ${PLACES} confirmations`, async () => {
    const course = await createCourse(payload, `Edge course ${world.tag}`)
    const session = await createSession(payload, { course, title: `Edge session ${world.tag}`, capacity: PLACES })
    // Staff of both settings, booked by their own leads.
    const staff = await Promise.all(
      Array.from({ length: PLACES + EXTRA }, (_, i) =>
        payload.create({
          collection: 'staff-members',
          data: {
            name: `Edge ${world.tag} ${i}`,
            email: `edge-${world.tag}-${i}@test.example.org`,
            setting: i % 2 ? world.settingB.id : world.settingA.id,
          },
          overrideAccess: true,
        }),
      ),
    )
    const tokens = { a: await tokenFor(payload, world, 'setting-lead'), b: await tokenFor(payload, world, 'setting-lead-b') }
    await runJobs()
    const answers = await Promise.all(
      staff.map((m, i) => rest('POST', '/api/attendances', { token: i % 2 ? tokens.b : tokens.a, json: { session: session.id, staffMember: m.id } })),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([...Array(PLACES).fill(201), ...Array(EXTRA).fill(409)])
    const rows = await payload.find({
      collection: 'attendances',
      where: { session: { equals: session.id } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
    expect(rows.docs.map((r) => r.status)).toEqual(Array(PLACES).fill('booked'))
    await runJobs()
    const confirmations = staff.map((m) => sink.messages.filter((mail) => JSON.stringify(mail.to).includes(m.email!)).length)
    const bookedIds = new Set(rows.docs.map((r) => (typeof r.staffMember === 'object' ? r.staffMember.id : r.staffMember)))
    expect(confirmations).toEqual(staff.map((m) => (bookedIds.has(m.id) ? 1 : 0)))
  })

  it(`${TRIGGERS} changes that each complete the award, at once, with ${TRIGGERS} recomputes: achieved once, one email`, async () => {
    // This test's one criterion is the whole checklist: five actions done. Any other published criterion is
    // retired for its duration.
    retired = (await db().execute(sql`UPDATE award_criteria SET active = false WHERE active AND _status = 'published' RETURNING id`)).rows.map((r) =>
      Number(r.id),
    )
    const created = await rest('POST', '/api/award-criteria?depth=0', {
      token: await tokenFor(payload, world, 'service-admin'),
      json: { title: `Actions ${world.tag}`, track: 'both', _status: 'published', rule: 'actions-completed', minimum: TRIGGERS, order: 1 },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    criterion = created.body.doc.id
    const setting = world.settingB
    const actions = await Promise.all(
      Array.from({ length: TRIGGERS }, (_, i) =>
        payload.create({
          collection: 'actions',
          data: { title: `Action ${world.tag} ${i}`, setting: setting.id, status: 'in-progress' },
          overrideAccess: true,
        }),
      ),
    )
    await runJobs()
    const before = await payload.find({ collection: 'awards', where: { setting: { equals: setting.id } }, overrideAccess: true, depth: 0 })
    expect(before.docs.map((a) => a.status)).toEqual(['in-progress'])

    const lead = await tokenFor(payload, world, 'setting-lead-b')
    const patches = await Promise.all([
      ...actions.map((a) => rest('PATCH', `/api/actions/${a.id}`, { token: lead, json: { status: 'done' } })),
      ...Array.from({ length: TRIGGERS }, async () => recomputeAward(await createLocalReq({}, payload), setting.id)),
    ])
    expect(patches.slice(0, TRIGGERS).map((p) => (p as { status: number }).status)).toEqual(Array(TRIGGERS).fill(200))
    const awards = await payload.find({ collection: 'awards', where: { setting: { equals: setting.id } }, overrideAccess: true, depth: 0 })
    expect(awards.docs.map((a) => a.status)).toEqual(['achieved'])
    await runJobs()
    expect(deliveredWith(`${setting.name} has achieved the`)).toHaveLength(1)
  })
})
