/**
 * The award over real HTTP: a setting walks from 0 % to achieved by real operations (submit, register, moderation,
 * action plan, the service's confirmation); the achievement email is queued exactly once under concurrent triggers;
 * a criterion edit re-checks every setting in a job; renewal reminder once; expiry starts a new cycle; revocation.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'
import { recomputeAward } from '@/awards/recompute'
import { awardRecomputeProgress } from '@/awards/recomputeProgress'
import { runAwardDaily } from '@/awards/tasks'
import type { Award, AwardCriterion, StaffMember, TrainingSession } from '@/payload-types'
import { writingEditor, writingToRichText } from '@/scrapbook/writing'
import { seedQuestionBank } from '@/seed/questionBank'

import { answersFor, applicableQuestions, draftFor } from '../helpers/assessments'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, createSetting, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
let principle: number
let course: number
let inboxBefore: string | null | undefined
let retired: number[] = []
const criteria: Record<string, AwardCriterion> = {}
let actionIds: number[] = []
const HOUR = 3_600_000

const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const token = (key: keyof World['users']) => tokenFor(payload, world, key)
const inbox = () => `award-inbox-${world.tag}@service.example.org`

beforeAll(async () => {
  payload = await testPayload()
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  // This file's criteria are the whole checklist: any other published criterion is retired for its duration.
  retired = (
    (await db().execute(sql`UPDATE award_criteria SET active = false WHERE active AND _status = 'published' RETURNING id`)).rows as { id: number }[]
  ).map((r) => r.id)
  inboxBefore = (await payload.findGlobal({ slug: 'hub-options', overrideAccess: true, depth: 0 })).serviceInbox
  await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: inbox() }, overrideAccess: true })
  principle = (await payload.find({ collection: 'principles', sort: 'order', limit: 1, overrideAccess: true })).docs[0].id
  course = (
    await payload.create({
      collection: 'training-courses',
      data: {
        title: `Award course ${world.tag}`,
        summary: 'A course.',
        principles: [principle],
        audience: ['staff'],
        format: 'in-person',
        durationMinutes: 90,
        _status: 'published',
      },
      overrideAccess: true,
      draft: false,
    })
  ).id
})

afterAll(async () => {
  const ours = Object.values(criteria).map((c) => c.id)
  if (ours.length)
    await db().execute(
      sql`UPDATE award_criteria SET active = false WHERE id IN (${sql.join(
        ours.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )
  if (retired.length)
    await db().execute(
      sql`UPDATE award_criteria SET active = true WHERE id IN (${sql.join(
        retired.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'award-recompute' } }, overrideAccess: true })
  await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: inboxBefore ?? null }, overrideAccess: true })
})

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

const runRecomputeJobs = () => payload.jobs.run({ overrideAccess: true, silent: true, limit: 100, where: { taskSlug: { equals: 'award-recompute' } } })

/** The setting's awards as its lead sees them over REST, newest cycle first. */
async function awardsOf(key: 'setting-lead' | 'setting-lead-b' = 'setting-lead'): Promise<Award[]> {
  const res = await rest('GET', `/api/awards?depth=0&sort=-cycle&limit=20`, { token: await token(key) })
  expect(res.status).toBe(200)
  return res.body.docs
}
const current = async (key: 'setting-lead' | 'setting-lead-b' = 'setting-lead') =>
  (await awardsOf(key)).find((a) => a.status === 'in-progress' || a.status === 'achieved')!
const item = (award: Award, key: string) => award.checklist!.find((i) => idOf(i.criterion) === criteria[key].id)!

/** The send-email jobs (queued, not yet sent) whose message mentions all of `texts`. */
async function emailJobs(...texts: string[]): Promise<{ to: string; subject: string; text?: string }[]> {
  const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, pagination: false, overrideAccess: true })
  return jobs.docs
    .map((j) => j.input as { to: string; subject: string; text?: string })
    .filter((input) => texts.every((t) => JSON.stringify(input).includes(t)))
}

async function publishCriterion(key: string, data: Record<string, unknown>): Promise<AwardCriterion> {
  const res = await rest('POST', '/api/award-criteria?depth=0', {
    token: await token('service-admin'),
    json: { title: `${key} ${world.tag}`, track: 'both', _status: 'published', ...data },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  criteria[key] = res.body.doc
  return res.body.doc
}

async function session(): Promise<TrainingSession> {
  const start = Date.now() + 48 * HOUR
  return payload.create({
    collection: 'training-sessions',
    data: {
      course,
      title: `Award session ${world.tag} ${Math.random().toString(36).slice(2, 7)}`,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * HOUR).toISOString(),
      startsAt_tz: 'Europe/London',
      endsAt_tz: 'Europe/London',
      mode: 'in-person',
      venue: 'County Hall, Preston',
      capacity: 10,
      waitingListSize: 5,
      status: 'scheduled',
    },
    overrideAccess: true,
  })
}

const settingName = () => world.settingA.name

// ─── the walk ───────────────────────────────────────────────────────────────────────────────────────────────────

describe('criteria', () => {
  it('refuses invalid parameters with a message naming the field', async () => {
    const admin = await token('service-admin')
    const zero = await rest('POST', '/api/award-criteria', {
      token: admin,
      json: { title: `Bad ${world.tag}`, track: 'both', rule: 'case-studies', minimum: 0 },
    })
    expect(zero.status).toBe(400)
    const errors = zero.body.errors[0].data.errors as { path: string; message: string }[]
    expect(errors.map((e) => [e.path, e.message])).toEqual([['minimum', 'Enter the number of published case studies as a whole number from 1 to 10,000.']])
    const measure = await rest('POST', '/api/award-criteria', {
      token: admin,
      json: { title: `Bad ${world.tag}`, track: 'both', rule: 'staff-trained', minimum: 3 },
    })
    expect(measure.status, JSON.stringify(measure.body)).toBe(400)
    expect(measure.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['staffMeasure'])
    const percent = await rest('POST', '/api/award-criteria', {
      token: admin,
      json: { title: `Bad ${world.tag}`, track: 'both', rule: 'principle-score', percent: 101 },
    })
    expect(percent.status).toBe(400)
    expect(percent.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['percent'])
  })

  it('are published by the service; a setting has no award until its first change', async () => {
    await publishCriterion('assessment', { rule: 'assessment-within', months: 12, order: 1 })
    await publishCriterion('scores', { rule: 'principle-score', percent: 50, order: 2 })
    await publishCriterion('trained', { rule: 'staff-trained', staffMeasure: 'count', minimum: 1, order: 3 })
    await publishCriterion('stories', { rule: 'case-studies', minimum: 1, order: 4 })
    await publishCriterion('actions', { rule: 'actions-completed', minimum: 2, order: 5 })
    await publishCriterion('visit', { rule: 'manual', order: 6 })
    await publishCriterion('champions', { rule: 'champions', minimum: 5, order: 7, track: 'college' })
    const queued = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'award-recompute' } }, overrideAccess: true })
    expect(queued.totalDocs).toBeGreaterThanOrEqual(7)
    await runRecomputeJobs()
    expect(await awardsOf()).toEqual([])
  })
})

describe('a setting walks from 0 % to achieved', () => {
  it('submitting a self-assessment starts the award and meets the assessment and score criteria', async () => {
    const lead = world.users['setting-lead']
    const questions = await applicableQuestions(payload, lead, world.settingA)
    const draft = await draftFor(
      payload,
      lead,
      answersFor(questions, () => '3'),
    )
    const res = await rest('POST', `/api/assessments/${draft.id}/submit`, { token: await token('setting-lead') })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const award = await current()
    expect(award).toMatchObject({ cycle: 1, status: 'in-progress', track: 'school', percentComplete: 33 })
    // The school checklist: the college-only criterion is not in it.
    expect(award.checklist!.map((i) => idOf(i.criterion))).toEqual(
      ['assessment', 'scores', 'trained', 'stories', 'actions', 'visit'].map((k) => criteria[k].id),
    )
    expect(item(award, 'assessment')).toMatchObject({ met: true, actionPath: '/assessment' })
    expect(item(award, 'assessment').explanation).toMatch(/^Submitted on \d{1,2} \w+ \d{4}\.$/)
    expect(item(award, 'scores')).toMatchObject({ met: true, explanation: 'Every principle scored at least 50 % in your latest self-assessment.' })
    expect(item(award, 'trained')).toMatchObject({ met: false, explanation: '0 of 1 staff trained — train 1 more.', actionPath: '/training' })
    expect(item(award, 'visit')).toMatchObject({ met: false, explanation: 'Not yet verified by the service.', actionLabel: 'Verified by the service' })
    // Another setting's award is never in the lead's list.
    expect((await awardsOf()).every((a) => idOf(a.setting) === world.settingA.id)).toBe(true)
  })

  it('a trainer marking attendance meets the staff criterion', async () => {
    const member = await rest('POST', '/api/staff-members', {
      token: await token('setting-lead'),
      json: { name: `Award staff ${world.tag}`, jobRole: 'Teacher' },
    })
    expect(member.status).toBe(201)
    const s = await session()
    const booking = await rest('POST', '/api/attendances', {
      token: await token('setting-lead'),
      json: { session: s.id, staffMember: (member.body.doc as StaffMember).id },
    })
    expect(booking.status).toBe(201)
    await payload.update({
      collection: 'training-sessions',
      id: s.id,
      data: { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() },
      overrideAccess: true,
    })
    const marked = await rest('POST', `/api/training-sessions/${s.id}/register`, {
      token: await token('service-staff'),
      json: { marks: [{ attendance: booking.body.doc.id, status: 'attended' }] },
    })
    expect(marked.status, JSON.stringify(marked.body)).toBe(200)
    const award = await current()
    expect(item(award, 'trained')).toMatchObject({ met: true, explanation: '1 member of staff trained (1 needed).' })
    expect(award.percentComplete).toBe(50)
  })

  it('an approved case study meets the case study criterion, and withdrawing it unmeets it', async () => {
    const created = await rest('POST', '/api/case-studies?depth=0', {
      token: await token('setting-lead'),
      json: {
        title: `Award story ${world.tag}`,
        summary: 'A summary.',
        body: writingToRichText('What worked for us.', await writingEditor(payload.config)),
        principles: [principle],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const shared = await rest('POST', `/api/case-studies/${id}/share`, { token: await token('setting-lead'), json: { confirmNoPupilInfo: true } })
    expect(shared.status, JSON.stringify(shared.body)).toBe(200)
    expect(item(await current(), 'stories').met).toBe(false)
    const approved = await rest('POST', `/api/case-studies/${id}/decide`, { token: await token('service-staff'), json: { decision: 'approved', feedback: '' } })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(item(await current(), 'stories')).toMatchObject({ met: true, explanation: '1 published case study (1 needed).' })

    const withdrawn = await rest('POST', `/api/case-studies/${id}/withdraw`, { token: await token('setting-lead') })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect(item(await current(), 'stories')).toMatchObject({
      met: false,
      explanation: '0 of 1 published case studies — share 1 more.',
      actionPath: '/scrapbook',
    })
    expect((await rest('POST', `/api/case-studies/${id}/share`, { token: await token('setting-lead'), json: { confirmNoPupilInfo: true } })).status).toBe(200)
    expect(
      (await rest('POST', `/api/case-studies/${id}/decide`, { token: await token('service-admin'), json: { decision: 'approved', feedback: '' } })).status,
    ).toBe(200)
    const award = await current()
    expect(item(award, 'stories').met).toBe(true)
    expect(award.percentComplete).toBe(66)
  })

  it('completed actions meet the action criterion', async () => {
    const lead = await token('setting-lead')
    const ids: number[] = []
    for (const n of [1, 2]) {
      const res = await rest('POST', '/api/actions', { token: lead, json: { title: `Award action ${n} ${world.tag}`, owner: 'Head teacher' } })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      ids.push(res.body.doc.id)
    }
    expect((await rest('PATCH', `/api/actions/${ids[0]}`, { token: lead, json: { status: 'done' } })).status).toBe(200)
    expect(item(await current(), 'actions')).toMatchObject({ met: false, explanation: '1 of 2 actions done — complete 1 more.', actionPath: '/actions' })
    expect((await rest('PATCH', `/api/actions/${ids[1]}`, { token: lead, json: { status: 'done' } })).status).toBe(200)
    const award = await current()
    expect(item(award, 'actions').met).toBe(true)
    expect(award.percentComplete).toBe(83)
    expect(award.status).toBe('in-progress')
    actionIds = ids
  })

  it("the service's confirmation completes it: achieved once, one email, whatever runs at the same time", async () => {
    const award = await current()
    const [patched] = await Promise.all([
      rest('PATCH', `/api/awards/${award.id}?depth=0`, {
        token: await token('service-staff'),
        json: { confirmations: [{ criterion: criteria.visit.id, note: 'Saw the wellbeing room on a visit.' }] },
      }),
      ...Array.from({ length: 10 }, async () => recomputeAward(await createLocalReq({}, payload), world.settingA.id)),
    ])
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    const stored = (await payload.findByID({ collection: 'awards', id: award.id, overrideAccess: true, depth: 0 })) as Award
    expect(stored).toMatchObject({ status: 'achieved', percentComplete: 100, cycle: 1 })
    expect(stored.confirmations).toHaveLength(1)
    expect(idOf(stored.confirmations![0].confirmedBy)).toBe(world.users['service-staff'].id)
    expect(stored.confirmations![0].confirmedAt).toBeTruthy()
    expect(stored.checklist!.every((i) => i.met)).toBe(true)
    expect(stored.certificateNumber).toMatch(/^CSA-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/)
    expect(stored.verificationCode).toMatch(/^[A-Za-z0-9_-]{24}$/)
    const years = new Date(stored.expiresAt!).getUTCFullYear() - new Date(stored.achievedAt!).getUTCFullYear()
    expect(years).toBe(3)

    // Ten more triggers and a retry of the same recompute: still one email.
    await Promise.all(Array.from({ length: 10 }, async () => recomputeAward(await createLocalReq({}, payload), world.settingA.id)))
    const achieved = await emailJobs(`${settingName()} has achieved the Compassionate School Award`)
    expect(achieved).toHaveLength(1)
    expect(achieved[0].to).toContain(world.users['setting-lead'].email)
    expect(achieved[0].to).toContain(inbox())
    expect(achieved[0].text).toContain(`/verify/${stored.verificationCode}`)
    expect(achieved[0].text).toContain('/award/certificate')
    expect(achieved[0].text).toContain(stored.certificateNumber!)
    // The certificate number does not change on later recomputes.
    expect((await current()).certificateNumber).toBe(stored.certificateNumber)
  })

  it('later changes never un-achieve it before it expires', async () => {
    expect((await rest('PATCH', `/api/actions/${actionIds[1]}`, { token: await token('setting-lead'), json: { status: 'in-progress' } })).status).toBe(200)
    const award = await current()
    expect(award.status).toBe('achieved')
    expect(item(award, 'actions').met).toBe(false)
  })

  it('a setting cannot change its award, or see its confirmations', async () => {
    const award = await current()
    const res = await rest('PATCH', `/api/awards/${award.id}`, { token: await token('setting-lead'), json: { status: 'revoked', percentComplete: 0 } })
    expect(res.status).toBe(403)
    expect((await current()).status).toBe('achieved')
    expect(JSON.stringify((await current()).confirmations ?? null)).not.toContain('wellbeing room')
  })
})

describe('a criterion edit', () => {
  it('re-checks every setting with an award through a job, with its progress counted', async () => {
    // Setting B (a college) has an award too: its first change starts it.
    const res = await rest('POST', '/api/actions', { token: await token('setting-lead-b'), json: { title: `B action ${world.tag}`, status: 'done' } })
    expect(res.status).toBe(201)
    const before = await current('setting-lead-b')
    expect(before).toMatchObject({ track: 'college', percentComplete: 0 })
    expect(before.checklist!.map((i) => idOf(i.criterion))).toContain(criteria.champions.id)

    const edit = await rest('PATCH', `/api/award-criteria/${criteria.actions.id}?depth=0`, { token: await token('service-admin'), json: { minimum: 3 } })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    // Not inside the request: the checklists are unchanged until the job runs.
    expect(item(await current(), 'actions').explanation).toBe('1 of 2 actions done — complete 1 more.')
    const waiting = await awardRecomputeProgress(payload)
    expect(waiting.queued).toBeGreaterThanOrEqual(1)
    expect(waiting.total).toBeGreaterThanOrEqual(2)

    await runRecomputeJobs()
    expect(item(await current(), 'actions').explanation).toBe('1 of 3 actions done — complete 2 more.')
    const after = await current('setting-lead-b')
    expect(new Date(after.lastEvaluatedAt!).getTime()).toBeGreaterThan(new Date(before.lastEvaluatedAt!).getTime())
    expect(item(after, 'actions').explanation).toBe('1 of 3 actions done — complete 2 more.')
    expect((await awardRecomputeProgress(payload)).queued).toBe(0)
  })

  it('a criterion in a checklist cannot be deleted: it is retired instead', async () => {
    const res = await rest('DELETE', `/api/award-criteria/${criteria.actions.id}`, { token: await token('service-admin') })
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('Untick Active')
  })

  it('a setting changing type takes its award in progress to the other track', async () => {
    const admin = await token('service-admin')
    expect((await rest('PATCH', `/api/settings/${world.settingB.id}`, { token: admin, json: { type: 'secondary' } })).status).toBe(200)
    const school = await current('setting-lead-b')
    expect(school.track).toBe('school')
    expect(school.checklist!.map((i) => idOf(i.criterion))).not.toContain(criteria.champions.id)
    expect((await rest('PATCH', `/api/settings/${world.settingB.id}`, { token: admin, json: { type: 'college' } })).status).toBe(200)
    expect((await current('setting-lead-b')).track).toBe('college')
  })
})

describe('concurrent registers', () => {
  it('marking staff of the same settings in opposite orders at once both succeed (awards are recomputed in setting order)', async () => {
    const member = async (lead: 'setting-lead' | 'setting-lead-b', name: string) =>
      (await rest('POST', '/api/staff-members', { token: await token(lead), json: { name: `${name} ${world.tag}`, jobRole: 'Teacher' } })).body
        .doc as StaffMember
    const staff = [
      await member('setting-lead', 'Order A1'),
      await member('setting-lead-b', 'Order B1'),
      await member('setting-lead', 'Order A2'),
      await member('setting-lead-b', 'Order B2'),
    ]
    const sessions = [await session(), await session()]
    const bookings: number[][] = [[], []]
    for (const [i, s] of sessions.entries()) {
      for (const m of staff.slice(i * 2, i * 2 + 2)) {
        const lead = idOf(m.setting) === world.settingA.id ? 'setting-lead' : 'setting-lead-b'
        const res = await rest('POST', '/api/attendances', { token: await token(lead), json: { session: s.id, staffMember: m.id } })
        expect(res.status).toBe(201)
        bookings[i].push(res.body.doc.id)
      }
      await payload.update({
        collection: 'training-sessions',
        id: s.id,
        data: { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() },
        overrideAccess: true,
      })
    }
    // The first register marks A then B; the second B then A.
    const results = await Promise.all([
      rest('POST', `/api/training-sessions/${sessions[0].id}/register`, {
        token: await token('service-staff'),
        json: { marks: bookings[0].map((attendance) => ({ attendance, status: 'attended' })) },
      }),
      rest('POST', `/api/training-sessions/${sessions[1].id}/register`, {
        token: await token('service-admin'),
        json: { marks: [...bookings[1]].reverse().map((attendance) => ({ attendance, status: 'attended' })) },
      }),
    ])
    expect(results.map((r) => r.status)).toEqual([200, 200])
    expect(item(await current('setting-lead-b'), 'trained').met).toBe(true)
  })
})

describe('concurrent first triggers', () => {
  it('create one award for a setting, not one each', async () => {
    const fresh = await createSetting(payload, `Award fresh ${world.tag}`)
    const awards = await Promise.all(Array.from({ length: 10 }, async () => recomputeAward(await createLocalReq({}, payload), fresh.id)))
    expect(new Set(awards.map((a) => a!.id)).size).toBe(1)
    expect((await payload.count({ collection: 'awards', where: { setting: { equals: fresh.id } }, overrideAccess: true })).totalDocs).toBe(1)
    await payload.delete({ collection: 'awards', where: { setting: { equals: fresh.id } }, overrideAccess: true })
    await payload.delete({ collection: 'settings', id: fresh.id, overrideAccess: true })
  })
})

describe('renewal, expiry and revocation', () => {
  it('reminds the leads once, before the award expires', async () => {
    const award = await current()
    await db().execute(sql`UPDATE awards SET expires_at = now() + interval '30 days' WHERE id = ${award.id}`)
    await Promise.all([runAwardDaily(payload), runAwardDaily(payload)])
    await runAwardDaily(payload)
    const reminders = await emailJobs('Your Compassionate School Award expires on', award.certificateNumber!)
    expect(reminders).toHaveLength(1)
    expect(reminders[0].to).toContain(world.users['setting-lead'].email)
    expect((await current()).renewalReminderSentAt).toBeTruthy()
  })

  it('at expiry the award is expired and a new cycle starts, keeping the history', async () => {
    const award = await current()
    await db().execute(sql`UPDATE awards SET expires_at = now() - interval '1 minute' WHERE id = ${award.id}`)
    const result = await runAwardDaily(payload)
    expect(result.expired).toBeGreaterThanOrEqual(1)
    const all = await awardsOf()
    expect(all.map((a) => [a.cycle, a.status])).toEqual([
      [2, 'in-progress'],
      [1, 'expired'],
    ])
    expect(all[1].expiredAt).toBeTruthy()
    expect(all[1].certificateNumber).toBe(award.certificateNumber)
    // The new cycle's checklist is evaluated; the service's confirmation was of the last cycle.
    expect(item(all[0], 'visit').met).toBe(false)
    expect(item(all[0], 'assessment').met).toBe(true)
  })

  it('the daily job re-checks time-based criteria: an assessment older than N months no longer counts', async () => {
    await db().execute(sql`UPDATE assessments SET submitted_at = now() - interval '13 months' WHERE setting_id = ${world.settingA.id} AND status = 'submitted'`)
    await runAwardDaily(payload)
    expect(item(await current(), 'assessment')).toMatchObject({ met: false })
    expect(item(await current(), 'assessment').explanation).toMatch(/^Last submitted on .*more than 12 months ago/)
    await db().execute(sql`UPDATE assessments SET submitted_at = now() WHERE setting_id = ${world.settingA.id} AND status = 'submitted'`)
  })

  it('a service admin revokes an achieved award with a reason: emailed, and a new cycle starts', async () => {
    // Cycle 2 achieved: the actions done again, and the service confirms once more.
    const lead = await token('setting-lead')
    for (const id of actionIds) expect((await rest('PATCH', `/api/actions/${id}`, { token: lead, json: { status: 'done' } })).status).toBe(200)
    const third = await rest('POST', '/api/actions', { token: lead, json: { title: `Award action 3 ${world.tag}`, status: 'done' } })
    expect(third.status).toBe(201)
    const cycle2 = await current()
    const confirmed = await rest('PATCH', `/api/awards/${cycle2.id}`, {
      token: await token('service-admin'),
      json: { confirmations: [{ criterion: criteria.visit.id, note: 'Visited again.' }] },
    })
    expect(confirmed.status).toBe(200)
    const achieved = await current()
    expect(achieved).toMatchObject({ cycle: 2, status: 'achieved' })
    expect(await emailJobs(`${settingName()} has achieved the Compassionate School Award`)).toHaveLength(2)

    // Service staff may not revoke (the field is a service admin's: silently kept), and an expired award cannot be.
    expect((await rest('PATCH', `/api/awards/${achieved.id}`, { token: await token('service-staff'), json: { revocationReason: 'No.' } })).status).toBe(200)
    expect((await current()).status).toBe('achieved')
    const expired = (await awardsOf()).find((a) => a.status === 'expired')!
    const refused = await rest('PATCH', `/api/awards/${expired.id}`, { token: await token('service-admin'), json: { revocationReason: 'Too late.' } })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe('Only an achieved award can be revoked: this award is expired.')

    const reason = 'The evidence for the visit was found to be inaccurate.'
    const revoked = await rest('PATCH', `/api/awards/${achieved.id}`, { token: await token('service-admin'), json: { revocationReason: reason } })
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200)
    const stored = (await payload.findByID({ collection: 'awards', id: achieved.id, overrideAccess: true, depth: 0 })) as Award
    expect(stored).toMatchObject({ status: 'revoked', revocationReason: reason })
    expect(stored.revokedAt).toBeTruthy()
    expect(idOf(stored.revokedBy)).toBe(world.users['service-admin'].id)
    const emails = await emailJobs('has been revoked', reason)
    expect(emails).toHaveLength(1)
    expect(emails[0].to).toContain(world.users['setting-lead'].email)
    expect((await awardsOf()).map((a) => [a.cycle, a.status])).toEqual([
      [3, 'in-progress'],
      [2, 'revoked'],
      [1, 'expired'],
    ])
  })
})
