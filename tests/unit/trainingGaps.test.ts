import { describe, expect, it } from 'vitest'

import { otherSettingsShares, type PrincipleTraining, rankSkillGaps, sessionsForGaps } from '@/training/gaps'

const p = (order: number, trained: number, extra: Partial<PrincipleTraining> = {}): PrincipleTraining => ({
  principle: 100 + order,
  order,
  label: `Principle ${order}`,
  trained,
  rag: null,
  county: null,
  ...extra,
})

describe('skill gaps: ranking by need', () => {
  it('ranks the least-trained principle first and says why in words', () => {
    const ranked = rankSkillGaps({ staff: 24, benchmarkMinimum: 5, principles: [p(1, 20), p(2, 2, { rag: 'red' }), p(3, 12)] })
    expect(ranked.map((g) => g.order)).toEqual([2, 3, 1])
    expect(ranked[0].reason).toBe('Only 2 of 24 staff trained; your last self-assessment rated this principle red')
    expect(ranked[1].reason).toBe('12 of 24 staff trained')
    expect(ranked[0].share).toBeCloseTo(2 / 24)
  })

  it('weights a red principle ×2 and an amber ×1.5, so a red one half trained outranks an unrated one a quarter trained', () => {
    // need: red 0.5 × 2 = 1.0; amber (1 - 0.4) × 1.5 = 0.9; none 0.75 × 1 = 0.75.
    const ranked = rankSkillGaps({
      staff: 20,
      benchmarkMinimum: 5,
      principles: [p(1, 5), p(2, 10, { rag: 'red' }), p(3, 8, { rag: 'amber' }), p(4, 0, { rag: 'green' })],
    })
    expect(ranked.map((g) => [g.order, Number(g.need.toFixed(2))])).toEqual([
      [4, 1],
      [2, 1],
      [3, 0.9],
      [1, 0.75],
    ])
    expect(ranked.find((g) => g.order === 3)?.reason).toBe('Only 8 of 20 staff trained; your last self-assessment rated this principle amber')
    // Green is no weight and no words.
    expect(ranked.find((g) => g.order === 4)?.reason).toBe('None of your 20 staff trained yet')
  })

  it('breaks ties of need by the lower share trained, then by the principle’s order', () => {
    // Principle 4 (0 trained, green) and 2 (half trained, red) both need 1.0: the untrained one first.
    const ranked = rankSkillGaps({ staff: 10, benchmarkMinimum: 5, principles: [p(2, 5, { rag: 'red' }), p(4, 0), p(6, 3), p(5, 3)] })
    expect(ranked.map((g) => g.order)).toEqual([4, 2, 5, 6])
  })

  it('a fully trained principle is no gap and comes last', () => {
    const ranked = rankSkillGaps({ staff: 3, benchmarkMinimum: 5, principles: [p(1, 3, { rag: 'red' }), p(2, 1)] })
    expect(ranked.map((g) => [g.order, g.gap])).toEqual([
      [2, true],
      [1, false],
    ])
    expect(ranked[1].reason).toBe('All 3 staff trained; your last self-assessment rated this principle red')
    expect(ranked[1].need).toBe(0)
  })

  it('with no active staff every principle is a gap, ranked by the self-assessment then the order, without dividing by zero', () => {
    const ranked = rankSkillGaps({ staff: 0, benchmarkMinimum: 5, principles: [p(1, 0), p(2, 0, { rag: 'amber' }), p(3, 0, { rag: 'red' })] })
    expect(ranked.map((g) => g.order)).toEqual([3, 2, 1])
    expect(ranked.every((g) => g.gap && g.share === null)).toBe(true)
    expect(ranked[0].reason).toBe('No active staff on your list yet; your last self-assessment rated this principle red')
  })

  it('never counts more trained than staff (a stale count cannot make a negative need)', () => {
    const [gap] = rankSkillGaps({ staff: 2, benchmarkMinimum: 5, principles: [p(1, 5)] })
    expect(gap.trained).toBe(2)
    expect(gap.need).toBe(0)
  })

  it('uses the singular for one member of staff', () => {
    const ranked = rankSkillGaps({ staff: 1, benchmarkMinimum: 5, principles: [p(1, 0), p(2, 1)] })
    expect(ranked.map((g) => g.reason)).toEqual(['Your 1 member of staff is not trained yet', 'Your 1 member of staff is trained'])
  })
})

describe('skill gaps: the county average share', () => {
  it('is shown only when at least the benchmark minimum of other settings contribute', () => {
    const county = (contributors: number) => ({ sum: contributors * 0.375, contributors })
    const ranked = rankSkillGaps({ staff: 24, benchmarkMinimum: 5, principles: [p(1, 2, { county: county(4) }), p(2, 3, { county: county(5) })] })
    const one = ranked.find((g) => g.order === 1)!
    const two = ranked.find((g) => g.order === 2)!
    expect(one.countyShare).toBeNull()
    expect(one.reason).toBe('Only 2 of 24 staff trained')
    expect(two.countyShare).toBeCloseTo(0.375)
    expect(two.reason).toBe('Only 3 of 24 staff trained (county average 38%)')
  })

  it('never from fewer than two settings, whatever the minimum says', () => {
    const ranked = rankSkillGaps({
      staff: 4,
      benchmarkMinimum: 1,
      principles: [p(1, 1, { county: { sum: 0.5, contributors: 1 } }), p(2, 1, { county: { sum: 1, contributors: 2 } })],
    })
    expect(ranked.find((g) => g.order === 1)!.countyShare).toBeNull()
    expect(ranked.find((g) => g.order === 2)!.countyShare).toBe(0.5)
  })

  it('does not change the ranking (it is shown beside the need, not part of it)', () => {
    const ranked = rankSkillGaps({ staff: 10, benchmarkMinimum: 2, principles: [p(1, 5, { county: { sum: 1.8, contributors: 2 } }), p(2, 4)] })
    expect(ranked.map((g) => g.order)).toEqual([2, 1])
  })
})

describe('sessions that cover the gaps first', () => {
  const gaps = rankSkillGaps({ staff: 10, benchmarkMinimum: 5, principles: [p(1, 10), p(2, 1), p(3, 5)] })
  const s = (startsAt: string, principles: number[]) => ({ startsAt, principles })

  it('orders by the best-ranked gap covered, then soonest; sessions covering no gap last', () => {
    const sessions = [
      s('2026-12-01T09:00:00.000Z', [101]),
      s('2026-12-03T09:00:00.000Z', [103]),
      s('2026-12-02T09:00:00.000Z', [102, 101]),
      s('2026-12-04T09:00:00.000Z', [102]),
    ]
    expect(sessionsForGaps(sessions, gaps).map((x) => x.startsAt.slice(8, 10))).toEqual(['02', '04', '03', '01'])
  })
})

describe('the county’s shares from every setting’s facts', () => {
  const facts = {
    staff: new Map([
      [1, 10],
      [2, 4],
      [3, 5],
      [4, 0],
    ]),
    trained: new Map([
      ['1:101', 10],
      ['2:101', 1],
      ['3:101', 5],
      ['4:101', 0],
      ['1:102', 0],
      ['2:102', 2],
      ['3:102', 0],
    ]),
  }

  it('averages the other settings’ shares (not their staff), leaving out the viewer’s own', () => {
    const shares = otherSettingsShares(facts, 1)
    // Setting 2: 1/4, setting 3: 5/5; setting 4 has no staff and does not contribute.
    expect(shares.get(101)).toEqual({ sum: 1.25, contributors: 2 })
    expect(shares.get(102)).toEqual({ sum: 0.5, contributors: 2 })
  })

  it('a setting’s own training never moves its own county average', () => {
    const before = otherSettingsShares(facts, 2).get(101)
    const after = otherSettingsShares({ ...facts, trained: new Map([...facts.trained, ['2:101', 4]]) }, 2).get(101)
    expect(after).toEqual(before)
  })
})
