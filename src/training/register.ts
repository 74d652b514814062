/**
 * The attendance register of a session: read as the signed-in service user for the admin panel's register and
 * sign-in sheet, and marked in one submission — every mark through the booking hooks as that user (who may mark,
 * and not before the start), all in one transaction: any refusal stores nothing.
 */
import { APIError, Forbidden, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { actingUser, type HubUser, idOf, isServiceRole } from '@/access'
import { holdingAwardRecomputes } from '@/awards/deferred'
import { inTransaction } from '@/db/inTransaction'
import type { Attendance, Setting, StaffMember, TrainingCourse, TrainingSession } from '@/payload-types'

import { foreignMark, parseMarks, registerSections } from './registerRules'
import type { AttendanceStatus } from './statuses'

export const REGISTER_PATH = '/register'
export const REGISTERS_PATH = '/registers'

/** Service admins and service staff (trainers) keep registers; nobody else. */
export const canKeepRegisters = (user: unknown): user is TypedUser => isServiceRole(actingUser(user as HubUser | null)?.role)

const problem = (status: number, message: string, data?: Record<string, unknown>) => new APIError(message, status, data, true)

/** POST /api/training-sessions/:id/register { marks: [{ attendance, status }] }: the updated attendances, or a 4xx storing nothing. */
export async function markRegister(req: PayloadRequest, sessionId: number | string, body: unknown): Promise<Attendance[]> {
  if (!req.user) throw new Forbidden(req.t)
  if (!canKeepRegisters(req.user)) throw problem(403, 'Only the service marks a session’s register.')
  const parsed = parseMarks(body)
  if ('problem' in parsed) throw problem(parsed.problem.status, parsed.problem.message, { attendance: parsed.problem.attendance })
  const { marks } = parsed
  return inTransaction(req, async () => {
    const session = await req.payload.findByID({
      collection: 'training-sessions',
      id: sessionId,
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
      disableErrors: true,
    })
    if (!session) throw problem(404, `There is no training session ${sessionId}.`)
    const found = await req.payload.find({
      collection: 'attendances',
      where: { id: { in: marks.map((m) => m.attendance) } },
      req,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      select: { session: true },
    })
    const sessionOf = new Map(found.docs.map((d) => [d.id, Number(idOf(d.session))]))
    const foreign = foreignMark(marks, sessionOf, Number(session.id))
    if (foreign) throw problem(422, foreign.message, { attendance: foreign.attendance })
    const updated: Attendance[] = []
    // Each setting's award is recomputed once, after every mark, in setting order (so two registers never deadlock).
    await holdingAwardRecomputes(req, async () => {
      for (const mark of marks) {
        updated.push(
          await req.payload.update({
            collection: 'attendances',
            id: mark.attendance,
            data: { status: mark.status },
            req,
            user: req.user,
            overrideAccess: false,
            depth: 0,
          }),
        )
      }
    })
    return updated
  })
}

export interface RegisterLine {
  id: number
  status: AttendanceStatus
  staffName: string
  jobRole: string
  settingName: string
  waitlistedAt?: string | null
  createdAt: string
  markedAt?: string | null
}

export interface Register {
  session: TrainingSession
  title: string
  courseTitle: string
  places: RegisterLine[]
  waiting: RegisterLine[]
  apart: RegisterLine[]
}

const settingNameOf = (value: unknown): string => (value && typeof value === 'object' ? (value as Setting).name : 'Unknown setting')

/** The session and its bookings, read as the signed-in user (null when the session does not exist or is not theirs to read). */
export async function loadRegister(payload: Payload, user: TypedUser, sessionId: number | string, req?: PayloadRequest): Promise<Register | null> {
  const session = (await payload.findByID({
    collection: 'training-sessions',
    id: sessionId,
    user,
    overrideAccess: false,
    depth: 1,
    disableErrors: true,
    req,
  })) as TrainingSession | null
  if (!session) return null
  const bookings = await payload.find({
    collection: 'attendances',
    where: { session: { equals: session.id } },
    user,
    overrideAccess: false,
    depth: 1,
    pagination: false,
    sort: 'createdAt',
    req,
    select: { status: true, staffMember: true, setting: true, waitlistedAt: true, createdAt: true, markedAt: true },
    populate: { 'staff-members': { name: true, jobRole: true }, settings: { name: true } },
  })
  const lines: RegisterLine[] = bookings.docs.map((a) => {
    const staff = typeof a.staffMember === 'object' && a.staffMember ? (a.staffMember as StaffMember) : null
    return {
      id: a.id,
      status: a.status as AttendanceStatus,
      staffName: staff?.name ?? 'A staff member no longer on the list',
      jobRole: staff?.jobRole ?? '',
      settingName: settingNameOf(a.setting),
      waitlistedAt: a.waitlistedAt,
      createdAt: a.createdAt,
      markedAt: a.markedAt,
    }
  })
  const bySetting = (a: RegisterLine, b: RegisterLine) => a.settingName.localeCompare(b.settingName) || a.staffName.localeCompare(b.staffName)
  const { places, waiting, apart } = registerSections(lines)
  const course = typeof session.course === 'object' ? (session.course as TrainingCourse) : null
  const courseTitle = course?.title ?? 'Training session'
  return { session, title: session.title || courseTitle, courseTitle, places: places.sort(bySetting), waiting, apart: apart.sort(bySetting) }
}
