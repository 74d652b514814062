import { describe, expect, it } from 'vitest'

import { appliesTo, referencesFor } from '@/assessment/applicability'
import { countyBenchmark, phaseOf, totalsOf } from '@/assessment/benchmark'
import { principleChanges, questionChanges } from '@/assessment/changes'
import { actionCounts, isOverdue, todayInCounty } from '@/assessment/actionPlan'
import { frameworkOrder, referenceCitation, referenceLabel, versionLabel } from '@/assessment/frameworks'
import { type RecommendationRule, matchRecommendations } from '@/assessment/matchRecommendations'
import { type AnswerToScore, missingAnswers, ragFor, scoreAssessment } from '@/assessment/scoring'
import { frameworkReferences } from '@/seed/content/framework-references'
import { SETTING_TYPES, type SettingType } from '@/settings/settingTypes'

const P = [1, 2, 3]
const q = (id: number, principle: number, weight = 1) => ({ id, principle, weight })

describe('scoreAssessment', () => {
  it('scores a principle as the weighted percentage of its applicable answers', () => {
    const questions = [q(1, 1, 1), q(2, 1, 2)]
    const answers: AnswerToScore[] = [
      { question: 1, value: '3' },
      { question: 2, value: '0' },
    ]
    const { principles } = scoreAssessment(questions, answers, [1])
    // (1×3 + 2×0) / ((1 + 2) × 3) = 3 / 9
    expect(principles[0]).toMatchObject({ score: 3, maximum: 9, percentage: 33.3, rag: 'red', answered: 2 })
  })

  it('leaves "not applicable" answers out of the maximum', () => {
    const { principles } = scoreAssessment(
      [q(1, 1), q(2, 1)],
      [
        { question: 1, value: '2' },
        { question: 2, value: 'na' },
      ],
      [1],
    )
    expect(principles[0]).toMatchObject({ score: 2, maximum: 3, percentage: 66.7, rag: 'amber', notApplicable: 1 })
  })

  it('gives an empty principle (no questions, or all not applicable) no score and no band', () => {
    const { principles, overall } = scoreAssessment([q(1, 2)], [{ question: 1, value: 'na' }], P)
    expect(principles.map((p) => p.percentage)).toEqual([null, null, null])
    expect(principles.map((p) => p.rag)).toEqual([null, null, null])
    expect(overall.percentage).toBeNull()
  })

  it('scores overall over every applicable answer, not as the mean of principles', () => {
    const questions = [q(1, 1), q(2, 2), q(3, 2), q(4, 2)]
    const answers: AnswerToScore[] = [
      { question: 1, value: '0' },
      { question: 2, value: '3' },
      { question: 3, value: '3' },
      { question: 4, value: '3' },
    ]
    const { overall } = scoreAssessment(questions, answers, [1, 2])
    expect(overall).toMatchObject({ score: 9, maximum: 12, percentage: 75, rag: 'green' })
  })

  it('ignores answers to questions it was not given and unknown values', () => {
    const { principles } = scoreAssessment(
      [q(1, 1)],
      [
        { question: 1, value: '1' },
        { question: 99, value: '3' },
        { question: 2, value: 'x' as never },
      ],
      [1],
    )
    expect(principles[0].maximum).toBe(3)
  })
})

describe('RAG bands', () => {
  it('puts exactly 40 % in amber and exactly 75 % in green', () => {
    expect(ragFor(39.99)).toBe('red')
    expect(ragFor(40)).toBe('amber')
    expect(ragFor(74.99)).toBe('amber')
    expect(ragFor(75)).toBe('green')
    expect(ragFor(0)).toBe('red')
    expect(ragFor(100)).toBe('green')
    expect(ragFor(null)).toBeNull()
  })

  it('follows the bands the service configures', () => {
    expect(ragFor(45, { redBelow: 50, amberBelow: 80 })).toBe('red')
    expect(ragFor(79, { redBelow: 50, amberBelow: 80 })).toBe('amber')
  })

  it('decides the band on the exact value, not the rounded one', () => {
    // 799 of 2000 weighted points is 39.95 %: shown as 40 (one decimal place) but still red
    const { principles } = scoreAssessment(
      [q(1, 1, 799), q(2, 1, 1201)],
      [
        { question: 1, value: '3' },
        { question: 2, value: '0' },
      ],
      [1],
    )
    expect(principles[0].percentage).toBe(40)
    expect(principles[0].rag).toBe('red')
  })
})

describe('missingAnswers', () => {
  it('lists the questions without an answer; "not applicable" counts as an answer', () => {
    const missing = missingAnswers(
      [q(1, 1), q(2, 1), q(3, 1)],
      [
        { question: 1, value: 'na' },
        { question: 2, value: null },
      ],
    )
    expect(missing.map((m) => m.id)).toEqual([2, 3])
  })
})

describe('appliesTo', () => {
  it('shows a question to every type when it names none, else only to the named types', () => {
    expect(appliesTo({ settingTypes: [] }, 'primary')).toBe(true)
    expect(appliesTo({ settingTypes: ['college', 'sixth-form'] }, 'college')).toBe(true)
    expect(appliesTo({ settingTypes: ['college', 'sixth-form'] }, 'primary')).toBe(false)
    expect(appliesTo({ active: false }, 'primary')).toBe(false)
  })
})

describe('referencesFor', () => {
  const ref = (code: string, settingTypes?: string[] | null) => ({ code, settingTypes })

  it('keeps the references for every type (none named) and those naming the setting’s type, in their order', () => {
    const refs = [
      ref('fe-inclusion', ['college', 'sixth-form']),
      ref('inclusion', ['primary', 'secondary']),
      ref('send-6.32', []),
      ref('NG223 1.1', null),
      ref('Part one'),
    ]
    expect(referencesFor(refs, 'primary').map((r) => r.code)).toEqual(['inclusion', 'send-6.32', 'NG223 1.1', 'Part one'])
    expect(referencesFor(refs, 'college').map((r) => r.code)).toEqual(['fe-inclusion', 'send-6.32', 'NG223 1.1', 'Part one'])
    expect(referencesFor(refs, 'special').map((r) => r.code)).toEqual(['send-6.32', 'NG223 1.1', 'Part one'])
    expect(referencesFor([], 'primary')).toEqual([])
  })

  it('gives the seed’s Ofsted areas to the settings inspected under each toolkit, and SEND, NICE and KCSIE to all', () => {
    const ofsted = (type: SettingType) =>
      referencesFor(frameworkReferences, type)
        .filter((r) => r.framework === 'ofsted' && !r.superseded)
        .map((r) => r.code)
    for (const type of ['college', 'sixth-form'] as const) {
      expect(ofsted(type), type).toHaveLength(6)
      expect(
        ofsted(type).every((c) => c.startsWith('fe-')),
        type,
      ).toBe(true)
    }
    for (const type of ['primary', 'secondary', 'special', 'alternative-provision', 'all-through'] as const) {
      expect(
        ofsted(type).some((c) => c.startsWith('fe-')),
        type,
      ).toBe(false)
      expect(ofsted(type), type).toEqual(expect.arrayContaining(['inclusion', 'leadership-and-governance', 'personal-development-and-well-being']))
    }
    expect(SETTING_TYPES.filter((t) => ofsted(t.value).includes('early-years')).map((t) => t.value)).toEqual(['primary', 'special', 'all-through'])
    expect(SETTING_TYPES.filter((t) => ofsted(t.value).includes('sixth-form')).map((t) => t.value)).toEqual(['secondary', 'special', 'all-through'])
    const everyone = frameworkReferences.filter((r) => r.framework !== 'ofsted')
    for (const t of SETTING_TYPES) expect(referencesFor(everyone, t.value), t.value).toHaveLength(everyone.length)
  })
})

describe('matchRecommendations', () => {
  const rule = (
    id: number,
    priority: RecommendationRule['priority'],
    principle: number,
    trigger: RecommendationRule['trigger'],
    title = `R${id}`,
  ): RecommendationRule => ({ id, title, priority, principle, trigger })
  const scores = [
    { principle: 1, rag: 'red' as const, score: 0, maximum: 3, percentage: 0, answered: 1, notApplicable: 0 },
    { principle: 2, rag: 'amber' as const, score: 1, maximum: 2, percentage: 50, answered: 1, notApplicable: 0 },
    { principle: 3, rag: null, score: 0, maximum: 0, percentage: null, answered: 0, notApplicable: 1 },
  ]
  const answers: AnswerToScore[] = [
    { question: 10, value: '0' },
    { question: 20, value: '2' },
    { question: 30, value: 'na' },
  ]

  it('matches band rules on the principle’s band and question rules at or below the level', () => {
    const rules = [
      rule(1, 'high', 1, { kind: 'principle-band', band: 'red' }),
      rule(2, 'high', 1, { kind: 'principle-band', band: 'amber' }),
      rule(3, 'medium', 2, { kind: 'principle-band', band: 'amber' }),
      rule(4, 'low', 2, { kind: 'question-level', question: 20, level: 2 }),
      rule(5, 'low', 2, { kind: 'question-level', question: 20, level: 1 }),
      rule(6, 'low', 3, { kind: 'question-level', question: 30, level: 2 }),
      rule(7, 'low', 3, { kind: 'principle-band', band: 'red' }),
    ]
    expect(matchRecommendations(rules, scores, answers, P).map((r) => r.id)).toEqual([1, 3, 4])
  })

  it('orders by priority, then principle order, then band before question rules, then title', () => {
    const rules = [
      rule(1, 'low', 1, { kind: 'principle-band', band: 'red' }),
      rule(2, 'high', 2, { kind: 'principle-band', band: 'amber' }),
      rule(3, 'high', 1, { kind: 'question-level', question: 10, level: 1 }, 'A question rule'),
      rule(4, 'high', 1, { kind: 'principle-band', band: 'red' }, 'Z band rule'),
      rule(5, 'medium', 1, { kind: 'principle-band', band: 'red' }, 'B'),
      rule(6, 'medium', 1, { kind: 'principle-band', band: 'red' }, 'A'),
    ]
    expect(matchRecommendations(rules, scores, answers, P).map((r) => r.id)).toEqual([4, 3, 2, 6, 5, 1])
  })
})

describe('countyBenchmark', () => {
  const result = (setting: number, ...percentages: (number | null)[]) => ({
    setting,
    principles: percentages.map((percentage, i) => ({ principle: i + 1, percentage })),
  })

  it('averages the other settings per principle once enough contribute', () => {
    const others = [result(1, 50, 10), result(2, 60, 20), result(3, 70, null)]
    expect(countyBenchmark(totalsOf(others), [1, 2], 3)).toEqual([
      { principle: 1, average: 60, contributors: 3 },
      { principle: 2, average: null, contributors: 2 },
    ])
  })

  it('shows nothing below the minimum, and never fewer than two settings whatever the minimum', () => {
    expect(countyBenchmark(totalsOf([result(1, 50), result(2, 60)]), [1], 5)[0].average).toBeNull()
    expect(countyBenchmark(totalsOf([result(1, 50)]), [1], 1)[0].average).toBeNull()
    expect(countyBenchmark(totalsOf([result(1, 50), result(2, 61)]), [1], 1)[0].average).toBe(55.5)
  })

  it('groups setting types into phases', () => {
    expect(phaseOf('college')).toBe(phaseOf('sixth-form'))
    expect(phaseOf('all-through')).toBe('secondary')
    expect(phaseOf('primary')).toBe('primary')
  })
})

describe('changes since the previous assessment', () => {
  it('reports each principle’s change in percentage points', () => {
    expect(
      principleChanges(
        [{ principle: 1, percentage: 40 }],
        [
          { principle: 1, percentage: 55.5 },
          { principle: 2, percentage: 10 },
        ],
      ),
    ).toEqual([
      { principle: 1, before: 40, after: 55.5, delta: 15.5 },
      { principle: 2, before: null, after: 10, delta: null },
    ])
  })

  it('lists only the questions whose answer changed', () => {
    const changes = questionChanges(
      [
        { question: 1, value: '1' },
        { question: 2, value: '3' },
        { question: 3, value: '2' },
        { question: 4, value: 'na' },
      ],
      [
        { question: 1, value: '2' },
        { question: 2, value: '1' },
        { question: 3, value: '2' },
        { question: 4, value: '1' },
        { question: 5, value: '0' },
      ],
    )
    expect(changes).toEqual([
      { question: 1, before: '1', after: '2', direction: 'better' },
      { question: 2, before: '3', after: '1', direction: 'worse' },
      { question: 4, before: 'na', after: '1', direction: 'changed' },
      { question: 5, before: null, after: '0', direction: 'new' },
    ])
  })
})

describe('evidence by framework: human names', () => {
  it('says a version as people do, and leaves other versions alone', () => {
    expect(versionLabel('2025-11')).toBe('November 2025')
    expect(versionLabel('2019')).toBe('2019')
    expect(versionLabel('2025-13')).toBe('2025-13')
  })

  it('names a section by number and title, or by title alone when its code is an internal key', () => {
    expect(referenceLabel({ code: 'personal-development-and-well-being', title: 'Personal development and well-being' })).toBe(
      'Personal development and well-being',
    )
    expect(referenceLabel({ code: '1.1.2', title: 'Whole-school approaches' })).toBe('1.1.2 Whole-school approaches')
    expect(referenceLabel({ code: '6.2', title: 'Support for pupils' })).toBe('6.2 Support for pupils')
  })

  it('cites a reference in full for exports, by the framework’s name', () => {
    expect(
      referenceCitation({ framework: 'ofsted', version: '2025-11', code: 'personal-development-and-well-being', title: 'Personal development and well-being' }),
    ).toBe('Ofsted inspection framework (November 2025): Personal development and well-being')
  })

  it('puts Ofsted first', () => {
    expect(['nice', 'kcsie', 'ofsted', 'send-code'].sort((a, b) => frameworkOrder(a) - frameworkOrder(b))[0]).toBe('ofsted')
  })
})

describe('the action plan’s figures', () => {
  const today = '2026-11-27'
  it('counts open, overdue (from the day after the due date) and done actions', () => {
    const actions = [
      { status: 'not-started', dueDate: '2026-11-26T12:00:00.000Z' },
      { status: 'in-progress', dueDate: '2026-11-27T12:00:00.000Z' },
      { status: 'done', dueDate: '2026-01-01T12:00:00.000Z' },
      { status: 'in-progress', dueDate: null },
    ]
    expect(actionCounts(actions, today)).toEqual({ open: 3, overdue: 1, done: 1 })
    expect(isOverdue(actions[0], today)).toBe(true)
    expect(isOverdue(actions[1], today)).toBe(false)
    expect(isOverdue(actions[2], today)).toBe(false)
    expect(actionCounts([], today)).toEqual({ open: 0, overdue: 0, done: 0 })
  })

  it('takes today in the county, not in UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(todayInCounty(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01')
    expect(todayInCounty(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31')
  })
})
