/**
 * Training bookings over real PostgreSQL and real HTTP: places and the waiting list under concurrent requests,
 * promotion, cancellation, the register, champions, reminders, erasure, and the emails (with .ics) each one queues.
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/access/roles'
import { seedQuestionBank } from '@/seed/questionBank'
import type { Attendance, PayloadJob, StaffMember, TrainingSession } from '@/payload-types'

import { type MailSink, startMailSink } from '../helpers/mailSink'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { type World, createWorld, tokenFor } from '../helpers/world'

// The Hub's modules read SMTP_URL when first imported: they are imported once the sink is listening (beforeAll).
let TRAINING_SYSTEM: typeof import('@/training/bookingHooks').TRAINING_SYSTEM
let RECOMPUTE_CHAMPIONS_TASK: typeof import('@/training/recomputeChampions').RECOMPUTE_CHAMPIONS_TASK
let sendDueReminders: typeof import('@/training/reminderTask').sendDueReminders
let sink: MailSink
let payload: Payload
let world: World
let course: number
let startedAt: string
let thresholdBefore: number
let serial = 0
const unique = () => `${world.tag}-${++serial}`

const HOUR = 3600_000
const DAY = 24 * HOUR
/** A time `offsetMs` from now, to the whole minute (as the admin panel enters them; an .ics carries whole seconds). */
const at = (offsetMs: number) => new Date(Math.floor((Date.now() + offsetMs) / 60_000) * 60_000).toISOString()
/** Future sessions of most tests start in 10 days: outside the 48-hour reminder window. */
const LATER = 10 * DAY

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  sink = await startMailSink()
  // This process runs the queued jobs it needs, delivering to the sink (the Hub under test has JOBS_AUTORUN=false).
  process.env.SMTP_URL = sink.url
  payload = await testPayload()
  ;({ TRAINING_SYSTEM } = await import('@/training/bookingHooks'))
  ;({ RECOMPUTE_CHAMPIONS_TASK } = await import('@/training/recomputeChampions'))
  ;({ sendDueReminders } = await import('@/training/reminderTask'))
  world = await createWorld(payload)
  // The real eight principles (seeding them is idempotent): a principle made up here would outlive the file.
  await seedQuestionBank(payload)
  const principle = (await payload.find({ collection: 'principles', sort: 'order', limit: 1, overrideAccess: true })).docs[0].id
  course = (
    await payload.create({
      collection: 'training-courses',
      data: {
        title: `Emotion coaching ${world.tag}`,
        summary: 'Coaching children through big feelings.',
        principles: [principle],
        audience: ['staff'],
        format: 'in-person',
        durationMinutes: 180,
        active: true,
        _status: 'published',
      },
      overrideAccess: true,
    })
  ).id
  thresholdBefore = (await payload.findGlobal({ slug: 'hub-options', overrideAccess: true })).championThreshold
  await payload.updateGlobal({ slug: 'hub-options', data: { championThreshold: 3 }, overrideAccess: true })
})

afterAll(async () => {
  await payload.updateGlobal({ slug: 'hub-options', data: { championThreshold: thresholdBefore }, overrideAccess: true })
  // This file's bookings, staff, sessions and course go, so that no other file's figures or reminders meet them.
  const ofTheWorld = { setting: { in: [world.settingA.id, world.settingB.id] } }
  await payload.delete({ collection: 'attendances', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'staff-members', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'training-sessions', where: { course: { equals: course } }, overrideAccess: true })
  await payload.delete({ collection: 'training-courses', id: course, overrideAccess: true })
  // This file's queued work must not reach another file's mail sink or jobs run.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { createdAt: { greater_than_equal: startedAt } },
    pagination: false,
    overrideAccess: true,
  })
  for (const job of jobs.docs) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true }).catch(() => undefined)
  await sink.stop()
})

// ─── building the world ───────────────────────────────────────────────────────────────────────────────────────────

type SessionData = Partial<Omit<TrainingSession, 'id' | 'createdAt' | 'updatedAt'>>

async function session(extra: SessionData = {}): Promise<TrainingSession> {
  const startsAt = extra.startsAt ?? at(LATER)
  return payload.create({
    collection: 'training-sessions',
    data: {
      course,
      title: `Session ${unique()}`,
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + 3 * HOUR).toISOString(),
      mode: 'in-person',
      venue: 'County Hall\nRoom 2',
      capacity: 5,
      waitingListSize: 5,
      status: 'scheduled',
      ...extra,
    } as Omit<TrainingSession, 'id' | 'createdAt' | 'updatedAt'>,
    overrideAccess: true,
  })
}

/** A staff member with an address of their own, so that the emails about them can be told apart. */
async function staff(settingId = world.settingA.id, extra: Partial<StaffMember> = {}): Promise<StaffMember> {
  const tag = unique()
  return payload.create({
    collection: 'staff-members',
    data: { name: `Staff ${tag}`, jobRole: 'Teaching assistant', email: `staff-${tag}@test.example.org`, setting: settingId, ...extra },
    overrideAccess: true,
  })
}

const lead = () => tokenFor(payload, world, 'setting-lead')
const trainer = () => tokenFor(payload, world, 'service-staff')

async function book(sessionId: number, staffId: number, token?: string, extra: Record<string, unknown> = {}) {
  return rest('POST', '/api/attendances', { token: token ?? (await lead()), json: { session: sessionId, staffMember: staffId, ...extra } })
}

/** A booking made directly, as the rules' own writes are (e.g. on a session that has already started). */
async function systemBooking(sessionId: number, member: StaffMember, status: Attendance['status'] = 'booked'): Promise<Attendance> {
  return payload.create({
    collection: 'attendances',
    data: { session: sessionId, staffMember: member.id, setting: idOf(member.setting) as number, status, bookedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { [TRAINING_SYSTEM]: true },
  })
}

const attendance = (id: number) => payload.findByID({ collection: 'attendances', id, overrideAccess: true, depth: 0 })
const bookingsOf = (sessionId: number) =>
  payload.find({ collection: 'attendances', where: { session: { equals: sessionId } }, overrideAccess: true, depth: 0, pagination: false, sort: 'id' })

const errorText = (body: unknown) => JSON.stringify(body)

interface QueuedEmail {
  to: string
  subject: string
  calendar?: { method: string; filename: string; content: string }
}

/** The send-email jobs this file queued to `address`, oldest first. */
async function emailsTo(address: string): Promise<QueuedEmail[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'send-email' } }, { createdAt: { greater_than_equal: startedAt } }] },
    pagination: false,
    sort: 'createdAt',
    overrideAccess: true,
  })
  return jobs.docs.map((j: PayloadJob) => j.input as unknown as QueuedEmail).filter((input) => input.to.split(/,\s*/).includes(address))
}

/** The calendar of an email parsed by ical.js: its method, and its one event's identity and times (ISO, UTC). */
function parseCalendar(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content))
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    status: calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status'),
  }
}

function expectCalendarOf(email: QueuedEmail, s: TrainingSession, method: 'REQUEST' | 'CANCEL') {
  expect(email.calendar, email.subject).toBeDefined()
  expect(email.calendar!.method).toBe(method)
  const parsed = parseCalendar(email.calendar!.content)
  expect(parsed.method).toBe(method)
  expect(parsed.start).toBe(new Date(s.startsAt).toISOString())
  expect(parsed.end).toBe(new Date(s.endsAt).toISOString())
  return parsed
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]

// ─── booking ──────────────────────────────────────────────────────────────────────────────────────────────────────

describe('booking over REST', () => {
  it('a lead books their own staff: booked, the setting derived from the staff member, confirmation with .ics to the lead and the staff member', async () => {
    const s = await session()
    const member = await staff()
    const res = await book(s.id, member.id)
    expect(res.status, errorText(res.body)).toBe(201)
    const doc = await attendance(res.body.doc.id)
    expect(doc.status).toBe('booked')
    expect(idOf(doc.setting)).toBe(world.settingA.id)
    expect(idOf(doc.bookedBy)).toBe(world.users['setting-lead'].id)
    expect(doc.bookedAt).toBeTruthy()

    const mails = await emailsTo(member.email!)
    expect(mails.map((m) => m.subject)).toEqual([`Booked: ${s.title}`])
    expect(mails[0].to).toContain(world.users['setting-lead'].email)
    expectCalendarOf(mails[0], s, 'REQUEST')
  })

  it("refuses another setting's staff (403), the service (403) and staff accounts (403), creating nothing", async () => {
    const s = await session()
    const memberB = await staff(world.settingB.id)
    const memberA = await staff()
    expect((await book(s.id, memberB.id)).status).toBe(403)
    expect((await book(s.id, memberB.id, undefined, { setting: world.settingA.id })).status).toBe(403)
    expect((await book(s.id, memberA.id, await tokenFor(payload, world, 'setting-staff'))).status).toBe(403)
    expect((await book(s.id, memberA.id, await trainer())).status).toBe(403)
    expect((await book(s.id, memberA.id, await tokenFor(payload, world, 'service-admin'))).status).toBe(403)
    expect((await book(s.id, memberA.id, await tokenFor(payload, world, 'setting-lead-b'))).status).toBe(403)
    expect((await bookingsOf(s.id)).totalDocs).toBe(0)
  })

  it("never stores the setting a request names: a booking of one's own staff naming setting B is never B's", async () => {
    const s = await session()
    const member = await staff()
    const res = await book(s.id, member.id, undefined, { setting: world.settingB.id, status: 'attended' })
    const rows = (await bookingsOf(s.id)).docs
    if (res.status === 201) {
      expect(rows).toHaveLength(1)
      expect(idOf(rows[0].setting)).toBe(world.settingA.id)
      expect(rows[0].status).toBe('booked')
    } else {
      expect(res.status).toBe(403)
      expect(rows).toHaveLength(0)
    }
  })

  it('refuses a session that has started, is cancelled or is over (409), and a second booking of the same person (409)', async () => {
    const member = await staff()
    const started = await session({ startsAt: at(-HOUR) })
    const cancelled = await session({ status: 'cancelled' })
    const completed = await session({ status: 'completed' })
    for (const s of [started, cancelled, completed]) {
      const res = await book(s.id, member.id)
      expect(res.status, errorText(res.body)).toBe(409)
    }
    const s = await session()
    expect((await book(s.id, member.id)).status).toBe(201)
    const again = await book(s.id, member.id)
    expect(again.status).toBe(409)
    expect(errorText(again.body)).toContain('already booked on this session')
  })

  it('20 concurrent bookings of a session with 5 places and 5 waiting places: exactly 5 booked, 5 waitlisted, 10 × 409, never more', async () => {
    const s = await session({ capacity: 5, waitingListSize: 5 })
    const members = await Promise.all(Array.from({ length: 20 }, () => staff()))
    const token = await lead()
    const timed = await Promise.all(
      members.map(async (m) => {
        const t0 = performance.now()
        const res = await book(s.id, m.id, token)
        return { res, ms: performance.now() - t0 }
      }),
    )
    const statuses = timed.map((t) => t.res.status)
    expect(statuses.filter((x) => x === 201)).toHaveLength(10)
    expect(statuses.filter((x) => x === 409)).toHaveLength(10)
    for (const t of timed.filter((t) => t.res.status === 409)) {
      expect(errorText(t.res.body)).toContain('This session is full and its waiting list (5 places) is full too.')
    }
    const rows = (await bookingsOf(s.id)).docs
    expect(rows.filter((r) => r.status === 'booked')).toHaveLength(5)
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(5)
    expect(rows).toHaveLength(10)
    // The waiting list is in the order the bookings were placed.
    const waiting = rows.filter((r) => r.status === 'waitlisted')
    expect(waiting.every((r) => r.waitlistedAt)).toBe(true)
    const ms = timed.map((t) => t.ms)
    console.log(
      `Training: 20 concurrent bookings of one session (5 places, 5 waiting): 5 booked, 5 waitlisted, 10 × 409; ` +
        `latency median ${Math.round([...ms].sort((a, b) => a - b)[9])} ms, p95 ${Math.round(p95(ms))} ms, max ${Math.round(Math.max(...ms))} ms`,
    )
  })

  it('the same person booked twice at the same moment: one booking, one 409', async () => {
    const s = await session()
    const member = await staff()
    const token = await lead()
    const both = await Promise.all([book(s.id, member.id, token), book(s.id, member.id, token)])
    expect(both.map((r) => r.status).sort()).toEqual([201, 409])
    expect((await bookingsOf(s.id)).totalDocs).toBe(1)
  })
})

// ─── the waiting list ─────────────────────────────────────────────────────────────────────────────────────────────

describe('the waiting list', () => {
  it('apologies free a place: the first waitlisted gets it, its setting emailed with the .ics; the lead of B too for B', async () => {
    const s = await session({ capacity: 2, waitingListSize: 3 })
    const [a1, a2, a3] = [await staff(), await staff(), await staff()]
    const b1 = await staff(world.settingB.id)
    const ids: number[] = []
    for (const m of [a1, a2]) ids.push((await book(s.id, m.id)).body.doc.id)
    const w1 = await book(s.id, b1.id, await tokenFor(payload, world, 'setting-lead-b'))
    expect(w1.status).toBe(201)
    expect(w1.body.doc.status).toBe('waitlisted')
    const w2 = await book(s.id, a3.id)
    expect(w2.body.doc.status).toBe('waitlisted')
    expect((await emailsTo(b1.email!)).map((m) => m.subject)).toEqual([`Waiting list: ${s.title}`])

    const apologies = await rest('PATCH', `/api/attendances/${ids[0]}`, { token: await lead(), json: { status: 'apologies' } })
    expect(apologies.status, errorText(apologies.body)).toBe(200)
    expect((await attendance(ids[0])).status).toBe('apologies')
    // B's booking waited first: it is promoted, A's second waiter still waits.
    expect((await attendance(w1.body.doc.id)).status).toBe('booked')
    expect((await attendance(w2.body.doc.id)).status).toBe('waitlisted')

    const toB = await emailsTo(b1.email!)
    expect(toB.map((m) => m.subject)).toEqual([`Waiting list: ${s.title}`, `A place is now booked: ${s.title}`])
    expect(toB[1].to).toContain(world.users['setting-lead-b'].email)
    expect(toB[1].to).not.toContain(world.users['setting-lead'].email)
    expectCalendarOf(toB[1], s, 'REQUEST')
    // The one who sent apologies gets the calendar cancellation of the very event their confirmation added.
    const toA1 = await emailsTo(a1.email!)
    expect(toA1.map((m) => m.subject)).toEqual([`Booked: ${s.title}`, `Apologies sent: ${s.title}`])
    const added = expectCalendarOf(toA1[0], s, 'REQUEST')
    const removed = expectCalendarOf(toA1[1], s, 'CANCEL')
    expect(removed.uid).toBe(added.uid)
  })

  it('two apologies in one request (one form for two people): each promotes the next waiting, each is judged by the rules', async () => {
    const s = await session({ capacity: 2, waitingListSize: 2 })
    const members = [await staff(), await staff(), await staff(), await staff()]
    const ids: number[] = []
    for (const m of members) ids.push((await book(s.id, m.id)).body.doc.id)
    const req = await createLocalReq({ user: { ...world.users['setting-lead'], collection: 'users' } }, payload)
    for (const id of ids.slice(0, 2)) {
      await payload.update({ collection: 'attendances', id, data: { status: 'apologies' }, req, overrideAccess: false, user: req.user })
    }
    expect((await bookingsOf(s.id)).docs.map((d) => d.status)).toEqual(['apologies', 'apologies', 'booked', 'booked'])
    for (const m of members.slice(0, 2)) expect((await emailsTo(m.email!)).map((e) => e.subject)).toContain(`Apologies sent: ${s.title}`)
    for (const m of members.slice(2)) expect((await emailsTo(m.email!)).map((e) => e.subject)).toContain(`A place is now booked: ${s.title}`)
    // And a move the rules refuse is still refused after the rules' own writes in that request.
    await expect(
      payload.update({ collection: 'attendances', id: ids[2], data: { status: 'attended' }, req, overrideAccess: false, user: req.user }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await attendance(ids[2])).status).toBe('booked')
  })

  it('booking again after apologies takes a free place, or the end of the waiting list', async () => {
    const s = await session({ capacity: 1, waitingListSize: 2 })
    const [m1, m2] = [await staff(), await staff()]
    const first = (await book(s.id, m1.id)).body.doc.id
    await rest('PATCH', `/api/attendances/${first}`, { token: await lead(), json: { status: 'apologies' } })
    expect((await book(s.id, m2.id)).body.doc.status).toBe('booked')
    const again = await rest('PATCH', `/api/attendances/${first}`, { token: await lead(), json: { status: 'booked' } })
    expect(again.status, errorText(again.body)).toBe(200)
    expect((await attendance(first)).status).toBe('waitlisted')
  })

  it('raising the capacity promotes the waiting list in order; lowering it below the booked places is refused (409)', async () => {
    const s = await session({ capacity: 2, waitingListSize: 3 })
    const members = [await staff(), await staff(), await staff(), await staff(), await staff()]
    const ids: number[] = []
    for (const m of members) ids.push((await book(s.id, m.id)).body.doc.id)
    expect((await bookingsOf(s.id)).docs.map((d) => d.status)).toEqual(['booked', 'booked', 'waitlisted', 'waitlisted', 'waitlisted'])

    const raised = await rest('PATCH', `/api/training-sessions/${s.id}`, { token: await trainer(), json: { capacity: 4 } })
    expect(raised.status, errorText(raised.body)).toBe(200)
    expect((await bookingsOf(s.id)).docs.map((d) => d.status)).toEqual(['booked', 'booked', 'booked', 'booked', 'waitlisted'])
    expect((await emailsTo(members[2].email!)).map((m) => m.subject)).toContain(`A place is now booked: ${s.title}`)
    expect((await emailsTo(members[4].email!)).map((m) => m.subject)).not.toContain(`A place is now booked: ${s.title}`)

    const lowered = await rest('PATCH', `/api/training-sessions/${s.id}`, { token: await trainer(), json: { capacity: 3 } })
    expect(lowered.status).toBe(409)
    expect(errorText(lowered.body)).toContain('4 places are already booked')
    expect((await payload.findByID({ collection: 'training-sessions', id: s.id, overrideAccess: true })).capacity).toBe(4)
  })
})

// ─── the service's side of a session ──────────────────────────────────────────────────────────────────────────────

describe('a session the service changes', () => {
  it('cancelled: every live booking cancelled, one email each with a METHOD:CANCEL .ics; apologies untouched', async () => {
    const s = await session({ capacity: 2, waitingListSize: 2 })
    const [m1, m2, m3, m4] = [await staff(), await staff(world.settingB.id), await staff(), await staff()]
    const id1 = (await book(s.id, m1.id)).body.doc.id
    await book(s.id, m2.id, await tokenFor(payload, world, 'setting-lead-b'))
    await book(s.id, m3.id)
    const id4 = (await book(s.id, m4.id)).body.doc.id
    await rest('PATCH', `/api/attendances/${id4}`, { token: await lead(), json: { status: 'apologies' } })

    const res = await rest('PATCH', `/api/training-sessions/${s.id}`, { token: await trainer(), json: { status: 'cancelled' } })
    expect(res.status, errorText(res.body)).toBe(200)
    const rows = (await bookingsOf(s.id)).docs
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'apologies'])
    expect(idOf((await attendance(id1)).statusChangedBy)).toBe(world.users['service-staff'].id)
    for (const m of [m1, m2, m3]) {
      const cancelled = (await emailsTo(m.email!)).filter((e) => e.subject === `Cancelled: ${s.title}`)
      expect(cancelled, m.name).toHaveLength(1)
      expectCalendarOf(cancelled[0], s, 'CANCEL')
    }
    expect((await emailsTo(m4.email!)).filter((e) => e.subject === `Cancelled: ${s.title}`)).toHaveLength(0)
  })

  it('with bookings cannot be deleted (409); without bookings it can', async () => {
    const s = await session()
    await book(s.id, (await staff()).id)
    const refused = await rest('DELETE', `/api/training-sessions/${s.id}`, { token: await trainer() })
    expect(refused.status).toBe(409)
    expect(errorText(refused.body)).toContain('Set its status to Cancelled instead')
    expect(await payload.findByID({ collection: 'training-sessions', id: s.id, overrideAccess: true, disableErrors: true })).toBeTruthy()
    const empty = await session()
    expect((await rest('DELETE', `/api/training-sessions/${empty.id}`, { token: await trainer() })).status).toBe(200)
  })
})

// ─── the register ─────────────────────────────────────────────────────────────────────────────────────────────────

describe('the register', () => {
  it('is marked only by the service (403 for a lead) and only once the session has started (409 before)', async () => {
    const future = await session()
    const member = await staff()
    const booking = (await book(future.id, member.id)).body.doc.id
    const early = await rest('PATCH', `/api/attendances/${booking}`, { token: await trainer(), json: { status: 'attended' } })
    expect(early.status).toBe(409)
    expect(errorText(early.body)).toContain('once the session has started')
    expect((await attendance(booking)).status).toBe('booked')

    const past = await session({ startsAt: at(-2 * DAY) })
    const done = await systemBooking(past.id, member)
    const byLead = await rest('PATCH', `/api/attendances/${done.id}`, { token: await lead(), json: { status: 'attended' } })
    expect(byLead.status).toBe(403)
    expect((await attendance(done.id)).status).toBe('booked')
    const byLeadB = await rest('PATCH', `/api/attendances/${done.id}`, {
      token: await tokenFor(payload, world, 'setting-lead-b'),
      json: { status: 'attended' },
    })
    expect([403, 404]).toContain(byLeadB.status)
    const marked = await rest('PATCH', `/api/attendances/${done.id}`, { token: await trainer(), json: { status: 'attended' } })
    expect(marked.status, errorText(marked.body)).toBe(200)
    const stored = await attendance(done.id)
    expect(stored.status).toBe('attended')
    expect(idOf(stored.markedBy)).toBe(world.users['service-staff'].id)
    // Apologies after the start are refused.
    const other = await systemBooking(past.id, await staff())
    expect((await rest('PATCH', `/api/attendances/${other.id}`, { token: await lead(), json: { status: 'apologies' } })).status).toBe(409)
  })

  it('makes a champion at the 3rd attended session with exactly ONE email under concurrent marking, and withdraws it (one email) when corrected', async () => {
    const member = await staff()
    const sessions = [await session({ startsAt: at(-3 * DAY) }), await session({ startsAt: at(-2 * DAY) }), await session({ startsAt: at(-DAY) })]
    const bookings = await Promise.all(sessions.map((s) => systemBooking(s.id, member)))
    const token = await trainer()
    const marks = await Promise.all(bookings.map((b) => rest('PATCH', `/api/attendances/${b.id}`, { token, json: { status: 'attended' } })))
    expect(marks.map((m) => m.status)).toEqual([200, 200, 200])

    let stored = await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true })
    expect(stored.champion).toBe(true)
    expect(stored.championSince).toBeTruthy()
    expect(stored.sessionsAttended).toBe(3)
    const awarded = (await emailsTo(member.email!)).filter((e) => e.subject === `A new Compassionate Champion: ${member.name}`)
    expect(awarded).toHaveLength(1)
    expect(awarded[0].to).toContain(world.users['setting-lead'].email)
    const since = stored.championSince

    // A 4th session changes nothing: the date stays, no second email.
    const fourth = await systemBooking((await session({ startsAt: at(-4 * DAY) })).id, member)
    expect((await rest('PATCH', `/api/attendances/${fourth.id}`, { token, json: { status: 'attended' } })).status).toBe(200)
    stored = await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true })
    expect(stored.championSince).toBe(since)
    expect(stored.sessionsAttended).toBe(4)

    // Corrections: 4 → 3 keeps the title; 3 → 2 withdraws it, with one email to the leads.
    expect((await rest('PATCH', `/api/attendances/${fourth.id}`, { token, json: { status: 'absent' } })).status).toBe(200)
    expect((await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true })).champion).toBe(true)
    expect((await rest('PATCH', `/api/attendances/${bookings[0].id}`, { token, json: { status: 'absent' } })).status).toBe(200)
    stored = await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true })
    expect(stored.champion).toBe(false)
    expect(stored.championSince ?? null).toBeNull()
    const leadMails = await emailsTo(world.users['setting-lead'].email)
    expect(leadMails.filter((e) => e.subject === `Champion status corrected: ${member.name}`)).toHaveLength(1)
    expect((await emailsTo(member.email!)).filter((e) => e.subject.startsWith('A new Compassionate Champion'))).toHaveLength(1)
  })
})

// ─── champions follow the threshold ───────────────────────────────────────────────────────────────────────────────

describe('a changed champion threshold', () => {
  it('queues recompute-champions (not done in the request); the job withdraws and awards for every staff member', async () => {
    const member = await staff()
    for (const offset of [-3, -2, -1]) {
      const b = await systemBooking((await session({ startsAt: at(offset * DAY) })).id, member)
      await rest('PATCH', `/api/attendances/${b.id}`, { token: await trainer(), json: { status: 'attended' } })
    }
    expect((await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true })).champion).toBe(true)
    const admin = await tokenFor(payload, world, 'service-admin')

    const raised = await rest('POST', '/api/globals/hub-options', { token: admin, json: { championThreshold: 4 } })
    expect(raised.status, errorText(raised.body)).toBe(200)
    // The request only queued the work.
    expect((await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true })).champion).toBe(true)
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: RECOMPUTE_CHAMPIONS_TASK } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
    })
    expect(queued.totalDocs).toBeGreaterThanOrEqual(1)
    await payload.jobs.run({ overrideAccess: true, silent: true, where: { taskSlug: { equals: RECOMPUTE_CHAMPIONS_TASK } } })
    expect((await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true })).champion).toBe(false)
    expect((await emailsTo(world.users['setting-lead'].email)).filter((e) => e.subject === `Champion status corrected: ${member.name}`)).toHaveLength(1)

    // Saving the options without changing the threshold queues nothing.
    const before = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: RECOMPUTE_CHAMPIONS_TASK } }, overrideAccess: true }))
      .totalDocs
    await rest('POST', '/api/globals/hub-options', { token: admin, json: { championThreshold: 4 } })
    expect(
      (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: RECOMPUTE_CHAMPIONS_TASK } }, overrideAccess: true })).totalDocs,
    ).toBe(before)

    const lowered = await rest('POST', '/api/globals/hub-options', { token: admin, json: { championThreshold: 3 } })
    expect(lowered.status).toBe(200)
    await payload.jobs.run({ overrideAccess: true, silent: true, where: { taskSlug: { equals: RECOMPUTE_CHAMPIONS_TASK } } })
    await payload.jobs.run({ overrideAccess: true, silent: true, where: { taskSlug: { equals: RECOMPUTE_CHAMPIONS_TASK } } })
    const stored = await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true })
    expect(stored.champion).toBe(true)
    expect((await emailsTo(member.email!)).filter((e) => e.subject === `A new Compassionate Champion: ${member.name}`)).toHaveLength(2)
  })
})

// ─── reminders ────────────────────────────────────────────────────────────────────────────────────────────────────

describe('the reminder job', () => {
  it('sends exactly one reminder per booking due within 48 hours, run twice and concurrently', async () => {
    const soon = await session({ startsAt: at(30 * HOUR) })
    const far = await session({ startsAt: at(72 * HOUR) })
    const [m1, m2, m3, m4] = [await staff(), await staff(), await staff(), await staff()]
    await book(soon.id, m1.id)
    await book(soon.id, m2.id)
    const apologised = (await book(soon.id, m3.id)).body.doc.id
    await rest('PATCH', `/api/attendances/${apologised}`, { token: await lead(), json: { status: 'apologies' } })
    await book(far.id, m4.id)

    await Promise.all([sendDueReminders(await createLocalReq({}, payload)), sendDueReminders(await createLocalReq({}, payload))])
    await sendDueReminders(await createLocalReq({}, payload))
    for (const m of [m1, m2]) {
      const reminders = (await emailsTo(m.email!)).filter((e) => e.subject === `Reminder: ${soon.title}`)
      expect(reminders, m.name).toHaveLength(1)
      expectCalendarOf(reminders[0], soon, 'REQUEST')
    }
    expect((await emailsTo(m3.email!)).filter((e) => e.subject.startsWith('Reminder'))).toHaveLength(0)
    expect((await emailsTo(m4.email!)).filter((e) => e.subject.startsWith('Reminder'))).toHaveLength(0)
    for (const row of (await bookingsOf(soon.id)).docs) expect(Boolean(row.reminderSentAt), row.status).toBe(row.status === 'booked')
  })
})

// ─── erasure ──────────────────────────────────────────────────────────────────────────────────────────────────────

describe('deleting a staff member', () => {
  it('erases their bookings and attendance and gives their place to the waiting list', async () => {
    const s = await session({ capacity: 1, waitingListSize: 2 })
    const past = await session({ startsAt: at(-DAY) })
    const [leaving, waiting] = [await staff(), await staff()]
    await book(s.id, leaving.id)
    const w = (await book(s.id, waiting.id)).body.doc.id
    await systemBooking(past.id, leaving, 'attended')
    const res = await rest('DELETE', `/api/staff-members/${leaving.id}`, { token: await lead() })
    expect(res.status, errorText(res.body)).toBe(200)
    const left = await payload.find({ collection: 'attendances', where: { staffMember: { equals: leaving.id } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)
    expect((await attendance(w)).status).toBe('booked')
    expect((await emailsTo(waiting.email!)).map((m) => m.subject)).toContain(`A place is now booked: ${s.title}`)
  })

  it("of another setting is refused: B's lead cannot delete A's staff", async () => {
    const member = await staff()
    const res = await rest('DELETE', `/api/staff-members/${member.id}`, { token: await tokenFor(payload, world, 'setting-lead-b') })
    expect([403, 404]).toContain(res.status)
    expect(await payload.findByID({ collection: 'staff-members', id: member.id, overrideAccess: true, disableErrors: true })).toBeTruthy()
  })
})

// ─── delivery ─────────────────────────────────────────────────────────────────────────────────────────────────────

describe('delivered email', () => {
  it('carries the .ics as an attachment that ical.js parses, with the session’s start and end', async () => {
    const s = await session({ startsAt: '2027-06-15T08:30:00.000Z', endsAt: '2027-06-15T11:30:00.000Z' })
    const member = await staff()
    expect((await book(s.id, member.id)).status).toBe(201)
    await payload.jobs.run({ overrideAccess: true, silent: true, limit: 500, where: { taskSlug: { equals: 'send-email' } } })
    const mail = await sink.waitFor((m) => JSON.stringify(m.to).includes(member.email!))
    expect(mail.subject).toBe(`Booked: ${s.title}`)
    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'))
    expect(ics, 'an .ics attachment').toBeDefined()
    expect(ics!.contentType).toBe('text/calendar')
    const parsed = parseCalendar(ics!.content.toString('utf8'))
    expect(parsed.method).toBe('REQUEST')
    expect(parsed.start).toBe('2027-06-15T08:30:00.000Z')
    expect(parsed.end).toBe('2027-06-15T11:30:00.000Z')
    expect(String(mail.text)).toContain('Tuesday 15 June 2027, 9:30am to 12:30pm')
  })
})
