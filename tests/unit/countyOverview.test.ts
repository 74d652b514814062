/** The county overview's pure parts: months, filters, the figures' shaping, the minimum group size and the anonymised CSV. */
import { describe, expect, it } from 'vitest'

import { axisMax } from '@/admin/CountyOverviewCharts'
import { countyOverviewCsv } from '@/county/csv'
import { heatMap, isSuppressed, lastMonths, minimumGroupSize, principleFigures, type ResultRow, settingsFigures, zeroFillMonths } from '@/county/figures'
import { ALL, filterQuery, parseFilter } from '@/county/filters'
import { type CountyOverview, filterSettingsRows } from '@/county/overview'

const bands = { redBelow: 40, amberBelow: 75 }
const principles = [
  { id: 11, order: 1, label: 'Leadership' },
  { id: 12, order: 2, label: 'Curriculum' },
]

describe('months', () => {
  it('lists twelve months ending with this month in UK time, across a year boundary', () => {
    expect(lastMonths(new Date('2026-02-10T12:00:00Z'))).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ])
  })
  it('takes the month from UK time: 23:30 UTC on 31 May is already June in London (BST)', () => {
    expect(lastMonths(new Date('2026-05-31T23:30:00Z'), 2)).toEqual(['2026-05', '2026-06'])
    expect(lastMonths(new Date('2026-12-31T23:30:00Z'), 1)).toEqual(['2026-12'])
  })
  it('zero-fills the months nothing was submitted in, in order, and drops rows outside them', () => {
    const filled = zeroFillMonths(
      [
        { month: '2026-03', submitted: 4 },
        { month: '2025-01', submitted: 9 },
      ],
      ['2026-01', '2026-02', '2026-03'],
    )
    expect(filled).toEqual([
      { month: '2026-01', label: 'Jan 2026', submitted: 0 },
      { month: '2026-02', label: 'Feb 2026', submitted: 0 },
      { month: '2026-03', label: 'Mar 2026', submitted: 4 },
    ])
  })
})

describe('filters', () => {
  it('keeps a known phase and district and names what it drops', () => {
    expect(parseFilter({ phase: 'post-16', district: 'Wyre' }, ['Wyre', 'Fylde'])).toEqual({ filter: { phase: 'post-16', district: 'Wyre' }, ignored: [] })
    const bad = parseFilter({ phase: 'nursery', district: 'Atlantis' }, ['Wyre'])
    expect(bad.filter).toEqual(ALL)
    expect(bad.ignored).toEqual(['phase “nursery”', 'district “Atlantis”'])
    expect(parseFilter({ phase: ['special', 'primary'] }, []).filter.phase).toBe('special')
    expect(parseFilter(undefined, []).filter).toEqual(ALL)
    // Before the county's districts are known, any district is taken as asked.
    expect(parseFilter({ district: 'Atlantis' }, null)).toEqual({ filter: { phase: null, district: 'Atlantis' }, ignored: [] })
  })
  it('writes a filter as a query string', () => {
    expect(filterQuery(ALL)).toBe('')
    expect(filterQuery({ phase: 'primary', district: 'Ribble Valley' })).toBe('?phase=primary&district=Ribble+Valley')
  })
  it('keeps the settings rows of the phase’s types and the district: post-16 is sixth forms and colleges', () => {
    const rows = [
      { type: 'college', district: 'Wyre', settings: 2, engaged: 1 },
      { type: 'sixth-form', district: 'Wyre', settings: 1, engaged: 1 },
      { type: 'college', district: 'Fylde', settings: 3, engaged: 0 },
      { type: 'primary', district: 'Wyre', settings: 9, engaged: 4 },
    ]
    expect(filterSettingsRows(rows, { phase: 'post-16', district: 'Wyre' })).toEqual(rows.slice(0, 2))
    expect(filterSettingsRows(rows, { phase: null, district: 'Fylde' })).toEqual([rows[2]])
  })
})

describe('figures', () => {
  it('totals settings by type (every type, in order) and by district (alphabetical)', () => {
    const s = settingsFigures([
      { type: 'primary', district: 'Wyre', settings: 3, engaged: 2 },
      { type: 'primary', district: 'Burnley', settings: 1, engaged: 0 },
      { type: 'college', district: 'Wyre', settings: 2, engaged: 2 },
    ])
    expect([s.total, s.engaged, s.notEngaged]).toEqual([6, 4, 2])
    expect(s.byType.map((t) => [t.key, t.settings, t.engaged])).toEqual([
      ['primary', 4, 2],
      ['secondary', 0, 0],
      ['special', 0, 0],
      ['alternative-provision', 0, 0],
      ['all-through', 0, 0],
      ['sixth-form', 0, 0],
      ['college', 2, 2],
    ])
    expect(s.byDistrict.map((d) => [d.key, d.settings, d.engaged])).toEqual([
      ['Burnley', 1, 0],
      ['Wyre', 5, 4],
    ])
  })

  const rows: ResultRow[] = [
    { principle: 11, district: 'Wyre', contributors: 2, sum: 150, red: 0, amber: 1, green: 1 },
    { principle: 11, district: 'Fylde', contributors: 1, sum: 30, red: 1, amber: 0, green: 0 },
    { principle: 12, district: 'Wyre', contributors: 2, sum: 70, red: 2, amber: 0, green: 0 },
  ]
  it('averages each principle over every district (the settings’ own percentages), with its band and band counts', () => {
    expect(principleFigures(rows, principles, bands)).toEqual([
      { ...principles[0], contributors: 3, average: 60, rag: 'amber', red: 1, amber: 1, green: 1 },
      { ...principles[1], contributors: 2, average: 35, rag: 'red', red: 2, amber: 0, green: 0 },
    ])
    expect(principleFigures([], principles, bands)[0]).toMatchObject({ contributors: 0, average: null, rag: null })
  })
  it('hides a heat-map cell drawn from fewer than the minimum settings, and leaves an empty one empty', () => {
    const map = heatMap(rows, principles, ['Fylde', 'Wyre'], bands, 2)
    expect(map.cells.Wyre[11]).toEqual({ contributors: 2, average: 75, rag: 'green', suppressed: false })
    expect(map.cells.Fylde[11]).toEqual({ contributors: 1, average: null, rag: null, suppressed: true })
    expect(map.cells.Fylde[12]).toEqual({ contributors: 0, average: null, rag: null, suppressed: false })
  })
  it('takes the minimum group size from the benchmark minimum, never below 2', () => {
    expect(minimumGroupSize(5)).toBe(5)
    expect(minimumGroupSize('7')).toBe(7)
    expect(minimumGroupSize(1)).toBe(2)
    expect(minimumGroupSize(undefined)).toBe(5)
    expect([0, 1, 4, 5].map((n) => isSuppressed(n, 5))).toEqual([false, true, true, false])
  })
  it('tops the chart’s axis at four whole steps of 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 3, 7, 12, 48, 230].map(axisMax)).toEqual([4, 4, 8, 20, 80, 400])
  })
})

describe('the anonymised CSV', () => {
  const overview: CountyOverview = {
    filter: { phase: null, district: null },
    generatedAt: '2026-11-28T10:00:00.000Z',
    minimum: 3,
    bands,
    districts: ['=Fylde', 'Wyre'],
    settings: settingsFigures([
      { type: 'primary', district: 'Wyre', settings: 4, engaged: 3 },
      { type: 'college', district: '=Fylde', settings: 1, engaged: 1 },
    ]),
    months: zeroFillMonths([{ month: '2026-11', submitted: 2 }], ['2026-10', '2026-11']),
    principles: principleFigures(rows3(), principles, bands),
    heatMap: heatMap(rows3(), principles, ['=Fylde', 'Wyre'], bands, 3),
    training: { sessionsRun: 4, upcomingSessions: 2, activeStaff: 20, staffTrained: 8, champions: 1, championThreshold: 3 },
    awards: { achieved: 1, inProgress: 4, expiring: 0, reminderDays: 60 },
    queues: { moderation: 2, joinRequests: null },
  }
  function rows3(): ResultRow[] {
    return [
      { principle: 11, district: 'Wyre', contributors: 4, sum: 200, red: 1, amber: 2, green: 1 },
      { principle: 11, district: '=Fylde', contributors: 1, sum: 90, red: 0, amber: 0, green: 1 },
    ]
  }
  const csv = countyOverviewCsv(overview)
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  const line = (prefix: string) => lines.filter((l) => l.startsWith(prefix))

  it('writes a group of fewer than the minimum as “fewer than N”, its size too', () => {
    expect(line('Settings by type,College school')).toEqual([])
    expect(line('Settings by type,College,')).toEqual([
      'Settings by type,College,Settings,fewer than 3,fewer than 3',
      'Settings by type,College,Engaged,fewer than 3,fewer than 3',
      'Settings by type,College,Not yet engaged,fewer than 3,fewer than 3',
    ])
    expect(line('Settings by type,Primary school,Engaged')).toEqual(['Settings by type,Primary school,Engaged,3,4'])
    expect(line("Average score by principle and district,'=Fylde,1. Leadership")).toEqual([
      "Average score by principle and district,'=Fylde,1. Leadership (%),fewer than 3,fewer than 3",
    ])
    expect(line('Average score by principle and district,Wyre,1. Leadership')).toEqual(['Average score by principle and district,Wyre,1. Leadership (%),50,4'])
    // A group of none has nothing to reveal.
    expect(line('Settings by type,Special school,Settings')).toEqual(['Settings by type,Special school,Settings,0,0'])
  })
  it('has every month, the principles’ bands and the queues, and neutralises cells a spreadsheet would run', () => {
    expect(lines[0]).toBe('Figure,Group,Measure,Value,Settings in group')
    expect(line('Assessments submitted per month')).toEqual([
      'Assessments submitted per month,"All phases, all districts",2026-10,0,5',
      'Assessments submitted per month,"All phases, all districts",2026-11,2,5',
    ])
    expect(line('Latest assessment by principle,1. Leadership,Red')).toEqual(['Latest assessment by principle,1. Leadership,Red,1,5'])
    expect(line('Waiting for the service')).toEqual([
      'Waiting for the service,County,Case studies to moderate,2,',
      'Waiting for the service,County,Join requests,not available,',
    ])
    expect(csv).not.toMatch(/^=|,=/m)
  })
})
