/** The table alternative to the score chart: every number the chart shows, in words. */
import type { ReportPrinciple } from '@/assessment/reportData'

import { RagTag } from '../RagTag'

const percent = (value: number | null) => (value === null ? '—' : `${value}%`)
const change = (delta: number | null) => (delta === null ? '—' : delta === 0 ? 'No change' : `${delta > 0 ? '+' : '−'}${Math.abs(delta)} points`)

export function ScoreTable({ principles }: { principles: ReportPrinciple[] }) {
  return (
    <table className="table table--stack score-table">
      <caption className="table__caption">Scores by principle</caption>
      <thead>
        <tr>
          <th scope="col">Principle</th>
          <th scope="col">Score</th>
          <th scope="col">Band</th>
          <th scope="col">Previous</th>
          <th scope="col">Change</th>
          <th scope="col">County average</th>
        </tr>
      </thead>
      <tbody>
        {principles.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              {p.order}. {p.label}
            </th>
            <td data-label="Score">{percent(p.percentage)}</td>
            <td data-label="Band">
              <RagTag rag={p.rag} />
            </td>
            <td data-label="Previous">{percent(p.previous)}</td>
            <td data-label="Change">{change(p.delta)}</td>
            <td data-label="County average">{p.benchmark === null ? 'Not shown' : `${p.benchmark}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
