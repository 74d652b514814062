/**
 * Demo training: the catalogue (published, linked from recommendations), each demo setting's staff list, past
 * sessions with their registers, and upcoming sessions booked through the booking rules as the setting leads (one
 * full, with a waiting list). The past is written as system writes (the rules refuse bookings in the past), then every
 * staff member's champion status is recomputed by the champion rule itself — never set by hand.
 */
import { createLocalReq, type Payload } from 'payload'

import { inTransaction } from '@/db/inTransaction'
import { paragraphsToRichText } from '@/richtext/plainText'
import { recomputeChampion, TRAINING_SYSTEM } from '@/training/bookingHooks'

import { courses, demoSessions, demoStaff, ONLINE_LINK, type SessionSeed } from './content/training'
import { createUnlessExists } from './createUnlessExists'

const DAY = 86_400_000
const SYSTEM = { overrideAccess: true, depth: 0, context: { [TRAINING_SYSTEM]: true } } as const

/** `hour`:00 UK time, `days` from today. */
export function ukTime(days: number, hour: number, now = new Date()): Date {
  const day = new Date(now.getTime() + days * DAY)
  const guess = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour)
  const londonHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' }).format(new Date(guess)))
  return new Date(guess - (londonHour - hour) * 3_600_000)
}

async function userByEmail(payload: Payload, email: string) {
  return (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
}

/** The service's catalogue (published), and the recommendations that point to its courses: idempotent. Course ids by key. */
export async function seedCatalogue(payload: Payload): Promise<Map<string, number>> {
  const principles = await payload.find({ collection: 'principles', limit: 20, depth: 0, overrideAccess: true })
  const principleId = new Map(principles.docs.map((p) => [p.key, p.id]))
  const courseId = new Map<string, number>()
  for (const c of courses) {
    const { id } = await createUnlessExists(payload, 'training-courses', 'key', c.key, {
      key: c.key,
      title: c.title,
      summary: c.summary,
      description: paragraphsToRichText(c.description),
      principles: c.principles.map((k) => principleId.get(k)).filter(Boolean),
      audience: c.audience,
      format: c.format,
      durationMinutes: c.durationMinutes,
      active: true,
      _status: 'published',
    })
    courseId.set(c.key, id)
  }
  const byRecommendation = new Map<string, number[]>()
  for (const c of courses) for (const key of c.recommendations) byRecommendation.set(key, [...(byRecommendation.get(key) ?? []), courseId.get(c.key)!])
  const recs = await payload.find({
    collection: 'recommendations',
    where: { key: { in: [...byRecommendation.keys()] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const rec of recs.docs) {
    if ((rec.courses ?? []).length) continue
    await payload.update({
      collection: 'recommendations',
      id: rec.id,
      data: { courses: byRecommendation.get(rec.key ?? '') ?? [] },
      overrideAccess: true,
      depth: 0,
    })
  }
  return courseId
}

export async function seedDemoTraining(payload: Payload, settingIds: Map<string, number>): Promise<void> {
  const courseId = await seedCatalogue(payload)
  const existingStaff = await payload.count({ collection: 'staff-members', where: { setting: { in: [...settingIds.values()] } }, overrideAccess: true })
  if (existingStaff.totalDocs > 0) return

  const staffId = new Map<string, number>()
  for (const [key, people] of Object.entries(demoStaff)) {
    const lead = await userByEmail(payload, `lead@${key}.example.org`)
    for (const [i, person] of people.entries()) {
      const doc = await payload.create({
        collection: 'staff-members',
        data: { ...person, setting: settingIds.get(key)! },
        user: lead,
        overrideAccess: false,
        depth: 0,
      })
      staffId.set(`${key}:${i}`, doc.id)
    }
  }

  const trainer = await userByEmail(payload, 'trainer@service.example.org')
  const admin = await userByEmail(payload, 'admin@service.example.org')
  const now = new Date()
  for (const s of demoSessions) {
    const course = courses.find((c) => c.key === s.course)!
    const startsAt = ukTime(s.inDays, s.hour, now)
    const past = s.inDays < 0
    const session = await payload.create({
      collection: 'training-sessions',
      data: {
        course: courseId.get(s.course)!,
        startsAt: startsAt.toISOString(),
        startsAt_tz: 'Europe/London',
        endsAt: new Date(startsAt.getTime() + course.durationMinutes * 60_000).toISOString(),
        endsAt_tz: 'Europe/London',
        mode: s.mode,
        venue: s.mode === 'in-person' ? s.venue : undefined,
        joiningLink: s.mode === 'online' ? ONLINE_LINK : undefined,
        capacity: s.capacity,
        waitingListSize: s.waitingListSize,
        status: past ? 'completed' : 'scheduled',
        trainer: (s.inDays % 2 === 0 ? trainer : admin)?.id,
      },
      overrideAccess: true,
      depth: 0,
    })
    if (past) await seedRegister(payload, session.id, startsAt, s, staffId, trainer?.id)
    else {
      for (const who of s.bookings ?? []) {
        const lead = await userByEmail(payload, `lead@${who.split(':')[0]}.example.org`)
        await payload.create({
          collection: 'attendances',
          data: { session: session.id, staffMember: staffId.get(who)! } as never,
          user: lead,
          overrideAccess: false,
          depth: 0,
        })
      }
    }
  }

  // Champions through the rule, from the registers just written.
  const req = await createLocalReq({}, payload)
  for (const id of staffId.values()) await inTransaction(req, () => recomputeChampion(req, id))
}

/** A past session's bookings as its register left them (system writes: the rules refuse bookings in the past). */
async function seedRegister(payload: Payload, sessionId: number, startsAt: Date, s: SessionSeed, staffId: Map<string, number>, trainerId?: number) {
  const bookedAt = new Date(startsAt.getTime() - 21 * DAY).toISOString()
  const markedAt = new Date(startsAt.getTime() + 3 * 3_600_000).toISOString()
  const marks: [string, 'attended' | 'absent' | 'apologies'][] = [
    ...(s.attended ?? []).map((w) => [w, 'attended'] as [string, 'attended']),
    ...(s.absent ?? []).map((w) => [w, 'absent'] as [string, 'absent']),
    ...(s.apologies ?? []).map((w) => [w, 'apologies'] as [string, 'apologies']),
  ]
  for (const [who, status] of marks) {
    const [key] = who.split(':')
    const lead = await userByEmail(payload, `lead@${key}.example.org`)
    const staff = await payload.findByID({ collection: 'staff-members', id: staffId.get(who)!, overrideAccess: true, depth: 0 })
    await payload.create({
      collection: 'attendances',
      data: {
        session: sessionId,
        staffMember: staff.id,
        setting: staff.setting as number,
        status,
        bookedBy: lead?.id,
        bookedAt,
        statusChangedBy: status === 'apologies' ? lead?.id : trainerId,
        statusChangedAt: status === 'apologies' ? new Date(startsAt.getTime() - 2 * DAY).toISOString() : markedAt,
        ...(status === 'apologies' ? {} : { markedBy: trainerId, markedAt }),
      },
      ...SYSTEM,
    })
  }
}
