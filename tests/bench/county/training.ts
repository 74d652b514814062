/**
 * The county's training: about two years of sessions of the seed catalogue (and a term ahead), a staff list for every
 * setting (20–60 people; the benchmark's setting exactly 60 with over 400 bookings), their bookings with every status,
 * and champions as the champion rule decides them from the registers — planned in memory from the seed, then
 * written with bulk SQL.
 */
import type pg from 'pg'

import { courses } from '@/seed/content/training'
import { decideChampion } from '@/training/champions'

import { insertRows, resetSequence } from './bulk'
import type { CountyPlan } from './plan'
import { progress } from './progress'
import type { Random } from './random'
import { FIRST_NAMES, SURNAMES } from './vocabulary'

const DAY = 86_400_000
export const TRAINING_SIZE = {
  staffMin: 20,
  staffMax: 60,
  /** The setting the /training benchmark reads: exactly this many staff, at least `benchAttendances` bookings. */
  benchStaff: 60,
  benchAttendances: 420,
  daysBack: 730,
  daysAhead: 90,
  sessionsPerWeekday: 2,
  threshold: 3,
}

const JOB_ROLES = [
  'Class teacher',
  'Teaching assistant',
  'Learning mentor',
  'Pastoral lead',
  'SENCo',
  'Head of year',
  'Lunchtime supervisor',
  'Office manager',
  'Deputy headteacher',
  'Personal tutor',
  'Designated safeguarding lead',
  'PSHE lead',
]
const VENUES = ['County Education Centre, Preston', 'The Learning Hub, Burnley', 'Faculty of Health and Medicine, Lancaster', 'Civic Centre, Chorley']

export interface PlannedStaff {
  id: number
  settingId: number
  name: string
  jobRole: string
  email: string | null
  active: boolean
  createdAt: Date
  attended: number
  champion: boolean
  championSince: Date | null
}

export interface PlannedSession {
  id: number
  course: string
  startsAt: Date
  endsAt: Date
  mode: 'in-person' | 'online'
  venue: string | null
  capacity: number
  waitingListSize: number
  status: 'scheduled' | 'completed' | 'cancelled'
  trainerId: number
}

export type PlannedStatus = 'booked' | 'waitlisted' | 'apologies' | 'cancelled' | 'attended' | 'absent'
export interface PlannedAttendance {
  id: number
  sessionId: number
  staffId: number
  settingId: number
  status: PlannedStatus
  bookedBy: number
  bookedAt: Date
  waitlistedAt: Date | null
  markedBy: number | null
  markedAt: Date | null
}

export interface TrainingPlan {
  benchSettingId: number
  staff: PlannedStaff[]
  sessions: PlannedSession[]
  attendances: PlannedAttendance[]
}

/** The benchmark's setting: the first primary school (a stable choice for a given seed). */
export const benchSetting = (plan: CountyPlan) => plan.settings.find((s) => s.type === 'primary')!

export function planTraining(r: Random, plan: CountyPlan): TrainingPlan {
  const today = plan.today
  const bench = benchSetting(plan)
  const trainers = plan.users.filter((u) => u.role === 'service-staff' || u.role === 'service-admin').map((u) => u.id)
  const leadOf = new Map(plan.users.filter((u) => u.role === 'setting-lead').map((u) => [u.settingId!, u.id]))

  const staff: PlannedStaff[] = []
  for (const s of plan.settings) {
    const n = s.id === bench.id ? TRAINING_SIZE.benchStaff : r.int(TRAINING_SIZE.staffMin, TRAINING_SIZE.staffMax)
    for (let i = 0; i < n; i++) {
      const name = `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`
      staff.push({
        id: staff.length + 1,
        settingId: s.id,
        name,
        jobRole: r.pick(JOB_ROLES),
        email: r.chance(0.3) ? `staff${staff.length + 1}@setting${s.id}.county.example.org` : null,
        active: s.id === bench.id || r.chance(0.92),
        createdAt: new Date(today.getTime() - r.int(30, 800) * DAY),
        attended: 0,
        champion: false,
        championSince: null,
      })
    }
  }

  const sessions: PlannedSession[] = []
  for (let d = -TRAINING_SIZE.daysBack; d <= TRAINING_SIZE.daysAhead; d++) {
    const day = new Date(today.getTime() + d * DAY)
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue
    for (let k = 0; k < TRAINING_SIZE.sessionsPerWeekday; k++) {
      const course = r.pick(courses)
      const online = course.format === 'online' || (course.format === 'blended' && r.chance(0.5))
      const startsAt = new Date(day.getTime() + (k === 0 ? 9 : 13) * 3_600_000 + (r.chance(0.5) ? 30 * 60_000 : 0))
      sessions.push({
        id: sessions.length + 1,
        course: course.key,
        startsAt,
        endsAt: new Date(startsAt.getTime() + course.durationMinutes * 60_000),
        mode: online ? 'online' : 'in-person',
        venue: online ? null : r.pick(VENUES),
        capacity: online ? r.int(25, 40) : r.int(12, 30),
        waitingListSize: r.int(4, 10),
        status: r.chance(0.03) ? 'cancelled' : d < 0 ? 'completed' : 'scheduled',
        trainerId: r.pick(trainers),
      })
    }
  }

  const attendances: PlannedAttendance[] = []
  const taken = new Set<string>()
  const places = new Map<number, { booked: number; waiting: number }>()
  const staffBySetting = new Map<number, PlannedStaff[]>()
  for (const m of staff) staffBySetting.set(m.settingId, [...(staffBySetting.get(m.settingId) ?? []), m])
  const active = staff.filter((m) => m.active)

  /** A booking as the rules would have stored it: a place while there is one, then the waiting list, then refused. */
  const book = (session: PlannedSession, member: PlannedStaff): boolean => {
    const key = `${session.id}:${member.id}`
    if (taken.has(key)) return false
    const count = places.get(session.id) ?? { booked: 0, waiting: 0 }
    const past = session.startsAt.getTime() < today.getTime()
    let status: PlannedStatus
    if (count.booked < session.capacity) {
      count.booked++
      if (session.status === 'cancelled') status = 'cancelled'
      else if (past)
        status = r.weighted([
          ['attended', 84],
          ['absent', 8],
          ['apologies', 8],
        ] as const)
      else status = r.chance(0.06) ? 'apologies' : 'booked'
      if (status === 'apologies') count.booked--
    } else if (!past && count.waiting < session.waitingListSize) {
      count.waiting++
      status = 'waitlisted'
    } else return false
    places.set(session.id, count)
    taken.add(key)
    const bookedAt = new Date(session.startsAt.getTime() - r.int(3, 40) * DAY)
    const marked = status === 'attended' || status === 'absent'
    attendances.push({
      id: attendances.length + 1,
      sessionId: session.id,
      staffId: member.id,
      settingId: member.settingId,
      status,
      bookedBy: leadOf.get(member.settingId)!,
      bookedAt,
      waitlistedAt: status === 'waitlisted' ? bookedAt : null,
      markedBy: marked ? session.trainerId : null,
      markedAt: marked ? new Date(session.endsAt.getTime() + r.int(10, 120) * 60_000) : null,
    })
    return true
  }

  // The benchmark's setting first: every one of its 60 staff on seven sessions (420 bookings).
  const benchStaff = staffBySetting.get(bench.id)!
  const open = sessions.filter((s) => s.status !== 'cancelled')
  for (const member of benchStaff) {
    let booked = 0
    while (booked < TRAINING_SIZE.benchAttendances / TRAINING_SIZE.benchStaff) if (book(r.pick(open), member)) booked++
  }
  // Then the county: each session filled to 50–100 % of its places by staff of any setting, upcoming ones beyond.
  const fill = progress('training sessions', sessions.length)
  for (const session of sessions) {
    const future = session.startsAt.getTime() > today.getTime()
    const target = Math.round(session.capacity * (future ? r.next() * 1.3 : 0.5 + r.next() * 0.5))
    for (let tries = 0, n = 0; n < target && tries < target * 3; tries++) if (book(session, r.pick(active))) n++
    fill.tick(1)
  }
  fill.done()

  // Champions, as the rule decides them register by register in the order the marks were made.
  const byId = new Map(staff.map((m) => [m.id, m]))
  for (const a of attendances.filter((x) => x.status === 'attended').sort((x, y) => x.markedAt!.getTime() - y.markedAt!.getTime())) {
    const m = byId.get(a.staffId)!
    m.attended++
    const decision = decideChampion(
      m.attended,
      TRAINING_SIZE.threshold,
      { champion: m.champion, championSince: m.championSince?.toISOString() ?? null },
      a.markedAt!.toISOString(),
    )
    m.champion = decision.champion
    m.championSince = decision.championSince ? new Date(decision.championSince) : null
  }
  return { benchSettingId: bench.id, staff, sessions, attendances }
}

/** Writes the plan (the catalogue is already in, by the Local API: `courseIds` by key). */
export async function loadTraining(client: pg.ClientBase, training: TrainingPlan, courseIds: Map<string, number>, today: Date): Promise<void> {
  await client.query('BEGIN')
  try {
    await insertRows(
      client,
      'staff_members',
      ['id', 'name', 'job_role', 'email', 'active', 'setting_id', 'champion', 'champion_since', 'sessions_attended', 'updated_at', 'created_at'],
      training.staff.map((m) => [m.id, m.name, m.jobRole, m.email, m.active, m.settingId, m.champion, m.championSince, m.attended, today, m.createdAt]),
    )
    await insertRows(
      client,
      'training_sessions',
      [
        'id',
        'course_id',
        'starts_at',
        'ends_at',
        'mode',
        'venue',
        'joining_link',
        'capacity',
        'waiting_list_size',
        'status',
        'trainer_id',
        'updated_at',
        'created_at',
      ],
      training.sessions.map((s) => [
        s.id,
        courseIds.get(s.course)!,
        s.startsAt,
        s.endsAt,
        s.mode,
        s.venue,
        s.mode === 'online' ? `https://meet.example.org/county-${s.id}` : null,
        s.capacity,
        s.waitingListSize,
        s.status,
        s.trainerId,
        s.startsAt,
        new Date(s.startsAt.getTime() - 60 * DAY),
      ]),
    )
    const bar = progress('attendances', training.attendances.length)
    await insertRows(
      client,
      'attendances',
      [
        'id',
        'session_id',
        'staff_member_id',
        'setting_id',
        'status',
        'booked_by_id',
        'booked_at',
        'waitlisted_at',
        'status_changed_by_id',
        'status_changed_at',
        'marked_by_id',
        'marked_at',
        'updated_at',
        'created_at',
      ],
      training.attendances.map((a) => [
        a.id,
        a.sessionId,
        a.staffId,
        a.settingId,
        a.status,
        a.bookedBy,
        a.bookedAt,
        a.waitlistedAt,
        a.markedBy ?? a.bookedBy,
        a.markedAt ?? a.bookedAt,
        a.markedBy,
        a.markedAt,
        a.markedAt ?? a.bookedAt,
        a.bookedAt,
      ]),
      { bar },
    )
    bar.done()
    for (const table of ['staff_members', 'training_sessions', 'attendances']) await resetSequence(client, table)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}
