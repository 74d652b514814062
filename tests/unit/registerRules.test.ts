/** The register's pure rules: what a submission must be, which marks belong to the session, and the register's order. */
import { describe, expect, it } from 'vitest'

import { foreignMark, parseMarks, registerSections } from '@/training/registerRules'

describe('parseMarks', () => {
  it('reads marks, accepting ids sent as digits', () => {
    expect(
      parseMarks({
        marks: [
          { attendance: 4, status: 'attended' },
          { attendance: '7', status: 'absent' },
        ],
      }),
    ).toEqual({
      marks: [
        { attendance: 4, status: 'attended' },
        { attendance: 7, status: 'absent' },
      ],
    })
  })

  it('refuses an empty or shapeless submission with 400', () => {
    expect(parseMarks({ marks: [] })).toMatchObject({ problem: { status: 400 } })
    expect(parseMarks(null)).toMatchObject({ problem: { status: 400 } })
    expect(parseMarks({ marks: 'all' })).toMatchObject({ problem: { status: 400 } })
  })

  it('refuses any status but attended or absent with 400 naming the attendance', () => {
    expect(parseMarks({ marks: [{ attendance: 3, status: 'booked' }] })).toEqual({
      problem: { status: 400, message: 'Mark attendance 3 as attended or absent (not "booked").', attendance: 3 },
    })
  })

  it('names an attendance that is not an id with 422, and one marked twice', () => {
    expect(parseMarks({ marks: [{ attendance: 'x1', status: 'attended' }] })).toMatchObject({ problem: { status: 422, attendance: 'x1' } })
    expect(parseMarks({ marks: [{ attendance: -2, status: 'attended' }] })).toMatchObject({ problem: { status: 422 } })
    expect(
      parseMarks({
        marks: [
          { attendance: 5, status: 'attended' },
          { attendance: 5, status: 'absent' },
        ],
      }),
    ).toEqual({ problem: { status: 422, message: 'Attendance 5 is marked twice: mark each booking once.', attendance: 5 } })
  })
})

describe('foreignMark', () => {
  const sessionOf = new Map([
    [1, 10],
    [2, 10],
    [3, 11],
  ])
  it('is null when every mark is the session’s', () => {
    expect(
      foreignMark(
        [
          { attendance: 1, status: 'attended' },
          { attendance: 2, status: 'absent' },
        ],
        sessionOf,
        10,
      ),
    ).toBeNull()
  })
  it('names the first unknown attendance, or one of another session', () => {
    expect(foreignMark([{ attendance: 9, status: 'attended' }], sessionOf, 10)).toEqual({ status: 422, message: 'Attendance 9 does not exist.', attendance: 9 })
    expect(foreignMark([{ attendance: 3, status: 'attended' }], sessionOf, 10)).toEqual({
      status: 422,
      message: 'Attendance 3 is a booking of another session (11), not of this one.',
      attendance: 3,
    })
  })
})

describe('registerSections', () => {
  it('keeps places, the waiting list in the order it was joined, and apologies and cancellations apart', () => {
    const at = (m: number) => `2026-11-27T10:${String(m).padStart(2, '0')}:00.000Z`
    const { places, waiting, apart } = registerSections([
      { id: 1, status: 'booked', createdAt: at(1) },
      { id: 2, status: 'waitlisted', waitlistedAt: at(9), createdAt: at(2) },
      { id: 3, status: 'apologies', createdAt: at(3) },
      { id: 4, status: 'waitlisted', waitlistedAt: at(5), createdAt: at(4) },
      { id: 5, status: 'attended', createdAt: at(5) },
      { id: 6, status: 'absent', createdAt: at(6) },
      { id: 7, status: 'cancelled', createdAt: at(7) },
      { id: 8, status: 'waitlisted', waitlistedAt: at(5), createdAt: at(8) },
    ])
    expect(places.map((e) => e.id)).toEqual([1, 5, 6])
    expect(waiting.map((e) => e.id)).toEqual([4, 8, 2])
    expect(apart.map((e) => e.id)).toEqual([3, 7])
  })
})
