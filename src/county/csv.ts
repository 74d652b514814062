/**
 * The county overview as an anonymised CSV: the same figures as the page, never a setting's name or id, and every
 * figure drawn from a group of fewer than the minimum settings written as "fewer than N" (pure).
 */
import { stringify } from 'csv-stringify/sync'

import { neutralise } from '@/assessment/report/answersCsv'

import { isSuppressed, suppressedText } from './figures'
import { filterLabel, phaseLabel } from './filters'
import type { CountyOverview } from './overview'

export const CSV_HEADER = ['Figure', 'Group', 'Measure', 'Value', 'Settings in group'] as const

type Row = [figure: string, group: string, measure: string, value: string | number, groupSize: string | number]

export function countyOverviewCsv(o: CountyOverview): string {
  const rows: Row[] = []
  const hide = (size: number) => isSuppressed(size, o.minimum)
  /** One figure of a group: its value, or "fewer than N" (and the group's size likewise) when the group is too small. */
  const push = (figure: string, group: string, measure: string, value: number | string, size: number) =>
    rows.push([figure, group, measure, hide(size) ? suppressedText(o.minimum) : value, hide(size) ? suppressedText(o.minimum) : size])
  const all = o.settings.total
  const chosen = filterLabel(o.filter)

  rows.push(['Filter', '', 'Phase', phaseLabel(o.filter.phase), ''])
  rows.push(['Filter', '', 'District', o.filter.district ?? 'All districts', ''])
  rows.push(['Filter', '', 'Minimum group size', o.minimum, ''])
  rows.push(['Filter', '', 'Produced at', o.generatedAt, ''])

  for (const [measure, value] of [
    ['Settings', all],
    ['Engaged (assessment submitted in the last 12 months)', o.settings.engaged],
    ['Not yet engaged', o.settings.notEngaged],
  ] as const)
    push('Settings', chosen, measure, value, all)
  for (const [figure, groups] of [
    ['Settings by type', o.settings.byType],
    ['Settings by district', o.settings.byDistrict],
  ] as const)
    for (const g of groups) {
      push(figure, g.label, 'Settings', g.settings, g.settings)
      push(figure, g.label, 'Engaged', g.engaged, g.settings)
      push(figure, g.label, 'Not yet engaged', g.settings - g.engaged, g.settings)
    }

  for (const m of o.months) push('Assessments submitted per month', chosen, m.month, m.submitted, all)

  for (const p of o.principles) {
    const group = `${p.order}. ${p.label}`
    push('Latest assessment by principle', group, 'Settings contributing', p.contributors, p.contributors)
    push('Latest assessment by principle', group, 'Average score (%)', p.average ?? '', p.contributors)
    push('Latest assessment by principle', group, 'Red', p.red, p.contributors)
    push('Latest assessment by principle', group, 'Amber', p.amber, p.contributors)
    push('Latest assessment by principle', group, 'Green', p.green, p.contributors)
  }
  for (const d of o.heatMap.districts)
    for (const p of o.principles) {
      const cell = o.heatMap.cells[d][p.id]
      push('Average score by principle and district', d, `${p.order}. ${p.label} (%)`, cell.average ?? '', cell.contributors)
    }

  for (const [measure, value] of [
    ['Sessions run (last 12 months)', o.training.sessionsRun],
    ['Active staff', o.training.activeStaff],
    ['Staff trained', o.training.staffTrained],
    ['Compassionate Champions', o.training.champions],
  ] as const)
    push('Training', chosen, measure, value, all)
  rows.push(['Training', 'County', 'Upcoming sessions', o.training.upcomingSessions, ''])
  for (const [measure, value] of [
    ['Achieved', o.awards.achieved],
    ['In progress', o.awards.inProgress],
    [`Expiring within ${o.awards.reminderDays} days`, o.awards.expiring],
  ] as const)
    push('Awards', chosen, measure, value, all)
  rows.push(['Waiting for the service', 'County', 'Case studies to moderate', o.queues.moderation ?? '', ''])
  rows.push(['Waiting for the service', 'County', 'Join requests', o.queues.joinRequests ?? 'not available', ''])

  return stringify([[...CSV_HEADER], ...rows.map((r) => r.map((c) => (typeof c === 'string' ? neutralise(c) : c)))], { bom: true, record_delimiter: 'windows' })
}
