/** The register's pure rules: what a register submission must look like, and how a session's bookings are listed. */
import { waitingOrder } from './capacity'
import { type AttendanceStatus, REGISTER_MARKS, type RegisterMarkStatus } from './statuses'

export type Mark = RegisterMarkStatus
export interface RegisterMark {
  attendance: number
  status: Mark
}

/** A 400 for a malformed submission, a 422 naming the attendance that is not this session's. */
export interface RegisterProblem {
  status: 400 | 422
  message: string
  attendance?: unknown
}

/** The marks of a register submission, or why it is not one. */
export function parseMarks(body: unknown): { marks: RegisterMark[] } | { problem: RegisterProblem } {
  const list = (body as { marks?: unknown } | null)?.marks
  if (!Array.isArray(list) || list.length === 0)
    return { problem: { status: 400, message: 'Send the register as { marks: [{ attendance, status }] }, with at least one mark.' } }
  const marks: RegisterMark[] = []
  const seen = new Set<number>()
  for (const entry of list) {
    const { attendance, status } = (entry ?? {}) as { attendance?: unknown; status?: unknown }
    const id = typeof attendance === 'string' && /^\d+$/.test(attendance) ? Number(attendance) : attendance
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1)
      return { problem: { status: 422, message: `Attendance ${JSON.stringify(attendance ?? null)} is not an attendance of this session.`, attendance } }
    if (!(REGISTER_MARKS as readonly unknown[]).includes(status))
      return { problem: { status: 400, message: `Mark attendance ${id} as attended or absent (not ${JSON.stringify(status ?? null)}).`, attendance: id } }
    if (seen.has(id)) return { problem: { status: 422, message: `Attendance ${id} is marked twice: mark each booking once.`, attendance: id } }
    seen.add(id)
    marks.push({ attendance: id, status: status as Mark })
  }
  return { marks }
}

/** The first mark whose attendance is unknown or belongs to another session, as a 422 naming it; null when all belong. */
export function foreignMark(marks: RegisterMark[], sessionOf: Map<number, number>, sessionId: number): RegisterProblem | null {
  for (const { attendance } of marks) {
    const session = sessionOf.get(attendance)
    if (session === undefined) return { status: 422, message: `Attendance ${attendance} does not exist.`, attendance }
    if (session !== sessionId)
      return { status: 422, message: `Attendance ${attendance} is a booking of another session (${session}), not of this one.`, attendance }
  }
  return null
}

export interface RegisterEntry {
  id: number
  status: AttendanceStatus
  waitlistedAt?: string | null
  createdAt: string
}

/** A session's bookings as the register shows them: places (booked or marked), the waiting list in its order, apologies and cancellations apart. */
export function registerSections<T extends RegisterEntry>(entries: T[]): { places: T[]; waiting: T[]; apart: T[] } {
  return {
    places: entries.filter((e) => e.status === 'booked' || e.status === 'attended' || e.status === 'absent'),
    // The order the waiting list is promoted in, so the register shows who is next.
    waiting: waitingOrder(entries.filter((e) => e.status === 'waitlisted')),
    apart: entries.filter((e) => e.status === 'apologies' || e.status === 'cancelled'),
  }
}
