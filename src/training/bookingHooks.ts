/**
 * The booking rules' shell: the hooks of `attendances`, `training-sessions` and `staff-members` that run the pure
 * rules (capacity.ts, transitions.ts, champions.ts) inside the write's own transaction, with the session's row (or
 * the staff member's) locked so that concurrent writers take turns. Every email is queued in that transaction.
 */
import { sql } from '@payloadcms/db-postgres'
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  Forbidden,
  type PayloadRequest,
} from 'payload'

import { actorOf, idOf, isServiceUser, sameId, settingOf } from '@/access'
import { recomputeAwardSoon } from '@/awards/deferred'
import { lockRow, transactionDb } from '@/db/lockRow'
import { queueEmail } from '@/email/queueEmail'
import { settingLeadEmails } from '@/email/recipients'
import {
  apologiesEmail,
  bookingCancelledEmail,
  bookingConfirmedEmail,
  championAwardedEmail,
  championWithdrawnEmail,
  promotedEmail,
  reminderEmail,
  sessionCancelledEmail,
  type SessionFacts,
  waitlistedEmail,
} from '@/email/trainingEmails'
import type { Attendance, StaffMember, TrainingSession } from '@/payload-types'

import { type CalendarMethod, sessionCalendar } from './calendar'
import { capacityProblem, placeFor, promotionsFor } from './capacity'
import { championThreshold, decideChampion } from './champions'
import { type AttendanceStatus, LIVE } from './statuses'
import { hasStarted, sessionWhen } from './time'
import { refusalOf } from './transitions'

/** Writes made by the rules themselves (promotion, cancellation, erasure, seed data): the hooks let them through. */
export const TRAINING_SYSTEM = 'trainingSystemWrite'
const SYSTEM = { overrideAccess: true, depth: 0, context: { [TRAINING_SYSTEM]: true } } as const
/**
 * The rules' reads carry no context: Payload merges a nested call's context into the request's own, so a read made
 * with TRAINING_SYSTEM would mark the user's write that is still under way as the system's, and its afterChange
 * would skip the confirmation email and the champion rule.
 */
const READ = { overrideAccess: true, depth: 0 } as const

/**
 * A write of the rules themselves, with TRAINING_SYSTEM for its own hooks only: the request's context is put back
 * afterwards, so that a later write of the user in the same request (a form that sends apologies for two people) is
 * still judged by the rules.
 */
async function asSystem<T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> {
  const before = req.context
  try {
    return await write()
  } finally {
    req.context = before
  }
}

const conflict = (message: string) => new APIError(message, 409, undefined, true)
const unprocessable = (message: string, field?: string) => new APIError(message, 422, field ? { field } : undefined, true)

// ─── what the rules read ────────────────────────────────────────────────────────────────────────────────────────────

async function loadSession(req: PayloadRequest, id: number | string): Promise<TrainingSession | null> {
  return (await req.payload.findByID({ collection: 'training-sessions', id, req, ...READ, disableErrors: true })) as TrainingSession | null
}

async function loadStaffMember(req: PayloadRequest, id: number | string): Promise<StaffMember | null> {
  return (await req.payload.findByID({ collection: 'staff-members', id, req, ...READ, disableErrors: true })) as StaffMember | null
}

/** How many bookings of the session hold a place and how many wait (in the transaction, after the session's lock). */
async function placesTaken(req: PayloadRequest, sessionId: number | string, except?: number | string): Promise<{ booked: number; waitlisted: number }> {
  const db = await transactionDb(req)
  const { rows } = await db.execute(sql`
    SELECT count(*) FILTER (WHERE status = 'booked')::int AS booked, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
    FROM attendances WHERE session_id = ${Number(sessionId)} AND id <> ${Number(except ?? 0)}`)
  const row = rows[0] as { booked: number; waitlisted: number } | undefined
  return { booked: row?.booked ?? 0, waitlisted: row?.waitlisted ?? 0 }
}

/** The session's title: its own, or the course's with the date. */
export async function sessionTitle(req: PayloadRequest, session: TrainingSession): Promise<string> {
  if (session.title) return session.title
  const course = await req.payload.findByID({
    collection: 'training-courses',
    id: idOf(session.course)!,
    req,
    ...READ,
    disableErrors: true,
    select: { title: true },
  })
  return course?.title ?? 'Training session'
}

async function sessionFacts(req: PayloadRequest, session: TrainingSession): Promise<SessionFacts> {
  const where = session.mode === 'online' ? 'Online: the joining link is on the Hub.' : `Venue: ${(session.venue ?? '').replace(/\s*\n\s*/g, ', ')}`
  return { id: session.id, title: await sessionTitle(req, session), when: sessionWhen(session.startsAt, session.endsAt), where }
}

function calendarFor(facts: SessionFacts, session: TrainingSession, attendanceId: number | string, method: CalendarMethod) {
  return sessionCalendar(
    {
      id: session.id,
      title: facts.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      location: session.mode === 'online' ? 'Online' : (session.venue ?? '').replace(/\s*\n\s*/g, ', '),
      description: `${facts.title}. ${facts.where} Bookings and apologies: the Training Dashboard of the Compassionate Schools Hub.`,
    },
    attendanceId,
    method,
  )
}

/** The people an email about a booking goes to: the setting's leads, and the staff member when they gave an email. */
async function bookingRecipients(req: PayloadRequest, staff: StaffMember): Promise<string> {
  return recipients(await settingLeadEmails(req, idOf(staff.setting)!), staff)
}

const recipients = (leads: string[], staff: StaffMember): string => [...new Set([...leads, ...(staff.email ? [staff.email] : [])])].join(', ')

async function settingName(req: PayloadRequest, setting: unknown): Promise<string> {
  const doc = await req.payload.findByID({ collection: 'settings', id: idOf(setting)!, req, ...READ, disableErrors: true, select: { name: true } })
  return doc?.name ?? 'your setting'
}

type BookingEmail = 'confirmed' | 'waitlisted' | 'promoted' | 'apologies' | 'cancelled'

/** Queues the email about one booking, with its calendar invitation or cancellation. */
async function emailAboutBooking(req: PayloadRequest, kind: BookingEmail, attendance: Attendance, session: TrainingSession): Promise<void> {
  const staff = await loadStaffMember(req, idOf(attendance.staffMember)!)
  if (!staff) return
  const to = await bookingRecipients(req, staff)
  if (!to) return
  const facts = await sessionFacts(req, session)
  const name = await settingName(req, staff.setting)
  if (kind === 'waitlisted') {
    const position = await waitingPosition(req, attendance)
    await queueEmail(req, { to, ...waitlistedEmail(facts, staff.name, name, position) })
    return
  }
  const content = {
    confirmed: bookingConfirmedEmail,
    promoted: promotedEmail,
    apologies: apologiesEmail,
    cancelled: bookingCancelledEmail,
  }[kind](facts, staff.name, name)
  const method: CalendarMethod = kind === 'confirmed' || kind === 'promoted' ? 'REQUEST' : 'CANCEL'
  await queueEmail(req, { to, ...content, calendar: calendarFor(facts, session, attendance.id, method) })
}

async function waitingPosition(req: PayloadRequest, attendance: Attendance): Promise<number> {
  const db = await transactionDb(req)
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS ahead FROM attendances
    WHERE session_id = ${Number(idOf(attendance.session))} AND status = 'waitlisted'
      AND (waitlisted_at < ${attendance.waitlistedAt} OR (waitlisted_at = ${attendance.waitlistedAt} AND id < ${Number(attendance.id)}))`)
  return ((rows[0] as { ahead: number } | undefined)?.ahead ?? 0) + 1
}

// ─── attendances ────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Before a booking is stored: a new one is placed (a place, the waiting list, or 409 when both are full); a change of
 * status is allowed only to whom and when transitions.ts says. The session's row is locked first, so concurrent
 * bookings count the places one after the other.
 */
export const placeBooking: CollectionBeforeChangeHook<Attendance> = async ({ data, req, operation, originalDoc, context }) => {
  if (context[TRAINING_SYSTEM]) return data
  const actor = actorOf(req)
  if (!actor) throw new Forbidden(req.t)
  const now = new Date().toISOString()

  if (operation === 'create') {
    const staffId = idOf(data.staffMember)
    const sessionId = idOf(data.session)
    const staff = staffId === null ? null : await loadStaffMember(req, staffId)
    if (!staff) throw unprocessable('Choose a member of your staff to book.', 'staffMember')
    if (!isServiceUser(req) && !sameId(staff.setting, settingOf(actor))) throw new Forbidden(req.t)
    if (staff.active === false) throw unprocessable(`${staff.name} is no longer on your active staff list, so cannot be booked.`, 'staffMember')
    if (sessionId === null) throw unprocessable('Choose the session to book.', 'session')
    await lockRow(req, 'training_sessions', sessionId)
    const session = await loadSession(req, sessionId)
    if (!session) throw unprocessable('That session does not exist.', 'session')
    if (session.status !== 'scheduled') throw conflict(`This session is ${session.status === 'cancelled' ? 'cancelled' : 'over'}: it cannot be booked.`)
    if (hasStarted(session.startsAt)) throw conflict('This session has started: it can no longer be booked.')
    const existing = await req.payload.find({
      collection: 'attendances',
      where: { and: [{ session: { equals: sessionId } }, { staffMember: { equals: staffId } }] },
      req,
      ...READ,
      limit: 1,
    })
    if (existing.docs.length) {
      const status = existing.docs[0].status
      throw conflict(
        status === 'booked' || status === 'waitlisted'
          ? `${staff.name} is already ${status === 'booked' ? 'booked on' : 'on the waiting list of'} this session.`
          : `${staff.name} already has a booking on this session (${status}). Book them again from the session’s page.`,
      )
    }
    const placement = placeFor({ capacity: session.capacity, waitingListSize: session.waitingListSize, ...(await placesTaken(req, sessionId)) })
    if (placement === 'full') throw conflict(`This session is full and its waiting list (${session.waitingListSize} places) is full too.`)
    return {
      ...data,
      setting: idOf(staff.setting) as number,
      status: placement,
      bookedBy: actor.id as number,
      bookedAt: now,
      waitlistedAt: placement === 'waitlisted' ? now : null,
      statusChangedBy: actor.id as number,
      statusChangedAt: now,
    }
  }

  const from = originalDoc?.status as AttendanceStatus | undefined
  const to = (data.status ?? from) as AttendanceStatus | undefined
  if (!from || !to || from === to) return data
  const sessionId = idOf(originalDoc?.session)!
  await lockRow(req, 'training_sessions', sessionId)
  const session = await loadSession(req, sessionId)
  if (!session) throw conflict('This booking’s session no longer exists.')
  const side = isServiceUser(req) ? 'service' : 'setting'
  const refusal = refusalOf({ side, from, to, started: hasStarted(session.startsAt), scheduled: session.status === 'scheduled' })
  if (refusal) throw refusal.status === 403 ? new APIError(refusal.message, 403, undefined, true) : conflict(refusal.message)
  const changed = { ...data, statusChangedBy: actor.id as number, statusChangedAt: now }
  if (side === 'setting' && (to === 'booked' || to === 'waitlisted')) {
    // Booking again after apologies: a place if one is free, else the end of the waiting list.
    const placement = placeFor({
      capacity: session.capacity,
      waitingListSize: session.waitingListSize,
      ...(await placesTaken(req, sessionId, originalDoc!.id)),
    })
    if (placement === 'full') throw conflict(`This session is full and its waiting list (${session.waitingListSize} places) is full too.`)
    return { ...changed, status: placement, bookedBy: actor.id as number, bookedAt: now, waitlistedAt: placement === 'waitlisted' ? now : null }
  }
  if (to === 'attended' || to === 'absent') return { ...changed, markedBy: actor.id as number, markedAt: now }
  if (to === 'booked' && (from === 'attended' || from === 'absent')) return { ...changed, markedBy: actor.id as number, markedAt: now }
  return changed
}

/**
 * After a booking is stored (same transaction): its email; a place it freed goes to the waiting list; a change to
 * attendance recomputes the staff member's champion status.
 */
export const afterAttendanceChange: CollectionAfterChangeHook<Attendance> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context[TRAINING_SYSTEM]) return doc
  const from = operation === 'create' ? null : (previousDoc?.status as AttendanceStatus)
  const to = doc.status as AttendanceStatus
  if (from === to) return doc
  const session = await loadSession(req, idOf(doc.session)!)
  if (!session) return doc
  if (to === 'booked' && (from === null || from === 'apologies')) await emailAboutBooking(req, 'confirmed', doc, session)
  if (to === 'waitlisted' && (from === null || from === 'apologies')) await emailAboutBooking(req, 'waitlisted', doc, session)
  if (to === 'apologies') await emailAboutBooking(req, 'apologies', doc, session)
  if (to === 'cancelled') await emailAboutBooking(req, 'cancelled', doc, session)
  if (from === 'booked' && (to === 'apologies' || to === 'cancelled')) await promoteWaiting(req, session)
  if ((from === 'attended') !== (to === 'attended')) {
    await recomputeChampion(req, idOf(doc.staffMember)!)
    // Staff trained count towards the award.
    await recomputeAwardSoon(req, Number(idOf(doc.setting)))
  }
  return doc
}

/**
 * Gives the session's free places to its waiting list, first come first served, and emails each promoted setting.
 * Call with the session's row locked (in the transaction of the change that freed the places).
 */
export async function promoteWaiting(req: PayloadRequest, session: TrainingSession): Promise<Attendance[]> {
  if (session.status !== 'scheduled' || hasStarted(session.startsAt)) return []
  const { booked } = await placesTaken(req, session.id)
  const waiting = await req.payload.find({
    collection: 'attendances',
    where: { and: [{ session: { equals: session.id } }, { status: { equals: 'waitlisted' } }] },
    req,
    ...READ,
    pagination: false,
  })
  const promoted: Attendance[] = []
  const now = new Date().toISOString()
  for (const entry of promotionsFor({ capacity: session.capacity, booked }, waiting.docs)) {
    const doc = (await asSystem(req, () =>
      req.payload.update({
        collection: 'attendances',
        id: entry.id,
        req,
        ...SYSTEM,
        data: { status: 'booked', statusChangedAt: now, statusChangedBy: null },
      }),
    )) as Attendance
    await emailAboutBooking(req, 'promoted', doc, session)
    promoted.push(doc)
  }
  return promoted
}

/**
 * The champion rule for one staff member, after a change to their attendance: their row is locked, so concurrent
 * register marks take turns and exactly one of them sees the threshold crossed (one email per change).
 */
export async function recomputeChampion(req: PayloadRequest, staffId: number | string, thresholdInForce?: number): Promise<void> {
  await lockRow(req, 'staff_members', staffId)
  const staff = await loadStaffMember(req, staffId)
  if (!staff) return
  const db = await transactionDb(req)
  const { rows } = await db.execute(sql`SELECT count(*)::int AS attended FROM attendances WHERE staff_member_id = ${Number(staffId)} AND status = 'attended'`)
  const attended = (rows[0] as { attended: number } | undefined)?.attended ?? 0
  const threshold = thresholdInForce ?? (await championThresholdInForce(req))
  const decision = decideChampion(attended, threshold, { champion: !!staff.champion, championSince: staff.championSince ?? null }, new Date().toISOString())
  if (decision.champion !== !!staff.champion || decision.championSince !== (staff.championSince ?? null) || attended !== staff.sessionsAttended) {
    await asSystem(req, () =>
      req.payload.update({
        collection: 'staff-members',
        id: staff.id,
        req,
        ...SYSTEM,
        data: { champion: decision.champion, championSince: decision.championSince, sessionsAttended: attended },
      }),
    )
  }
  if (!decision.change) return
  const name = await settingName(req, staff.setting)
  if (decision.change === 'awarded') {
    const to = await bookingRecipients(req, staff)
    if (to) await queueEmail(req, { to, ...championAwardedEmail(staff.name, name, attended) })
  } else {
    const leads = await settingLeadEmails(req, idOf(staff.setting)!)
    if (leads.length) await queueEmail(req, { to: leads.join(', '), ...championWithdrawnEmail(staff.name, name, attended, threshold) })
  }
}

/** The champion threshold in Hub options (a system read: the rule's own setting). */
export async function championThresholdInForce(req: PayloadRequest): Promise<number> {
  const options = await req.payload.findGlobal({ slug: 'hub-options', req, overrideAccess: true, depth: 0, select: { championThreshold: true } })
  return championThreshold(options.championThreshold)
}

// ─── sessions ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** A session's capacity never drops below its booked places (409 saying how many are booked). */
export const refuseUnsafeSessionChange: CollectionBeforeChangeHook<TrainingSession> = async ({ data, req, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  await lockRow(req, 'training_sessions', originalDoc.id)
  if (data.capacity !== undefined && data.capacity !== originalDoc.capacity) {
    const { booked } = await placesTaken(req, originalDoc.id)
    const problem = capacityProblem(data.capacity, booked)
    if (problem) throw booked > 0 && typeof data.capacity === 'number' && data.capacity >= 1 ? conflict(problem) : unprocessable(problem, 'capacity')
  }
  return data
}

/**
 * After a session changes: cancelling it cancels every live booking (each setting emailed, with the calendar
 * cancellation); more places promote the waiting list.
 */
export const onSessionChange: CollectionAfterChangeHook<TrainingSession> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  if (doc.status === 'cancelled' && previousDoc?.status !== 'cancelled') {
    await cancelBookingsOf(req, doc)
    return doc
  }
  if (doc.status === 'scheduled' && (doc.capacity > (previousDoc?.capacity ?? 0) || previousDoc?.status !== 'scheduled')) await promoteWaiting(req, doc)
  return doc
}

async function cancelBookingsOf(req: PayloadRequest, session: TrainingSession): Promise<void> {
  const live = await req.payload.find({
    collection: 'attendances',
    where: { and: [{ session: { equals: session.id } }, { status: { in: [...LIVE] } }] },
    req,
    ...READ,
    pagination: false,
  })
  if (!live.docs.length) return
  const now = new Date().toISOString()
  const actor = actorOf(req)
  const facts = await sessionFacts(req, session)
  // The staff in one read; each setting's leads and name once, however many of its staff were booked.
  const staffIds = [...new Set(live.docs.map((b) => idOf(b.staffMember)!))]
  const staff = await req.payload.find({ collection: 'staff-members', where: { id: { in: staffIds } }, req, ...READ, pagination: false })
  const staffById = new Map(staff.docs.map((m) => [m.id, m as StaffMember]))
  // One after the other: the transaction has one connection.
  const settings = new Map<number, { leads: string[]; name: string }>()
  const settingOfStaff = async (m: StaffMember) => {
    const id = idOf(m.setting) as number
    if (!settings.has(id)) settings.set(id, { leads: await settingLeadEmails(req, id), name: await settingName(req, id) })
    return settings.get(id)!
  }
  for (const booking of live.docs) {
    await asSystem(req, () =>
      req.payload.update({
        collection: 'attendances',
        id: booking.id,
        req,
        ...SYSTEM,
        data: { status: 'cancelled', statusChangedAt: now, statusChangedBy: (actor?.id as number) ?? null },
      }),
    )
    const member = staffById.get(idOf(booking.staffMember) as number)
    if (!member) continue
    const { leads, name } = await settingOfStaff(member)
    const to = recipients(leads, member)
    if (to) await queueEmail(req, { to, ...sessionCancelledEmail(facts, [member.name], name), calendar: calendarFor(facts, session, booking.id, 'CANCEL') })
  }
}

/** A session with bookings is never deleted: cancel it instead, so that everyone booked is told. */
export const keepSessionsWithBookings: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'attendances', where: { session: { equals: id } }, req, overrideAccess: true })
  if (totalDocs > 0) {
    throw conflict(
      `This session has ${totalDocs} booking${totalDocs === 1 ? '' : 's'}, so it cannot be deleted. Set its status to Cancelled instead: everyone booked is emailed.`,
    )
  }
}

// ─── staff members ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Deleting a staff member erases their bookings and attendance (per-setting erasure) in the same transaction; the
 * places their bookings held go to the waiting lists.
 */
export const eraseAttendanceOfStaffMember: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const rows = await req.payload.find({
    collection: 'attendances',
    where: { staffMember: { equals: id } },
    req,
    ...READ,
    pagination: false,
    select: { session: true, status: true },
  })
  if (!rows.docs.length) return
  const freed = [...new Set(rows.docs.filter((r) => r.status === 'booked').map((r) => idOf(r.session)!))]
  for (const sessionId of freed) await lockRow(req, 'training_sessions', sessionId)
  await asSystem(req, () => req.payload.delete({ collection: 'attendances', where: { staffMember: { equals: id } }, req, ...SYSTEM }))
  for (const sessionId of freed) {
    const session = await loadSession(req, sessionId)
    if (session) await promoteWaiting(req, session)
  }
}

/** The reminder email of one booking (its claim already made by the caller, in the same transaction). */
export async function remindBooking(req: PayloadRequest, attendanceId: number | string): Promise<void> {
  const attendance = (await req.payload.findByID({ collection: 'attendances', id: attendanceId, req, ...READ, disableErrors: true })) as Attendance | null
  if (!attendance) return
  const session = await loadSession(req, idOf(attendance.session)!)
  const staff = await loadStaffMember(req, idOf(attendance.staffMember)!)
  if (!session || !staff) return
  const to = await bookingRecipients(req, staff)
  if (!to) return
  const facts = await sessionFacts(req, session)
  await queueEmail(req, {
    to,
    ...reminderEmail(facts, staff.name, await settingName(req, staff.setting), session.mode === 'online' ? session.joiningLink : null),
    calendar: calendarFor(facts, session, attendance.id, 'REQUEST'),
  })
}
