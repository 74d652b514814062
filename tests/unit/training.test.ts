/** The training rules as pure functions: places and the waiting list, who may move a booking, champions, .ics, UK time. */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { calendarUid, sessionCalendar } from '@/training/calendar'
import { capacityProblem, placeFor, placesLeft, promotionsFor, waitingOrder } from '@/training/capacity'
import { championThreshold, DEFAULT_CHAMPION_THRESHOLD, decideChampion, towardsChampion } from '@/training/champions'
import { ATTENDANCE_STATUS_VALUES, type AttendanceStatus } from '@/training/statuses'
import { hasStarted, sessionWhen, timeOfDay } from '@/training/time'
import { refusalOf, type Side } from '@/training/transitions'

describe('capacity arithmetic', () => {
  it('gives a place while any is free, then the waiting list while it has room, then nothing', () => {
    expect(placeFor({ capacity: 5, waitingListSize: 2, booked: 0, waitlisted: 0 })).toBe('booked')
    expect(placeFor({ capacity: 5, waitingListSize: 2, booked: 4, waitlisted: 0 })).toBe('booked')
    expect(placeFor({ capacity: 5, waitingListSize: 2, booked: 5, waitlisted: 0 })).toBe('waitlisted')
    expect(placeFor({ capacity: 5, waitingListSize: 2, booked: 5, waitlisted: 1 })).toBe('waitlisted')
    expect(placeFor({ capacity: 5, waitingListSize: 2, booked: 5, waitlisted: 2 })).toBe('full')
  })

  it('has no waiting list when its size is 0, and a capacity lowered below the bookings leaves no place', () => {
    expect(placeFor({ capacity: 1, waitingListSize: 0, booked: 1, waitlisted: 0 })).toBe('full')
    expect(placeFor({ capacity: 3, waitingListSize: 2, booked: 4, waitlisted: 0 })).toBe('waitlisted')
    expect(placesLeft({ capacity: 3, booked: 4 })).toBe(0)
    expect(placesLeft({ capacity: 5, booked: 2 })).toBe(3)
  })

  it('keeps adding to a waiting list that holds a place freed while bookings waited (never a place beyond capacity)', () => {
    let state = { capacity: 2, waitingListSize: 3, booked: 0, waitlisted: 0 }
    const placed: string[] = []
    for (let i = 0; i < 8; i++) {
      const p = placeFor(state)
      placed.push(p)
      if (p === 'booked') state = { ...state, booked: state.booked + 1 }
      if (p === 'waitlisted') state = { ...state, waitlisted: state.waitlisted + 1 }
    }
    expect(placed).toEqual(['booked', 'booked', 'waitlisted', 'waitlisted', 'waitlisted', 'full', 'full', 'full'])
  })

  it('promotes the earliest waiting first, by id between equal times, only as many as places are free', () => {
    const waiting = [
      { id: 9, waitlistedAt: '2026-11-27T10:00:02.000Z' },
      { id: 7, waitlistedAt: '2026-11-27T10:00:01.000Z' },
      { id: 12, waitlistedAt: '2026-11-27T10:00:01.000Z' },
      { id: 3, waitlistedAt: '2026-11-27T10:00:03.000Z' },
    ]
    expect(waitingOrder(waiting).map((w) => w.id)).toEqual([7, 12, 9, 3])
    expect(promotionsFor({ capacity: 5, booked: 3 }, waiting).map((w) => w.id)).toEqual([7, 12])
    expect(promotionsFor({ capacity: 5, booked: 5 }, waiting)).toEqual([])
    expect(promotionsFor({ capacity: 5, booked: 7 }, waiting)).toEqual([])
    expect(promotionsFor({ capacity: 10, booked: 0 }, waiting).map((w) => w.id)).toEqual([7, 12, 9, 3])
    // Ids compare as numbers, not as text ("12" < "7" as text).
    expect(
      waitingOrder([
        { id: 12, waitlistedAt: 'x' },
        { id: 7, waitlistedAt: 'x' },
      ]).map((w) => w.id),
    ).toEqual([7, 12])
    // The input is not reordered in place.
    expect(waiting[0].id).toBe(9)
  })

  it('accepts a capacity only as a whole number of at least 1 and never below the places booked', () => {
    expect(capacityProblem(5, 5)).toBeNull()
    expect(capacityProblem(6, 5)).toBeNull()
    expect(capacityProblem(1, 0)).toBeNull()
    expect(capacityProblem(4, 5)).toMatch(/5 places are already booked/)
    for (const bad of [0, -1, 2.5, '5', null, undefined, Number.NaN]) expect(capacityProblem(bad, 0), String(bad)).toMatch(/whole number, 1 or more/)
  })
})

describe('who may move a booking, and when', () => {
  const SIDES: Side[] = ['setting', 'service']
  const S = ATTENDANCE_STATUS_VALUES
  /** The expected answer, written from the rules in words (PRODUCT.md §2.4 and the Training issue). */
  function expected(side: Side, from: AttendanceStatus, to: AttendanceStatus, started: boolean, scheduled: boolean): null | 403 | 409 {
    if (from === to) return null
    if (side === 'setting') {
      if (to === 'apologies') return from === 'booked' || from === 'waitlisted' ? (started ? 409 : null) : 409
      if (to === 'booked' || to === 'waitlisted') return from !== 'apologies' || !scheduled || started ? 409 : null
      return 403
    }
    if (to === 'attended') return started ? null : 409
    if (to === 'absent') return !started ? 409 : from === 'booked' || from === 'attended' || from === 'absent' ? null : 409
    if (to === 'cancelled') return from === 'attended' || from === 'absent' ? 409 : null
    if (to === 'booked') return from === 'attended' || from === 'absent' ? null : 409
    return 403
  }
  const cases = SIDES.flatMap((side) =>
    S.flatMap((from) =>
      S.flatMap((to) =>
        [false, true].flatMap((started) =>
          [true, false].map((scheduled) => ({
            name: `${side}: ${from} → ${to}, ${started ? 'started' : 'not started'}, ${scheduled ? 'scheduled' : 'not scheduled'}`,
            move: { side, from, to, started, scheduled },
            want: expected(side, from, to, started, scheduled),
          })),
        ),
      ),
    ),
  )

  it.each(cases)('$name', ({ move, want }) => {
    const refusal = refusalOf(move)
    expect(refusal?.status ?? null).toBe(want)
    if (refusal) expect(refusal.message.length).toBeGreaterThan(10)
  })

  it('says why in words a setting lead understands', () => {
    expect(refusalOf({ side: 'setting', from: 'booked', to: 'apologies', started: true, scheduled: true })?.message).toMatch(/has started/)
    expect(refusalOf({ side: 'setting', from: 'booked', to: 'attended', started: true, scheduled: true })?.message).toMatch(/Only the service/)
    expect(refusalOf({ side: 'service', from: 'booked', to: 'attended', started: false, scheduled: true })?.message).toMatch(/once the session has started/)
  })
})

describe('the champion rule (threshold 3)', () => {
  const none = { champion: false, championSince: null }
  const since = '2026-10-01T09:00:00.000Z'
  const now = '2026-11-27T12:00:00.000Z'

  it('awards at the threshold, not one below', () => {
    expect(decideChampion(2, 3, none, now)).toEqual({ champion: false, championSince: null, change: null })
    expect(decideChampion(3, 3, none, now)).toEqual({ champion: true, championSince: now, change: 'awarded' })
    expect(decideChampion(4, 3, none, now)).toEqual({ champion: true, championSince: now, change: 'awarded' })
  })

  it('keeps an existing champion’s date and sends nothing more', () => {
    expect(decideChampion(3, 3, { champion: true, championSince: since }, now)).toEqual({ champion: true, championSince: since, change: null })
    expect(decideChampion(4, 3, { champion: true, championSince: since }, now)).toEqual({ champion: true, championSince: since, change: null })
    // A champion with no date (an old row) gets one, without a second award.
    expect(decideChampion(4, 3, { champion: true, championSince: null }, now)).toEqual({ champion: true, championSince: now, change: null })
  })

  it('withdraws when a correction takes them below the threshold, once', () => {
    expect(decideChampion(2, 3, { champion: true, championSince: since }, now)).toEqual({ champion: false, championSince: null, change: 'withdrawn' })
    expect(decideChampion(0, 3, { champion: true, championSince: since }, now).change).toBe('withdrawn')
    expect(decideChampion(2, 3, none, now).change).toBeNull()
  })

  it('follows a changed threshold, and falls back to 3 when the threshold is not a whole number of at least 1', () => {
    expect(decideChampion(4, 5, none, now).change).toBeNull()
    expect(decideChampion(5, 5, none, now).change).toBe('awarded')
    expect(decideChampion(4, 5, { champion: true, championSince: since }, now).change).toBe('withdrawn')
    expect(decideChampion(1, 1, none, now).change).toBe('awarded')
    for (const bad of [0, -2, 2.5, Number.NaN, null, undefined, '5']) {
      expect(championThreshold(bad), String(bad)).toBe(DEFAULT_CHAMPION_THRESHOLD)
      expect(decideChampion(2, bad as number, none, now).change, String(bad)).toBeNull()
      expect(decideChampion(3, bad as number, none, now).change, String(bad)).toBe('awarded')
    }
    expect(championThreshold(5)).toBe(5)
  })

  it('counts progress towards the title', () => {
    expect(towardsChampion(1, 3)).toEqual({ attended: 1, threshold: 3, remaining: 2 })
    expect(towardsChampion(4, 3)).toEqual({ attended: 4, threshold: 3, remaining: 0 })
    expect(towardsChampion(1, 0)).toEqual({ attended: 1, threshold: 3, remaining: 2 })
  })
})

describe('the calendar invitation', () => {
  // A summer (BST) session: 9:30 to 12:30 in London is 08:30 to 11:30 UTC.
  const session = {
    id: 41,
    title: 'Emotion coaching, part 1',
    startsAt: '2026-06-16T08:30:00.000Z',
    endsAt: '2026-06-16T11:30:00.000Z',
    location: 'County Hall, Room 2',
    description: 'Emotion coaching. Venue: County Hall.',
  }
  const parse = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text))
    const event = calendar.getFirstSubcomponent('vevent')!
    return { calendar, event, vevent: new ICAL.Event(event) }
  }

  it('parses, with the session’s start and end in UTC, METHOD:REQUEST and a stable UID', () => {
    const ics = sessionCalendar(session, 77, 'REQUEST')
    expect(ics.method).toBe('REQUEST')
    expect(ics.filename).toMatch(/\.ics$/)
    const { calendar, event, vevent } = parse(ics.content)
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(vevent.startDate.toJSDate().toISOString()).toBe(session.startsAt)
    expect(vevent.endDate.toJSDate().toISOString()).toBe(session.endsAt)
    expect(vevent.startDate.zone?.tzid).toBe('UTC')
    expect(ics.content).toMatch(/DTSTART:20260616T083000Z/)
    expect(vevent.summary).toBe(session.title)
    expect(vevent.location).toBe(session.location)
    expect(vevent.uid).toBe(calendarUid(41, 77))
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })

  it('cancels the very same event: METHOD:CANCEL, the same UID, a sequence not lower', () => {
    const request = parse(sessionCalendar(session, 77, 'REQUEST').content)
    const cancel = sessionCalendar(session, 77, 'CANCEL')
    const parsed = parse(cancel.content)
    expect(parsed.calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(parsed.vevent.uid).toBe(request.vevent.uid)
    expect(parsed.event.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(Number(parsed.vevent.sequence)).toBeGreaterThanOrEqual(Number(request.vevent.sequence))
    expect(parsed.vevent.startDate.toJSDate().toISOString()).toBe(session.startsAt)
    // Another booking of the same session is another event.
    expect(calendarUid(41, 78)).not.toBe(calendarUid(41, 77))
  })

  it('carries a winter (GMT) session’s times unchanged', () => {
    const winter = { ...session, startsAt: '2026-12-08T09:30:00.000Z', endsAt: '2026-12-08T15:00:00.000Z' }
    const { vevent } = parse(sessionCalendar(winter, 1, 'REQUEST').content)
    expect(vevent.startDate.toJSDate().toISOString()).toBe(winter.startsAt)
    expect(vevent.endDate.toJSDate().toISOString()).toBe(winter.endsAt)
  })

  it('refuses a session without a valid start and end', () => {
    expect(() => sessionCalendar({ ...session, endsAt: session.startsAt }, 1, 'REQUEST')).toThrow(/no valid start and end/)
    expect(() => sessionCalendar({ ...session, startsAt: 'not a date' }, 1, 'REQUEST')).toThrow(/no valid start and end/)
  })
})

describe('session times in UK time', () => {
  it('shows a summer session in BST (UTC+1)', () => {
    expect(sessionWhen('2026-06-16T08:30:00.000Z', '2026-06-16T11:30:00.000Z')).toBe('Tuesday 16 June 2026, 9:30am to 12:30pm')
  })

  it('shows a winter session in GMT (UTC+0)', () => {
    expect(sessionWhen('2026-12-08T09:00:00.000Z', '2026-12-08T15:00:00.000Z')).toBe('Tuesday 8 December 2026, 9am to 3pm')
  })

  it('crosses the clock change correctly (29 March 2026, 1am GMT → 2am BST)', () => {
    expect(timeOfDay(new Date('2026-03-29T00:30:00.000Z'))).toBe('12:30am')
    expect(timeOfDay(new Date('2026-03-29T01:30:00.000Z'))).toBe('2:30am')
    expect(timeOfDay(new Date('2026-10-25T00:30:00.000Z'))).toBe('1:30am')
    expect(timeOfDay(new Date('2026-10-25T01:30:00.000Z'))).toBe('1:30am')
  })

  it('names both days of a session that ends on another day, in UK dates (23:30 UTC in June is the next day)', () => {
    expect(sessionWhen('2026-06-16T22:30:00.000Z', '2026-06-17T08:00:00.000Z')).toBe('Tuesday 16 June 2026, 11:30pm to Wednesday 17 June 2026, 9am')
    expect(sessionWhen('2026-06-16T23:30:00.000Z', '2026-06-17T01:00:00.000Z')).toBe('Wednesday 17 June 2026, 12:30am to 2am')
  })

  it('knows whether a session has started', () => {
    const now = new Date('2026-11-27T12:00:00.000Z')
    expect(hasStarted('2026-11-27T12:00:00.000Z', now)).toBe(true)
    expect(hasStarted('2026-11-27T11:59:59.000Z', now)).toBe(true)
    expect(hasStarted('2026-11-27T12:00:01.000Z', now)).toBe(false)
  })
})
