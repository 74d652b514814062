/**
 * The attendance register over real HTTP: POST /api/training-sessions/:id/register marks every booking of a session
 * in one submission, through the booking rules as the signed-in trainer, in one transaction — any refusal stores
 * nothing; the third attended session makes a champion, with one email.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'
import type { Attendance, StaffMember, TrainingSession } from '@/payload-types'
import { seedQuestionBank } from '@/seed/questionBank'

import { emailJobsFor } from '../helpers/assessments'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
let course: number
const HOUR = 3_600_000

beforeAll(async () => {
  payload = await testPayload()
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  const principle = (await payload.find({ collection: 'principles', sort: 'order', limit: 1, overrideAccess: true })).docs[0].id
  course = (
    await payload.create({
      collection: 'training-courses',
      data: {
        title: `Register course ${world.tag}`,
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

const token = (key: keyof World['users']) => tokenFor(payload, world, key)

async function session(startsInHours = 48, capacity = 10): Promise<TrainingSession> {
  const start = Date.now() + startsInHours * HOUR
  return payload.create({
    collection: 'training-sessions',
    data: {
      course,
      title: `Session ${world.tag} ${Math.random().toString(36).slice(2, 7)}`,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * HOUR).toISOString(),
      startsAt_tz: 'Europe/London',
      endsAt_tz: 'Europe/London',
      mode: 'in-person',
      venue: 'County Hall, Preston',
      capacity,
      waitingListSize: 5,
      status: 'scheduled',
    },
    overrideAccess: true,
  })
}

async function staff(lead: 'setting-lead' | 'setting-lead-b', name: string): Promise<StaffMember> {
  const res = await rest('POST', '/api/staff-members', { token: await token(lead), json: { name: `${name} ${world.tag}`, jobRole: 'Teaching assistant' } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc
}

async function book(lead: 'setting-lead' | 'setting-lead-b', s: TrainingSession, member: StaffMember): Promise<Attendance> {
  const res = await rest('POST', '/api/attendances', { token: await token(lead), json: { session: s.id, staffMember: member.id } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc
}

/** The session's start moves into the past (as the clock would), so that its register can be marked. */
async function start(s: TrainingSession): Promise<void> {
  await payload.update({
    collection: 'training-sessions',
    id: s.id,
    data: { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() },
    overrideAccess: true,
  })
}

const register = async (s: TrainingSession, marks: unknown, who: keyof World['users'] = 'service-staff') =>
  rest('POST', `/api/training-sessions/${s.id}/register`, { token: await token(who), json: { marks } })

const statuses = async (ids: number[]) =>
  (await payload.find({ collection: 'attendances', where: { id: { in: ids } }, overrideAccess: true, depth: 0, sort: 'id', pagination: false })).docs.map(
    (a) => a.status,
  )

describe('the register endpoint', () => {
  let s: TrainingSession
  let booked: Attendance[]
  let apologies: Attendance
  let waiting: Attendance

  beforeAll(async () => {
    s = await session(48, 3)
    const people = [await staff('setting-lead', 'Ada'), await staff('setting-lead', 'Ben'), await staff('setting-lead-b', 'Cal')]
    booked = [await book('setting-lead', s, people[0]), await book('setting-lead', s, people[1]), await book('setting-lead-b', s, people[2])]
    apologies = await book('setting-lead', s, await staff('setting-lead', 'Dee'))
    expect(apologies.status).toBe('waitlisted')
    const sent = await rest('PATCH', `/api/attendances/${apologies.id}`, { token: await token('setting-lead'), json: { status: 'apologies' } })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    waiting = await book('setting-lead-b', s, await staff('setting-lead-b', 'Eve'))
    expect(booked.map((b) => b.status)).toEqual(['booked', 'booked', 'booked'])
    expect(waiting.status).toBe('waitlisted')
  })

  it('refuses marks before the session starts with the rule’s 409, storing nothing', async () => {
    const res = await register(
      s,
      booked.map((b) => ({ attendance: b.id, status: 'attended' })),
    )
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toBe('Attendance can be recorded once the session has started.')
    expect(await statuses(booked.map((b) => b.id))).toEqual(['booked', 'booked', 'booked'])
  })

  it('is the service’s: a setting lead gets 403 and nothing is stored', async () => {
    await start(s)
    const res = await register(s, [{ attendance: booked[0].id, status: 'attended' }], 'setting-lead')
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Only the service marks a session’s register.')
    expect((await register(s, [{ attendance: booked[0].id, status: 'attended' }], 'setting-staff')).status).toBe(403)
    expect(
      (await rest('POST', `/api/training-sessions/${s.id}/register`, { json: { marks: [{ attendance: booked[0].id, status: 'attended' }] } })).status,
    ).toBe(403)
    expect(await statuses([booked[0].id])).toEqual(['booked'])
  })

  it('names an unknown attendance, or one of another session, with 422 — and stores none of the other marks', async () => {
    const other = await session(48)
    const stranger = await book('setting-lead', other, await staff('setting-lead', 'Fay'))
    const unknown = await register(s, [
      { attendance: booked[0].id, status: 'attended' },
      { attendance: 987654321, status: 'attended' },
    ])
    expect(unknown.status).toBe(422)
    expect(unknown.body.errors[0].message).toBe('Attendance 987654321 does not exist.')
    expect(unknown.body.errors[0].data).toEqual({ attendance: 987654321 })
    const foreign = await register(s, [
      { attendance: booked[0].id, status: 'attended' },
      { attendance: stranger.id, status: 'attended' },
    ])
    expect(foreign.status).toBe(422)
    expect(foreign.body.errors[0].message).toBe(`Attendance ${stranger.id} is a booking of another session (${other.id}), not of this one.`)
    expect(await statuses([booked[0].id, stranger.id])).toEqual(['booked', 'booked'])
    expect((await register(s, [{ attendance: booked[0].id, status: 'present' }])).status).toBe(400)
    expect((await register(s, [])).status).toBe(400)
  })

  it('stores nothing when one mark is refused by the rules (apologies are not marked absent)', async () => {
    const res = await register(s, [
      { attendance: booked[0].id, status: 'attended' },
      { attendance: booked[1].id, status: 'absent' },
      { attendance: apologies.id, status: 'absent' },
    ])
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toBe('Only booked places are marked absent.')
    expect(await statuses([booked[0].id, booked[1].id, apologies.id])).toEqual(['booked', 'booked', 'apologies'])
  })

  it('marks everyone in one submission, recording who marked', async () => {
    const res = await register(s, [
      { attendance: booked[0].id, status: 'attended' },
      { attendance: booked[1].id, status: 'absent' },
      { attendance: booked[2].id, status: 'attended' },
      { attendance: waiting.id, status: 'attended' },
    ])
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.docs.map((d: Attendance) => d.status)).toEqual(['attended', 'absent', 'attended', 'attended'])
    expect(await statuses([booked[0].id, booked[1].id, booked[2].id, apologies.id, waiting.id])).toEqual([
      'attended',
      'absent',
      'attended',
      'apologies',
      'attended',
    ])
    const stored = await payload.findByID({ collection: 'attendances', id: booked[0].id, overrideAccess: true, depth: 0 })
    expect(idOf(stored.markedBy)).toBe(world.users['service-staff'].id)
    expect(stored.markedAt).toBeTruthy()
    // A correction is a second submission: absent becomes attended.
    const corrected = await register(s, [{ attendance: booked[1].id, status: 'attended' }])
    expect(corrected.status).toBe(200)
    expect(await statuses([booked[1].id])).toEqual(['attended'])
  })
})

describe('champions from the register', () => {
  it('the third attended session makes a champion, with one email', async () => {
    const member = await staff('setting-lead', 'Gwen')
    const inbox = `champion-${world.tag}@test.example.org`
    await payload.update({ collection: 'staff-members', id: member.id, data: { email: inbox }, overrideAccess: true })
    for (let n = 1; n <= 3; n++) {
      const s = await session(24)
      const booking = await book('setting-lead', s, member)
      await start(s)
      const res = await register(s, [{ attendance: booking.id, status: 'attended' }])
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const stored = await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true, depth: 0 })
      expect(stored.sessionsAttended).toBe(n)
      expect(!!stored.champion, `after ${n}`).toBe(n >= 3)
    }
    const champion = await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true, depth: 0 })
    expect(champion.championSince).toBeTruthy()
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } }, pagination: false, overrideAccess: true })
    expect(jobs.docs.filter((j) => JSON.stringify(j.input).includes('A new Compassionate Champion') && JSON.stringify(j.input).includes(inbox))).toHaveLength(1)
    expect(await emailJobsFor(payload, `Champion status corrected: ${member.name}`)).toBe(0)
  })
})
