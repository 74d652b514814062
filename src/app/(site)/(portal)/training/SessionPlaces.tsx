/** A session's places in words: how many are left, and the waiting list. */
import type { UpcomingSession } from '@/training/dashboard'

const places = (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`

export function placesInWords(s: Pick<UpcomingSession, 'placesLeft' | 'capacity' | 'waitlisted' | 'waitingPlacesLeft'>): string {
  const left = s.placesLeft > 0 ? `${places(s.placesLeft)} left of ${s.capacity}` : 'Fully booked'
  const waiting =
    s.waitlisted > 0
      ? `${s.waitlisted} on the waiting list${s.waitingPlacesLeft > 0 ? ` (${s.waitingPlacesLeft} more can join)` : ' (the waiting list is full)'}`
      : s.placesLeft > 0
        ? 'no waiting list'
        : s.waitingPlacesLeft > 0
          ? `the waiting list is open (${s.waitingPlacesLeft} ${s.waitingPlacesLeft === 1 ? 'place' : 'places'})`
          : 'no waiting list places'
  return `${left} · ${waiting}`
}

export function SessionPlaces({ session }: { session: UpcomingSession }) {
  return <p>{placesInWords(session)}</p>
}
