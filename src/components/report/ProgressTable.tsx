/** The table alternative to the progress chart: principles down, assessments across. */
import type { ProgressPoint } from '@/assessment/reportData'

import { formatDate } from '../formatDate'

const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value}%`)

export function ProgressTable({ points, principles }: { points: ProgressPoint[]; principles: { id: number; label: string }[] }) {
  return (
    // A wide table scrolls inside its own region, which keyboard users must be able to focus to scroll (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable scroll region is the accessible pattern here
    <section className="table-wrapper" aria-labelledby="progress-table-caption" tabIndex={0}>
      <table className="table">
        <caption className="table__caption" id="progress-table-caption">
          Scores in each self-assessment
        </caption>
        <thead>
          <tr>
            <th scope="col">Principle</th>
            {points.map((p) => (
              <th scope="col" key={p.assessmentId}>
                {formatDate(p.submittedAt)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {principles.map((pr) => (
            <tr key={pr.id}>
              <th scope="row">{pr.label}</th>
              {points.map((p) => (
                <td key={p.assessmentId}>{percent(p.principles.find((x) => x.id === pr.id)?.percentage)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Overall</th>
            {points.map((p) => (
              <td key={p.assessmentId}>{percent(p.overall)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  )
}
