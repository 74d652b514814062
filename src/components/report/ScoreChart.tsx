/**
 * Scores by principle as a server-rendered SVG bar chart: each bar's percentage and band are written beside it
 * (colour is never the only cue), with markers for the county average and the previous assessment.
 * The table alternative is ScoreTable.
 */
import type { ReportPrinciple } from '@/assessment/reportData'

import { GRID, MUTED, RAG_FILL, RAG_WORD, TEXT } from './chartColours'

const LABEL_W = 230
const BAR_W = 440
const ROW_H = 44
const TOP = 34

export function ScoreChart({ principles }: { principles: ReportPrinciple[] }) {
  const height = TOP + principles.length * ROW_H + 40
  const x = (percent: number) => LABEL_W + (percent / 100) * BAR_W
  const hasBenchmark = principles.some((p) => p.benchmark !== null)
  const hasPrevious = principles.some((p) => p.previous !== null)
  const summary = principles
    .map(
      (p) =>
        `${p.label}: ${p.percentage === null ? 'no score' : `${p.percentage}%, ${RAG_WORD[p.rag!]}`}${p.benchmark !== null ? `, county average ${p.benchmark}%` : ''}`,
    )
    .join('; ')
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${LABEL_W + BAR_W + 120} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="score-chart-title score-chart-desc"
        className="chart__svg"
      >
        <title id="score-chart-title">Scores by principle</title>
        <desc id="score-chart-desc">{summary}</desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={TOP + principles.length * ROW_H} stroke={GRID} strokeWidth={1} />
            <text x={x(tick)} y={TOP - 12} fontSize={13} textAnchor="middle" fill={MUTED}>
              {tick}%
            </text>
          </g>
        ))}
        {principles.map((p, i) => {
          const y = TOP + i * ROW_H
          const width = p.percentage === null ? 0 : (p.percentage / 100) * BAR_W
          return (
            <g key={p.id}>
              <text x={LABEL_W - 10} y={y + 26} fontSize={15} textAnchor="end" fill={TEXT}>
                {p.order}. {p.label.length > 26 ? `${p.label.slice(0, 25)}…` : p.label}
              </text>
              {p.rag && <rect x={LABEL_W} y={y + 8} width={Math.max(width, 2)} height={26} fill={RAG_FILL[p.rag]} stroke={TEXT} strokeWidth={1} />}
              <text x={x(p.percentage ?? 0) + 8} y={y + 26} fontSize={15} fill={TEXT} fontWeight="bold">
                {p.percentage === null ? 'No score' : `${p.percentage}% ${RAG_WORD[p.rag!]}`}
              </text>
              {p.benchmark !== null && (
                <path d={`M ${x(p.benchmark)} ${y + 3} l 6 -7 h -12 z M ${x(p.benchmark)} ${y + 3} v 36`} stroke={TEXT} strokeWidth={2} fill={TEXT}>
                  <title>{`County average ${p.benchmark}%`}</title>
                </path>
              )}
              {p.previous !== null && (
                <circle cx={x(p.previous)} cy={y + 21} r={5} fill="#fff" stroke={TEXT} strokeWidth={2}>
                  <title>{`Previous assessment ${p.previous}%`}</title>
                </circle>
              )}
            </g>
          )
        })}
        <g transform={`translate(${LABEL_W}, ${TOP + principles.length * ROW_H + 22})`} fontSize={13} fill={TEXT}>
          {hasBenchmark && (
            <>
              <path d="M 6 -10 l 6 -7 h -12 z M 6 -10 v 14" stroke={TEXT} strokeWidth={2} fill={TEXT} transform="translate(0, 6)" />
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
