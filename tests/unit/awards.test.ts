/** The award rules, one kind at a time and at their edges: exact thresholds, no data, tracks, inactive staff. */
import { describe, expect, it } from 'vitest'

import { criterionProblems } from '@/awards/criterionKinds'
import { type AwardCriterion, evaluateChecklist, monthsBefore, type SettingFacts } from '@/awards/evaluate'
import { addYears, newCertificateNumber, newVerificationCode } from '@/awards/recompute'

const now = new Date('2026-11-27T12:00:00Z')

const facts = (over: Partial<SettingFacts> = {}): SettingFacts => ({
  settingId: 1,
  track: 'school',
  lastSubmittedAt: null,
  principleScores: {},
  activeStaff: 0,
  trainedStaff: 0,
  trainedByPrinciple: {},
  champions: 0,
  publishedCaseStudies: 0,
  actionsDone: 0,
  ...over,
})

let nextId = 1
const criterion = (over: Partial<AwardCriterion> & Pick<AwardCriterion, 'rule'>): AwardCriterion => ({
  id: nextId++,
  title: `Criterion ${nextId}`,
  track: 'both',
  order: 10,
  ...over,
})

const names = { 1: 'Relationships', 2: 'Belonging', 3: 'Voice' }
const one = (c: AwardCriterion, f: SettingFacts, confirmations: { criterion: number; confirmedAt?: string }[] = []) => {
  const result = evaluateChecklist([c], f, confirmations, now, names)
  expect(result.checklist).toHaveLength(1)
  return result.checklist[0]
}

describe('assessment within N months', () => {
  const c = criterion({ rule: 'assessment-within', months: 12 })
  it('is unmet with no assessment, and says so', () => {
    const item = one(c, facts())
    expect(item.met).toBe(false)
    expect(item.explanation).toMatch(/No self-assessment submitted yet/)
    expect(item.actionPath).toBe('/assessment')
  })
  it('is met exactly N months ago to the second, and not a second earlier', () => {
    expect(one(c, facts({ lastSubmittedAt: '2025-11-27T12:00:00.000Z' })).met).toBe(true)
    expect(one(c, facts({ lastSubmittedAt: '2025-11-27T11:59:59.000Z' })).met).toBe(false)
  })
  it('explains the date it was submitted on', () => {
    expect(one(c, facts({ lastSubmittedAt: '2026-03-03T10:00:00Z' })).explanation).toBe('Submitted on 3 March 2026.')
  })
  it('counts calendar months, the 31st falling back to the month’s end', () => {
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z')
  })
})

describe('principle score', () => {
  it('a given principle meets at exactly the threshold', () => {
    const c = criterion({ rule: 'principle-score', principle: 1, percent: 60 })
    expect(one(c, facts({ lastSubmittedAt: now.toISOString(), principleScores: { 1: 60 } })).met).toBe(true)
    const below = one(c, facts({ lastSubmittedAt: now.toISOString(), principleScores: { 1: 59.9 } }))
    expect(below.met).toBe(false)
    expect(below.explanation).toMatch(/Relationships scored 59.9 %.*60 % is needed/)
  })
  it('a principle with no score (every answer not applicable) is not met', () => {
    const c = criterion({ rule: 'principle-score', principle: 2, percent: 50 })
    const item = one(c, facts({ lastSubmittedAt: now.toISOString(), principleScores: { 1: 90 } }))
    expect(item.met).toBe(false)
    expect(item.explanation).toMatch(/Belonging has no score/)
  })
  it('every principle: all scored principles at or above, unscored (not applicable) ones left out', () => {
    const c = criterion({ rule: 'principle-score', percent: 70 })
    expect(one(c, facts({ lastSubmittedAt: now.toISOString(), principleScores: { 1: 70, 2: 95 } })).met).toBe(true)
    const item = one(c, facts({ lastSubmittedAt: now.toISOString(), principleScores: { 1: 70, 2: 69, 3: 10 } }))
    expect(item.met).toBe(false)
    expect(item.explanation).toBe('2 principles below 70 %: Belonging (69 %), Voice (10 %).')
  })
  it('no assessment: not met', () => {
    expect(one(criterion({ rule: 'principle-score', percent: 10 }), facts()).met).toBe(false)
  })
})

describe('staff trained', () => {
  it('count: exactly the minimum meets', () => {
    const c = criterion({ rule: 'staff-trained', staffMeasure: 'count', minimum: 5 })
    expect(one(c, facts({ activeStaff: 9, trainedStaff: 5 })).met).toBe(true)
    const item = one(c, facts({ activeStaff: 9, trainedStaff: 4 }))
    expect(item.met).toBe(false)
    expect(item.explanation).toBe('4 of 5 staff trained — train 1 more.')
    expect(item.actionPath).toBe('/training')
    expect(item.actionLabel).toBe('Book staff onto training')
  })
  it('percent of active staff: exactly the share meets (inactive staff are not in the facts)', () => {
    const c = criterion({ rule: 'staff-trained', staffMeasure: 'percent', percent: 50 })
    expect(one(c, facts({ activeStaff: 10, trainedStaff: 5 })).met).toBe(true)
    expect(one(c, facts({ activeStaff: 10, trainedStaff: 4 })).explanation).toBe('4 of 10 active staff trained — train 1 more to reach 50 %.')
    // 1 of 3 is 33.3 %: a third is not met by 33 %, but 33 % is met by 1 of 3.
    expect(one(criterion({ rule: 'staff-trained', staffMeasure: 'percent', percent: 33 }), facts({ activeStaff: 3, trainedStaff: 1 })).met).toBe(true)
    expect(one(criterion({ rule: 'staff-trained', staffMeasure: 'percent', percent: 34 }), facts({ activeStaff: 3, trainedStaff: 1 })).met).toBe(false)
  })
  it('percent with no active staff is not met (never 0 of 0)', () => {
    const item = one(criterion({ rule: 'staff-trained', staffMeasure: 'percent', percent: 1 }), facts())
    expect(item.met).toBe(false)
    expect(item.explanation).toMatch(/No active staff/)
  })
  it('a principle: only staff trained in sessions covering it count', () => {
    const c = criterion({ rule: 'staff-trained', staffMeasure: 'count', minimum: 2, principle: 3 })
    const f = facts({ activeStaff: 5, trainedStaff: 5, trainedByPrinciple: { 1: 5, 3: 1 } })
    const item = one(c, f)
    expect(item.met).toBe(false)
    expect(item.explanation).toBe('1 of 2 staff trained in Voice — train 1 more.')
    expect(one(c, { ...f, trainedByPrinciple: { 3: 2 } }).met).toBe(true)
  })
})

describe('champions, case studies, actions', () => {
  it('champions: exact minimum, none', () => {
    const c = criterion({ rule: 'champions', minimum: 2 })
    expect(one(c, facts({ champions: 2 })).met).toBe(true)
    expect(one(c, facts()).explanation).toBe('0 of 2 Compassionate Champions — 2 more needed.')
  })
  it('case studies: exact minimum, and what to do', () => {
    const c = criterion({ rule: 'case-studies', minimum: 5 })
    expect(one(c, facts({ publishedCaseStudies: 5 })).met).toBe(true)
    const item = one(c, facts({ publishedCaseStudies: 3 }))
    expect(item.explanation).toBe('3 of 5 published case studies — share 2 more.')
    expect(item.actionPath).toBe('/scrapbook')
  })
  it('actions: exact minimum', () => {
    const c = criterion({ rule: 'actions-completed', minimum: 3 })
    expect(one(c, facts({ actionsDone: 3 })).met).toBe(true)
    const item = one(c, facts({ actionsDone: 0 }))
    expect(item.met).toBe(false)
    expect(item.actionPath).toBe('/actions')
  })
})

describe('manual', () => {
  const c = criterion({ rule: 'manual' })
  it('is met only by a confirmation of this criterion, and says when', () => {
    expect(one(c, facts()).met).toBe(false)
    expect(one(c, facts(), [{ criterion: c.id + 1000, confirmedAt: now.toISOString() }]).met).toBe(false)
    const item = one(c, facts(), [{ criterion: c.id, confirmedAt: '2026-03-03T09:00:00Z' }])
    expect(item.met).toBe(true)
    expect(item.explanation).toBe('Verified by the service on 3 March 2026.')
    expect(item.actionPath).toBeNull()
    expect(item.actionLabel).toBe('Verified by the service')
  })
})

describe('the checklist', () => {
  const school = criterion({ rule: 'champions', minimum: 1, track: 'school', order: 2 })
  const college = criterion({ rule: 'champions', minimum: 1, track: 'college', order: 1 })
  const both = criterion({ rule: 'actions-completed', minimum: 1, track: 'both', order: 3 })
  const retired = criterion({ rule: 'actions-completed', minimum: 1, active: false })

  it('keeps the criteria of the setting’s track, in order', () => {
    expect(evaluateChecklist([both, school, college, retired], facts(), [], now).checklist.map((i) => i.criterion)).toEqual([school.id, both.id])
    expect(evaluateChecklist([both, school, college], facts({ track: 'college' }), [], now).checklist.map((i) => i.criterion)).toEqual([college.id, both.id])
  })
  it('percent complete rounds down, so 100 % means all met', () => {
    const r = evaluateChecklist([school, both, criterion({ rule: 'manual' })], facts({ champions: 1, actionsDone: 1 }), [], now)
    expect(r.percentComplete).toBe(66)
    expect(r.allMet).toBe(false)
  })
  it('all met; an empty checklist is never complete', () => {
    expect(evaluateChecklist([school, both], facts({ champions: 1, actionsDone: 1 }), [], now)).toMatchObject({ percentComplete: 100, allMet: true })
    expect(evaluateChecklist([], facts(), [], now)).toMatchObject({ percentComplete: 0, allMet: false, checklist: [] })
  })
  it('an item met before keeps the date it was first met; an unmet one has none', () => {
    const earlier = '2026-01-01T00:00:00.000Z'
    const r = evaluateChecklist([school, both], facts({ champions: 1 }), [], now, {}, [
      { criterion: school.id, met: true, metAt: earlier },
      { criterion: both.id, met: true, metAt: earlier },
    ])
    expect(r.checklist[0].metAt).toBe(earlier)
    expect(r.checklist[1].metAt).toBeNull()
    expect(evaluateChecklist([school], facts({ champions: 1 }), [], now).checklist[0].metAt).toBe(now.toISOString())
  })
})

describe('certificates', () => {
  it('numbers carry the award’s prefix and unambiguous random characters', () => {
    expect(newCertificateNumber('school')).toMatch(/^CSA-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/)
    expect(newCertificateNumber('college')).toMatch(/^CCA-/)
    expect(new Set(Array.from({ length: 200 }, () => newCertificateNumber('school'))).size).toBe(200)
  })
  it('verification codes are URL-safe with at least 128 random bits', () => {
    const code = newVerificationCode()
    expect(code).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(Buffer.from(code, 'base64url').length * 8).toBeGreaterThanOrEqual(128)
  })
  it('validity adds whole years; 29 February falls back to 28 February', () => {
    expect(addYears(new Date('2026-11-27T12:00:00Z'), 3).toISOString()).toBe('2029-11-27T12:00:00.000Z')
    expect(addYears(new Date('2028-02-29T00:00:00Z'), 1).toISOString()).toBe('2029-02-28T00:00:00.000Z')
  })
})

describe('criterion parameters', () => {
  it('name the field that is wrong', () => {
    expect(criterionProblems({ rule: 'case-studies', minimum: 0 }).map((p) => p.field)).toEqual(['minimum'])
    expect(criterionProblems({ rule: 'staff-trained', staffMeasure: 'percent', percent: 120 }).map((p) => p.field)).toEqual(['percent'])
    expect(criterionProblems({ rule: 'assessment-within' }).map((p) => p.field)).toEqual(['months'])
  })
})
