/**
 * Booking at county scale: 20 concurrent bookings of the same session by a setting lead, through the real booking
 * rules (transaction, the session's row lock, places counted, status decided, confirmation email queued), against
 * raw SQL doing the same work in one transaction per booking on a pool of the same size. Reported per booking
 * (each one's time from request to commit, waiting for the lock included): median and p95.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { type Timing, printScale, report, runs } from './measure'

const CONCURRENT = 20
const ROUNDS = runs(10)
const POOL = Number(process.env.DATABASE_POOL_MAX || 10)
let payload: Payload
let pool: pg.Pool
let lead: User
let settingId: number
let staffIds: number[]
let courseId: number
let scale: Record<string, number | string>

beforeAll(async () => {
  payload = await testPayload()
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL })
  scale = await printScale()
  // The county's training benchmark setting: 60 staff and the most bookings.
  const { rows } = await pool.query(`
    SELECT m.setting_id FROM staff_members m GROUP BY m.setting_id HAVING count(*) = 60
    ORDER BY (SELECT count(*) FROM attendances a WHERE a.setting_id = m.setting_id) DESC LIMIT 1`)
  settingId = rows[0].setting_id
  const leadId = (await pool.query(`SELECT id FROM users WHERE setting_id = $1 AND role = 'setting-lead' ORDER BY id LIMIT 1`, [settingId])).rows[0].id
  lead = await payload.findByID({ collection: 'users', id: leadId, depth: 0, overrideAccess: true })
  staffIds = (await pool.query('SELECT id FROM staff_members WHERE setting_id = $1 AND active ORDER BY id LIMIT $2', [settingId, CONCURRENT])).rows.map(
    (r) => r.id,
  )
  courseId = (await pool.query('SELECT id FROM training_courses ORDER BY id LIMIT 1')).rows[0].id
}, 600_000)

afterAll(async () => {
  await pool.end()
})

/** A fresh upcoming session with places for 15 and a waiting list of 10: twenty bookings fill both. */
async function newSession(): Promise<number> {
  const start = new Date(Date.now() + 14 * 86_400_000)
  const { rows } = await pool.query(
    `INSERT INTO training_sessions (course_id, starts_at, ends_at, mode, venue, capacity, waiting_list_size, status)
     VALUES ($1, $2, $3, 'in-person', 'County Education Centre, Preston', 15, 10, 'scheduled') RETURNING id`,
    [courseId, start, new Date(start.getTime() + 2 * 3_600_000)],
  )
  return rows[0].id
}

/** The booking by hand: what the booking rules read, decide and write, in one transaction. */
async function rawBook(sessionId: number, staffId: number): Promise<string> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const staff = (await client.query('SELECT id, name, email, active, setting_id FROM staff_members WHERE id = $1', [staffId])).rows[0]
    if (staff.setting_id !== settingId || !staff.active) throw new Error('not bookable')
    await client.query('SELECT id FROM training_sessions WHERE id = $1 FOR UPDATE', [sessionId])
    const session = (
      await client.query('SELECT id, course_id, starts_at, ends_at, mode, venue, capacity, waiting_list_size, status FROM training_sessions WHERE id = $1', [
        sessionId,
      ])
    ).rows[0]
    if (session.status !== 'scheduled' || session.starts_at <= new Date()) throw new Error('not open')
    const existing = await client.query('SELECT id FROM attendances WHERE session_id = $1 AND staff_member_id = $2 LIMIT 1', [sessionId, staffId])
    if (existing.rows.length) throw new Error('already booked')
    const count = (
      await client.query(
        `SELECT count(*) FILTER (WHERE status = 'booked')::int AS booked, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted FROM attendances WHERE session_id = $1`,
        [sessionId],
      )
    ).rows[0]
    const status = count.booked < Number(session.capacity) ? 'booked' : count.waitlisted < Number(session.waiting_list_size) ? 'waitlisted' : null
    if (!status) throw new Error('full')
    const now = new Date()
    await client.query(
      `INSERT INTO attendances (session_id, staff_member_id, setting_id, status, booked_by_id, booked_at, waitlisted_at, status_changed_by_id, status_changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $5, $6) RETURNING id`,
      [sessionId, staffId, staff.setting_id, status, lead.id, now, status === 'waitlisted' ? now : null],
    )
    const [course, leads, setting] = await Promise.all([
      client.query('SELECT title FROM training_courses WHERE id = $1', [session.course_id]),
      client.query(`SELECT email FROM users WHERE setting_id = $1 AND role = 'setting-lead'`, [staff.setting_id]),
      client.query('SELECT name FROM settings WHERE id = $1', [staff.setting_id]),
    ])
    await client.query(`INSERT INTO payload_jobs (input, task_slug, queue) VALUES ($1, 'send-email', 'default')`, [
      JSON.stringify({
        to: [...leads.rows.map((l) => l.email), ...(staff.email ? [staff.email] : [])].join(', '),
        subject: `Booked: ${course.rows[0].title}`,
        html: `<p>${staff.name} of ${setting.rows[0].name} is ${status}.</p>`,
      }),
    ])
    await client.query('COMMIT')
    return status
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
}

const stats = (label: string, times: number[]): Timing => {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { label, runs: sorted.length, medianMs: at(0.5), p95Ms: at(0.95) }
}

/** `rounds` rounds of twenty concurrent bookings, each on a fresh session: every booking's time, and the statuses. */
async function rounds(n: number, book: (session: number, staff: number) => Promise<string>): Promise<{ times: number[]; statuses: string[] }> {
  const times: number[] = []
  const statuses: string[] = []
  for (let round = 0; round < n; round++) {
    const session = await newSession()
    const results = await Promise.all(
      staffIds.map(async (staff) => {
        const t0 = performance.now()
        const status = await book(session, staff)
        return { ms: performance.now() - t0, status }
      }),
    )
    times.push(...results.map((r) => r.ms))
    statuses.push(...results.map((r) => r.status))
  }
  return { times, statuses }
}

it(`books ${CONCURRENT} staff on the same session at once, ${ROUNDS} times, against raw SQL of the same work`, async () => {
  expect(staffIds).toHaveLength(CONCURRENT)
  const hubBook = async (session: number, staff: number) =>
    (await payload.create({ collection: 'attendances', data: { session, staffMember: staff } as never, user: lead, overrideAccess: false, depth: 0 })).status
  await rounds(1, hubBook) // warm-up
  await rounds(1, rawBook)
  const hub = await rounds(ROUNDS, hubBook)
  const raw = await rounds(ROUNDS, rawBook)
  // Both stored the same: fifteen places and five on the waiting list per session, never more.
  const tally = (list: string[]) => ({ booked: list.filter((s) => s === 'booked').length, waitlisted: list.filter((s) => s === 'waitlisted').length })
  expect(tally(hub.statuses)).toEqual({ booked: 15 * ROUNDS, waitlisted: 5 * ROUNDS })
  expect(tally(raw.statuses)).toEqual(tally(hub.statuses))
  const baseline = stats(`raw SQL: same reads, lock, checks and writes (pool of ${POOL})`, raw.times)
  report(
    `Book a place: ${CONCURRENT} concurrent bookings of one session × ${ROUNDS} (${scale.attendances} attendances, ${scale['training sessions']} sessions in the county)`,
    [baseline, stats('booking (Local API: transaction, session lock, places, email job)', hub.times)],
    baseline,
  )
})
