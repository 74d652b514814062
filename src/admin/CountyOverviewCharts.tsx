/**
 * The county overview's two charts as server-rendered SVG (role="img" with a title and a description saying every
 * value): assessments submitted per month, and the average score per principle with its band written beside each bar.
 * Each has a table alternative on the page; colour is never the only cue.
 */
import type { MonthCount, PrincipleFigures } from '@/county/figures'
import { GRID, MUTED, RAG_FILL, RAG_WORD, TEXT } from '@/components/report/chartColours'
import { wrapLabel } from '@/components/report/ScoreChart'

const BAR_FILL = '#1d70b8'

/** The axis's top: four gridline steps of 1, 2 or 5 × 10ⁿ (whole numbers), reaching at least the largest value. */
export function axisMax(largest: number): number {
  const step = Math.max(1, largest) / 4
  const power = 10 ** Math.floor(Math.log10(step))
  for (const s of [1, 2, 5, 10]) if (s * power >= step) return 4 * Math.max(1, s * power)
  return 40 * power
}

export function MonthsChart({ months }: { months: MonthCount[] }) {
  const left = 44
  const top = 16
  const plotH = 200
  const colW = 44
  const width = left + months.length * colW + 8
  const height = top + plotH + 44
  const max = axisMax(Math.max(0, ...months.map((m) => m.submitted)))
  const y = (v: number) => top + plotH - (v / max) * plotH
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max]
  const summary = months.map((m) => `${m.label}: ${m.submitted}`).join('; ')
  return (
    <figure className="county-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby="months-chart-title months-chart-desc" className="county-chart__svg">
        <title id="months-chart-title">Assessments submitted per month</title>
        <desc id="months-chart-desc">{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={width - 4} y1={y(t)} y2={y(t)} stroke={GRID} strokeWidth={1} />
            <text x={left - 6} y={y(t) + 4} fontSize={12} textAnchor="end" fill={MUTED}>
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = left + i * colW + 8
          const h = (m.submitted / max) * plotH
          return (
            <g key={m.month}>
              {m.submitted > 0 && <rect x={x} y={y(m.submitted)} width={colW - 16} height={h} fill={BAR_FILL} stroke={TEXT} strokeWidth={1} />}
              <text x={x + (colW - 16) / 2} y={y(m.submitted) - 4} fontSize={12} textAnchor="middle" fill={TEXT} fontWeight="bold">
                {m.submitted}
              </text>
              <text x={x + (colW - 16) / 2} y={top + plotH + 16} fontSize={11} textAnchor="middle" fill={TEXT}>
                {m.label.split(' ')[0]}
              </text>
              <text x={x + (colW - 16) / 2} y={top + plotH + 30} fontSize={11} textAnchor="middle" fill={MUTED}>
                {m.label.split(' ')[1]}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="county-chart__caption">The same counts are in the table below.</figcaption>
    </figure>
  )
}

export function PrincipleAveragesChart({ principles }: { principles: PrincipleFigures[] }) {
  const barX = 8
  const barW = 420
  const valueX = barX + barW + 12
  const width = valueX + 130
  const lineH = 18
  const barH = 20
  const gap = 12
  const top = 28
  const rows = principles.map((p) => ({ p, lines: wrapLabel(`${p.order}. ${p.label}`, 56) }))
  const tops: number[] = []
  let cursor = top
  for (const r of rows) {
    tops.push(cursor)
    cursor += r.lines.length * lineH + 4 + barH + gap
  }
  const height = cursor + 4
  const x = (v: number) => barX + (Math.min(100, Math.max(0, v)) / 100) * barW
  const summary = principles
    .map((p) => `${p.label}: ${p.average === null ? 'no results' : `${p.average}%, ${RAG_WORD[p.rag!]}, ${p.contributors} settings`}`)
    .join('; ')
  return (
    <figure className="county-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="principles-chart-title principles-chart-desc"
        className="county-chart__svg"
      >
        <title id="principles-chart-title">Average score per principle (latest assessment of each setting)</title>
        <desc id="principles-chart-desc">{summary}</desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top - 6} y2={height - 8} stroke={GRID} strokeWidth={1} />
            <text x={x(tick)} y={top - 12} fontSize={12} textAnchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'} fill={MUTED}>
              {tick}%
            </text>
          </g>
        ))}
        {rows.map(({ p, lines }, i) => {
          const barY = tops[i] + lines.length * lineH + 4
          return (
            <g key={p.id}>
              <text x={barX} y={tops[i] + 13} fontSize={14} fill={TEXT}>
                {lines.map((line, l) => (
                  <tspan key={l} x={barX} dy={l === 0 ? 0 : lineH}>
                    {line}
                  </tspan>
                ))}
              </text>
              {p.average !== null && p.rag && (
                <rect x={barX} y={barY} width={Math.max(2, x(p.average) - barX)} height={barH} fill={RAG_FILL[p.rag]} stroke={TEXT} strokeWidth={1} />
              )}
              <text x={valueX} y={barY + 15} fontSize={14} fill={TEXT} fontWeight="bold">
                {p.average === null ? 'No results' : `${p.average}% ${RAG_WORD[p.rag!]}`}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="county-chart__caption">The same averages, with the number of settings in each band, are in the table below.</figcaption>
    </figure>
  )
}
