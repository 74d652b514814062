/**
 * The calendar invitation (.ics) that goes with booking, promotion, reminder and cancellation emails. One event per
 * session and booking, with a stable UID, so that a cancellation (METHOD:CANCEL, a higher SEQUENCE) removes the very
 * event the confirmation added. Times are written in UTC, which every calendar shows in its own zone.
 */
import { createEvent } from 'ics'

import { serverURL } from '@/config/env'
import { sender } from '@/email/sender'

export interface CalendarSession {
  id: number | string
  title: string
  startsAt: string
  endsAt: string
  /** The venue's address, or "Online" (the link goes in the description, for confirmed bookings only). */
  location: string
  description: string
}

export type CalendarMethod = 'REQUEST' | 'CANCEL'

const host = (): string => {
  try {
    return new URL(serverURL).hostname || 'compassionate-schools-hub'
  } catch {
    return 'compassionate-schools-hub'
  }
}

/** The event's identity: one per booking, the same in every email about it. */
export const calendarUid = (sessionId: number | string, attendanceId: number | string): string =>
  `training-session-${sessionId}-booking-${attendanceId}@${host()}`

/** Later versions of an event must carry a higher sequence: the time of writing, in seconds, always grows. */
const sequenceNow = (): number => Math.floor(Date.now() / 1000) - 1_700_000_000

/** The iCalendar text of one booking's event. Throws when the session's facts cannot make a valid event. */
export function sessionCalendar(
  session: CalendarSession,
  attendanceId: number | string,
  method: CalendarMethod,
): { method: CalendarMethod; filename: string; content: string } {
  const start = new Date(session.startsAt).getTime()
  const end = new Date(session.endsAt).getTime()
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) throw new Error(`session ${session.id} has no valid start and end`)
  const { error, value } = createEvent({
    uid: calendarUid(session.id, attendanceId),
    method,
    sequence: sequenceNow(),
    productId: 'compassionate-schools-hub/training',
    title: method === 'CANCEL' ? `Cancelled: ${session.title}` : session.title,
    description: session.description,
    location: session.location,
    url: `${serverURL}/training/sessions/${session.id}`,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: method === 'CANCEL' ? 'FREE' : 'BUSY',
    organizer: { name: sender.name || 'Compassionate Schools Hub', email: sender.address },
  })
  if (error || !value) throw error ?? new Error('no calendar text')
  return { method, filename: method === 'CANCEL' ? 'cancelled-training-session.ics' : 'training-session.ics', content: value }
}
