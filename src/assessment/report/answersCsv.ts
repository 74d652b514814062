/** A report's answers, and a setting's progress, as CSV for spreadsheets (safe from formula injection). */
import { stringify } from 'csv-stringify/sync'

import type { ProgressPoint, ReportData } from '../reportData'
import { referenceCitation } from '../frameworks'

/** A cell a spreadsheet would run as a formula is written as text instead. */
export const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

const csv = (rows: (string | number)[][]): string =>
  stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralise(cell) : cell))),
    { bom: true, record_delimiter: 'windows' },
  )

export function answersCsv(report: ReportData): string {
  const order = new Map(report.principles.map((p) => [p.id, p.order]))
  return csv([
    ['Principle number', 'Principle', 'Question', 'Weight', 'Answer', 'Answer label', 'Evidence note', 'Framework references'],
    ...report.answers.map((a) => [
      order.get(a.principleId) ?? '',
      a.principleLabel,
      a.prompt,
      a.weight,
      a.value === 'na' ? 'Not applicable' : a.value,
      a.valueLabel,
      a.evidence,
      a.frameworkReferences.map(referenceCitation).join('; '),
    ]),
  ])
}

export function progressCsv(points: ProgressPoint[], principles: { id: number; label: string }[]): string {
  const date = (iso: string) => iso.slice(0, 10)
  return csv([
    ['Principle', ...points.map((p) => date(p.submittedAt))],
    ...principles.map((principle) => [
      principle.label,
      ...points.map((p) => {
        const value = p.principles.find((x) => x.id === principle.id)?.percentage
        return value === null || value === undefined ? '' : value
      }),
    ]),
    ['Overall', ...points.map((p) => (p.overall === null ? '' : p.overall))],
  ])
}
