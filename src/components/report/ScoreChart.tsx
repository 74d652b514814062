/**
 * Scores by principle as a server-rendered SVG bar chart: each bar's percentage and band are written beside it
 * (colour is never the only cue), with markers for the county average and the previous assessment.
 * Laid out so that nothing is clipped or overlaps whatever the label or value: each principle's label has a line of
 * its own above its bar (wrapped, never cut), values sit in a column of their own right of the 100 % line, and the
 * markers stay within the bar's own band. The table alternative is ScoreTable.
 */
import type { ReportPrinciple } from '@/assessment/reportData'

import { GRID, MUTED, RAG_FILL, RAG_WORD, TEXT } from './chartColours'

const BAR_X = 8
const BAR_W = 460
const VALUE_X = BAR_X + BAR_W + 14
const WIDTH = VALUE_X + 118
const TOP = 30
const LABEL_LINE = 19
const BAR_H = 24
const ROW_GAP = 14
/** Characters of a label line at 15 px before it wraps (Arial averages under 8 px a character). */
const LABEL_CHARS = 62

/** A label broken into lines of at most `max` characters, at spaces (a word longer than a line is cut with "…"). */
export function wrapLabel(label: string, max = LABEL_CHARS): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const w = word.length > max ? `${word.slice(0, max - 1)}…` : word
    if (line && line.length + 1 + w.length > max) {
      lines.push(line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(line)
  return lines.length ? lines : ['']
}

export function ScoreChart({ principles }: { principles: ReportPrinciple[] }) {
  const x = (percent: number) => BAR_X + (Math.min(100, Math.max(0, percent)) / 100) * BAR_W
  const rows = principles.map((p) => ({ p, lines: wrapLabel(`${p.order}. ${p.label}`) }))
  const tops: number[] = []
  let y = TOP
  for (const r of rows) {
    tops.push(y)
    y += r.lines.length * LABEL_LINE + 6 + BAR_H + ROW_GAP
  }
  const chartBottom = y - ROW_GAP
  const height = chartBottom + 40
  const hasBenchmark = principles.some((p) => p.benchmark !== null)
  const hasPrevious = principles.some((p) => p.previous !== null)
  const summary = principles
    .map(
      (p) =>
        `${p.label}: ${p.percentage === null ? 'no score' : `${p.percentage}%, ${RAG_WORD[p.rag!]}`}${p.benchmark !== null ? `, county average ${p.benchmark}%` : ''}${p.previous !== null ? `, previous ${p.previous}%` : ''}`,
    )
    .join('; ')
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="score-chart-title score-chart-desc" className="chart__svg">
        <title id="score-chart-title">Scores by principle</title>
        <desc id="score-chart-desc">{summary}</desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={chartBottom} stroke={GRID} strokeWidth={1} />
            <text x={x(tick)} y={TOP - 12} fontSize={13} textAnchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'} fill={MUTED}>
              {tick}%
            </text>
          </g>
        ))}
        {rows.map(({ p, lines }, i) => {
          const top = tops[i]
          const barY = top + lines.length * LABEL_LINE + 6
          const width = p.percentage === null ? 0 : (Math.min(100, Math.max(0, p.percentage)) / 100) * BAR_W
          return (
            <g key={p.id} className="chart__row">
              <text x={BAR_X} y={top + 14} fontSize={15} fill={TEXT} className="chart__label">
                {lines.map((line, l) => (
                  <tspan key={l} x={BAR_X} dy={l === 0 ? 0 : LABEL_LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              {p.rag && <rect x={BAR_X} y={barY} width={Math.max(width, 2)} height={BAR_H} fill={RAG_FILL[p.rag]} stroke={TEXT} strokeWidth={1} />}
              <text x={VALUE_X} y={barY + 17} fontSize={15} fill={TEXT} fontWeight="bold" className="chart__value">
                {p.percentage === null ? 'No score' : `${p.percentage}% ${RAG_WORD[p.rag!]}`}
              </text>
              {p.benchmark !== null && (
                <path
                  className="chart__marker"
                  d={`M ${x(p.benchmark)} ${barY - 1} l 5 -6 h -10 z M ${x(p.benchmark)} ${barY - 1} v ${BAR_H + 4}`}
                  stroke={TEXT}
                  strokeWidth={2}
                  fill={TEXT}
                >
                  <title>{`County average ${p.benchmark}%`}</title>
                </path>
              )}
              {p.previous !== null && (
                <circle className="chart__marker" cx={x(p.previous)} cy={barY + BAR_H / 2} r={5} fill="#fff" stroke={TEXT} strokeWidth={2}>
                  <title>{`Previous assessment ${p.previous}%`}</title>
                </circle>
              )}
            </g>
          )
        })}
        <g transform={`translate(${BAR_X}, ${chartBottom + 28})`} fontSize={13} fill={TEXT}>
          {hasBenchmark && (
            <>
              <path d="M 6 -10 l 5 -6 h -10 z M 6 -10 v 14" stroke={TEXT} strokeWidth={2} fill={TEXT} transform="translate(0, 6)" />
              <text x={18} y={0}>
                County average
              </text>
            </>
          )}
          {hasPrevious && (
            <>
              <circle cx={150} cy={-4} r={5} fill="#fff" stroke={TEXT} strokeWidth={2} />
              <text x={162} y={0}>
                Previous assessment
              </text>
            </>
          )}
        </g>
      </svg>
      <figcaption className="chart__caption">The same scores are in the table below.</figcaption>
    </figure>
  )
}
