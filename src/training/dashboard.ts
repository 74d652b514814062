/**
 * What the Training Dashboard (/training) shows a setting, read in a fixed handful of set-based SQL queries scoped to
 * the viewer's setting — never one query per staff member or session, never the county's attendances into memory.
 * Callers pass the viewer's own setting (from the signed-in user); nothing here is chosen by the request.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Rag } from '@/assessment/scoring'

import { championThreshold } from './champions'
import { type CountyTraining, otherSettingsShares, type PrincipleTraining, rankSkillGaps, type SkillGap, sessionsForGaps } from './gaps'

const db = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

const isRag = (v: unknown): v is Rag => v === 'red' || v === 'amber' || v === 'green'
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString())

export interface PrincipleHeading {
  id: number
  order: number
  label: string
}

export interface StaffTraining {
  id: number
  name: string
  jobRole: string | null
  champion: boolean
  championSince: string | null
  /** Sessions attended (the champion rule's count). */
  attended: number
  /** Principles trained in: covered by a course of a session attended. */
  principles: number[]
  /** Live bookings (booked or waiting) on upcoming sessions. */
  upcoming: number
}

export interface UpcomingSession {
  id: number
  title: string
  courseId: number
  courseTitle: string
  startsAt: string
  endsAt: string
  mode: 'in-person' | 'online'
  venue: string | null
  capacity: number
  waitingListSize: number
  booked: number
  waitlisted: number
  placesLeft: number
  waitingPlacesLeft: number
  principles: number[]
  /** This setting's live bookings on it. */
  ours: number
}

export interface TrainingDashboard {
  principles: PrincipleHeading[]
  staff: StaffTraining[]
  threshold: number
  benchmarkMinimum: number
  gaps: SkillGap[]
  sessions: UpcomingSession[]
  figures: { activeStaff: number; trained: number; champions: number; upcomingBookings: number }
}

/** The sessions' SQL: upcoming scheduled sessions of the published, active catalogue, with their places counted. */
function upcomingSessionsQuery(settingId: number, courseId: number | null, sessionId: number | null) {
  const course = courseId ? sql`AND s.course_id = ${courseId}` : sql``
  const only = sessionId ? sql`AND s.id = ${sessionId}` : sql`AND s.starts_at > now()`
  return sql`
    SELECT s.id, coalesce(nullif(s.title, ''), c.title) AS title, c.id AS course_id, c.title AS course_title, s.starts_at, s.ends_at,
      s.mode, s.venue, s.capacity::int AS capacity, s.waiting_list_size::int AS waiting_list_size,
      coalesce(n.booked, 0) AS booked, coalesce(n.waitlisted, 0) AS waitlisted, coalesce(n.ours, 0) AS ours,
      ARRAY(SELECT r.principles_id FROM training_courses_rels r WHERE r.parent_id = c.id AND r.path = 'principles' AND r.principles_id IS NOT NULL ORDER BY r."order") AS principles
    FROM training_sessions s
    JOIN training_courses c ON c.id = s.course_id AND c._status = 'published' AND c.active = true
    -- Counted per session through its index: only the listed sessions' bookings are read.
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE a.status = 'booked')::int AS booked, count(*) FILTER (WHERE a.status = 'waitlisted')::int AS waitlisted,
        count(*) FILTER (WHERE a.status IN ('booked', 'waitlisted') AND a.setting_id = ${settingId})::int AS ours
      FROM attendances a WHERE a.session_id = s.id
    ) n ON true
    WHERE s.status = 'scheduled' ${only} ${course}
    ORDER BY s.starts_at, s.id
    LIMIT 200`
}

function toSession(r: Record<string, unknown>): UpcomingSession {
  const capacity = Number(r.capacity)
  const waitingListSize = Number(r.waiting_list_size)
  const booked = Number(r.booked)
  const waitlisted = Number(r.waitlisted)
  return {
    id: Number(r.id),
    title: String(r.title ?? ''),
    courseId: Number(r.course_id),
    courseTitle: String(r.course_title ?? ''),
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
    mode: r.mode === 'online' ? 'online' : 'in-person',
    venue: (r.venue as string | null) ?? null,
    capacity,
    waitingListSize,
    booked,
    waitlisted,
    placesLeft: Math.max(0, capacity - booked),
    waitingPlacesLeft: Math.max(0, waitingListSize - waitlisted),
    principles: ((r.principles as number[] | null) ?? []).map(Number),
    ours: Number(r.ours),
  }
}

/** Upcoming sessions (of one course, or all), with places and this setting's bookings: one query. */
export async function upcomingSessions(payload: Payload, settingId: number, courseId: number | null = null): Promise<UpcomingSession[]> {
  const { rows } = await db(payload).execute(upcomingSessionsQuery(settingId, courseId, null))
  return (rows as Record<string, unknown>[]).map(toSession)
}

/** One scheduled session's places (counted over every setting, anonymously) and this setting's live bookings. */
export async function sessionPlaces(payload: Payload, settingId: number, sessionId: number): Promise<UpcomingSession | null> {
  const { rows } = await db(payload).execute(upcomingSessionsQuery(settingId, null, sessionId))
  const row = (rows as Record<string, unknown>[])[0]
  return row ? toSession(row) : null
}

/**
 * The county's shares change only when a register is marked or a staff list changes, and reading them means reading
 * every attended booking of the county (≈150 ms at 40,000 attendances on 2 cores): so each process keeps them for a
 * few minutes, and every setting's page takes its "other settings" from the same copy.
 */
export const COUNTY_SHARES_TTL_MS = 5 * 60_000
let countyCache: { at: number; facts: Promise<CountyTraining> } | null = null

function countyTraining(payload: Payload): Promise<CountyTraining> {
  if (countyCache && Date.now() - countyCache.at < COUNTY_SHARES_TTL_MS) return countyCache.facts
  const facts = readCountyTraining(payload)
  countyCache = { at: Date.now(), facts }
  facts.catch(() => {
    if (countyCache?.facts === facts) countyCache = null
  })
  return facts
}

/**
 * One query: each staff member's principles trained as a bit mask (a course's principles OR-ed over the sessions they
 * attended), counted per setting and mask, then per principle — so the fan-out is over a few thousand (setting,
 * mask) pairs, not every staff member × principle.
 */
async function readCountyTraining(payload: Payload): Promise<CountyTraining> {
  const { rows } = await db(payload).execute(sql`
    WITH bits AS (
      SELECT id, (row_number() OVER (ORDER BY "order", id) - 1)::int AS bit FROM principles
    ), course_mask AS (
      SELECT r.parent_id AS course_id, bit_or(1::bigint << b.bit) AS mask
      FROM training_courses_rels r JOIN bits b ON b.id = r.principles_id
      WHERE r.path = 'principles' AND b.bit < 63
      GROUP BY r.parent_id
    ), staff_mask AS (
      SELECT a.staff_member_id, bit_or(cm.mask) AS mask
      FROM attendances a JOIN training_sessions s ON s.id = a.session_id JOIN course_mask cm ON cm.course_id = s.course_id
      WHERE a.status = 'attended'
      GROUP BY a.staff_member_id
    ), setting_mask AS (
      SELECT st.setting_id, coalesce(m.mask, 0) AS mask, count(*)::int AS n
      FROM staff_members st LEFT JOIN staff_mask m ON m.staff_member_id = st.id
      WHERE st.active = true
      GROUP BY st.setting_id, coalesce(m.mask, 0)
    )
    SELECT sm.setting_id, b.id AS principle, sum(sm.n)::int AS staff, sum(sm.n) FILTER (WHERE sm.mask & (1::bigint << b.bit) <> 0)::int AS trained
    FROM setting_mask sm CROSS JOIN bits b
    GROUP BY sm.setting_id, b.id`)
  const facts: CountyTraining = { staff: new Map(), trained: new Map() }
  for (const r of rows as { setting_id: number; principle: number; staff: number; trained: number | null }[]) {
    facts.staff.set(Number(r.setting_id), Number(r.staff))
    facts.trained.set(`${r.setting_id}:${r.principle}`, Number(r.trained ?? 0))
  }
  return facts
}

/** Everything /training shows, in three queries run side by side (and the county's shares, kept a few minutes). */
export async function trainingDashboard(payload: Payload, settingId: number): Promise<TrainingDashboard> {
  const [principleRows, staffRows, countyRows, sessions] = await Promise.all([
    // The principles, the setting's latest self-assessment band of each, and the Hub options in force.
    db(payload).execute(sql`
      WITH latest AS (
        SELECT results FROM assessments WHERE setting_id = ${settingId} AND status = 'submitted' ORDER BY submitted_at DESC, id DESC LIMIT 1
      ), rags AS (
        SELECT (e->>'principle')::int AS principle, e->>'rag' AS rag
        FROM latest CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(latest.results->'principles') = 'array' THEN latest.results->'principles' ELSE '[]'::jsonb END) e
        WHERE (e->>'principle') ~ '^[0-9]+$'
      )
      SELECT p.id, p."order"::int AS "order", p.label, rags.rag,
        (SELECT benchmark_minimum::int FROM hub_options LIMIT 1) AS benchmark_minimum,
        (SELECT champion_threshold::int FROM hub_options LIMIT 1) AS champion_threshold
      FROM principles p LEFT JOIN rags ON rags.principle = p.id
      ORDER BY p."order"`),
    // The active staff: sessions attended, principles trained in, upcoming bookings.
    db(payload).execute(sql`
      SELECT sm.id, sm.name, sm.job_role, sm.champion, sm.champion_since,
        coalesce(att.attended, 0) AS attended, coalesce(tr.principles, '{}') AS principles, coalesce(bk.upcoming, 0) AS upcoming
      FROM staff_members sm
      LEFT JOIN (
        SELECT staff_member_id, count(*)::int AS attended FROM attendances WHERE setting_id = ${settingId} AND status = 'attended' GROUP BY staff_member_id
      ) att ON att.staff_member_id = sm.id
      LEFT JOIN (
        SELECT a.staff_member_id, array_agg(DISTINCT r.principles_id) AS principles
        FROM attendances a JOIN training_sessions s ON s.id = a.session_id
          JOIN training_courses_rels r ON r.parent_id = s.course_id AND r.path = 'principles' AND r.principles_id IS NOT NULL
        WHERE a.setting_id = ${settingId} AND a.status = 'attended'
        GROUP BY a.staff_member_id
      ) tr ON tr.staff_member_id = sm.id
      LEFT JOIN (
        SELECT a.staff_member_id, count(*)::int AS upcoming
        FROM attendances a JOIN training_sessions s ON s.id = a.session_id
        WHERE a.setting_id = ${settingId} AND a.status IN ('booked', 'waitlisted') AND s.status = 'scheduled' AND s.starts_at > now()
        GROUP BY a.staff_member_id
      ) bk ON bk.staff_member_id = sm.id
      WHERE sm.setting_id = ${settingId} AND sm.active = true
      ORDER BY sm.name, sm.id`),
    countyTraining(payload),
    upcomingSessions(payload, settingId),
  ])

  const pRows = principleRows.rows as {
    id: number
    order: number
    label: string
    rag: string | null
    benchmark_minimum: number | null
    champion_threshold: number | null
  }[]
  const principles = pRows.map((p) => ({ id: Number(p.id), order: Number(p.order), label: p.label }))
  const benchmarkMinimum = Number(pRows[0]?.benchmark_minimum ?? 5)
  const threshold = championThreshold(pRows[0]?.champion_threshold ?? undefined)
  const staff: StaffTraining[] = (staffRows.rows as Record<string, unknown>[]).map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    jobRole: (r.job_role as string | null) || null,
    champion: r.champion === true,
    championSince: r.champion_since ? iso(r.champion_since) : null,
    attended: Number(r.attended),
    principles: ((r.principles as number[] | null) ?? []).map(Number),
    upcoming: Number(r.upcoming),
  }))
  const county = otherSettingsShares(countyRows, settingId)
  const facts: PrincipleTraining[] = pRows.map((p) => {
    const c = county.get(Number(p.id))
    return {
      principle: Number(p.id),
      order: Number(p.order),
      label: p.label,
      trained: staff.filter((s) => s.principles.includes(Number(p.id))).length,
      rag: isRag(p.rag) ? p.rag : null,
      county: c ? { sum: Number(c.sum), contributors: Number(c.contributors) } : null,
    }
  })
  const gaps = rankSkillGaps({ staff: staff.length, principles: facts, benchmarkMinimum })
  return {
    principles,
    staff,
    threshold,
    benchmarkMinimum,
    gaps,
    sessions: sessionsForGaps(sessions, gaps),
    figures: {
      activeStaff: staff.length,
      trained: staff.filter((s) => s.principles.length > 0).length,
      champions: staff.filter((s) => s.champion).length,
      upcomingBookings: staff.reduce((n, s) => n + s.upcoming, 0),
    },
  }
}

export interface TrainingSummary {
  activeStaff: number
  trained: number
  champions: number
  upcomingBookings: number
}

/** The dashboard card's one line: one query. */
export async function trainingSummary(payload: Payload, settingId: number): Promise<TrainingSummary> {
  const { rows } = await db(payload).execute(sql`
    SELECT count(*)::int AS active_staff, count(*) FILTER (WHERE sm.champion)::int AS champions,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attendances a WHERE a.staff_member_id = sm.id AND a.status = 'attended'))::int AS trained,
      (SELECT count(*)::int FROM attendances a JOIN training_sessions s ON s.id = a.session_id
          JOIN staff_members m ON m.id = a.staff_member_id AND m.active = true
        WHERE a.setting_id = ${settingId} AND a.status IN ('booked', 'waitlisted') AND s.status = 'scheduled' AND s.starts_at > now()) AS upcoming
    FROM staff_members sm WHERE sm.setting_id = ${settingId} AND sm.active = true`)
  const r = rows[0] as { active_staff: number; champions: number; trained: number; upcoming: number }
  return { activeStaff: r.active_staff, trained: r.trained, champions: r.champions, upcomingBookings: r.upcoming }
}

/** "12 of 24 staff trained · 2 champions · 3 upcoming bookings". */
export function summaryLine(s: TrainingSummary): string {
  if (s.activeStaff === 0) return 'Add your staff to see their training and book sessions.'
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  return `${s.trained} of ${s.activeStaff} staff trained · ${plural(s.champions, 'champion', 'champions')} · ${plural(s.upcomingBookings, 'upcoming booking', 'upcoming bookings')}`
}
