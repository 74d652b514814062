/**
 * A session's places: who gets a place, who waits, and who is promoted when a place frees up. Pure arithmetic; the
 * booking shell (`booking.ts`) runs it with the session's row locked, so two bookings never see the same free place.
 */

export interface Places {
  capacity: number
  waitingListSize: number
  /** Bookings holding a place now. */
  booked: number
  /** Bookings on the waiting list now. */
  waitlisted: number
}

export type Placement = 'booked' | 'waitlisted' | 'full'

/** Where one more booking goes: a place while any is free, else the waiting list while it has room, else nowhere. */
export function placeFor({ capacity, waitingListSize, booked, waitlisted }: Places): Placement {
  if (booked < capacity) return 'booked'
  if (waitlisted < waitingListSize) return 'waitlisted'
  return 'full'
}

/** Places still free (never negative: a capacity lowered below the bookings leaves none, it cancels nobody). */
export const placesLeft = ({ capacity, booked }: Pick<Places, 'capacity' | 'booked'>): number => Math.max(0, capacity - booked)

export interface Waiting {
  id: number | string
  /** When the booking joined the waiting list (ISO): first come, first promoted. */
  waitlistedAt?: string | null
  /** When the booking was made: stands for the waiting time of a booking stored without one. */
  createdAt?: string
}

const waitedSince = (w: Waiting): string => w.waitlistedAt ?? w.createdAt ?? ''

/** The order of the waiting list: earliest first, and by id between equal times (so the order is total). */
export function waitingOrder<T extends Waiting>(waiting: readonly T[]): T[] {
  return [...waiting].sort((a, b) => waitedSince(a).localeCompare(waitedSince(b)) || Number(a.id) - Number(b.id) || String(a.id).localeCompare(String(b.id)))
}

/** Which waiting bookings take the places that are free now, in the order they are promoted. */
export function promotionsFor<T extends Waiting>(places: Pick<Places, 'capacity' | 'booked'>, waiting: readonly T[]): T[] {
  return waitingOrder(waiting).slice(0, placesLeft(places))
}

/** A capacity the service may set: whole, at least 1, and never below the places already taken. */
export function capacityProblem(capacity: unknown, booked: number): string | null {
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1) return 'Enter the number of places as a whole number, 1 or more.'
  if (capacity < booked) return `${booked} places are already booked: the capacity cannot be lower than that. Cancel bookings first, or keep ${booked}.`
  return null
}
