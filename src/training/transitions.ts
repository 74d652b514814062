/**
 * Who may move a booking from one status to another, and when. A setting lead books and sends apologies before the
 * session starts; the service cancels bookings, and marks the register (attended / absent) once it has started.
 */
import type { AttendanceStatus } from './statuses'

export type Side = 'setting' | 'service'

export interface Move {
  side: Side
  from: AttendanceStatus
  to: AttendanceStatus
  /** Whether the session has started (its start time has passed). */
  started: boolean
  /** Whether the session is still scheduled (not cancelled or completed). */
  scheduled: boolean
}

/** Why a move is refused, with the status to answer: 403 not yours to make, 409 not now. */
export interface Refusal {
  status: 403 | 409
  message: string
}

const refuse = (status: 403 | 409, message: string): Refusal => ({ status, message })

/** Null when the move is allowed; otherwise why not. Staying in the same status is always allowed (nothing changes). */
export function refusalOf({ side, from, to, started, scheduled }: Move): Refusal | null {
  if (from === to) return null
  if (side === 'setting') {
    if (to === 'apologies') {
      if (from !== 'booked' && from !== 'waitlisted') return refuse(409, 'Only a booking or a place on the waiting list can be cancelled.')
      if (started) return refuse(409, 'The session has started: bookings can no longer be cancelled. Tell the trainer instead.')
      return null
    }
    if (to === 'booked' || to === 'waitlisted') {
      if (from !== 'apologies') return refuse(409, 'This booking cannot be made again from its current status.')
      if (!scheduled) return refuse(409, 'This session is not open for booking.')
      if (started) return refuse(409, 'The session has started: it can no longer be booked.')
      return null
    }
    return refuse(403, 'Only the service records attendance or cancels bookings.')
  }
  // The service.
  if (to === 'attended' || to === 'absent') {
    if (!started) return refuse(409, 'Attendance can be recorded once the session has started.')
    if (from === 'waitlisted' || from === 'apologies' || from === 'cancelled') {
      // A person who came although not booked can still be marked present; apologies stay apart unless corrected.
      return to === 'attended' ? null : refuse(409, 'Only booked places are marked absent.')
    }
    return null
  }
  if (to === 'cancelled') {
    if (from === 'attended' || from === 'absent') return refuse(409, 'Attendance has been recorded for this booking: correct it instead of cancelling.')
    return null
  }
  if (to === 'booked') {
    // Undoing a mark made in error, before or after the start.
    if (from === 'attended' || from === 'absent') return null
    return refuse(409, 'The service does not book places: a setting lead books their staff.')
  }
  return refuse(403, 'Apologies and the waiting list are the setting’s to manage.')
}
