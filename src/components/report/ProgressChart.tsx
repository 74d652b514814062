/** Progress over time as a server-rendered SVG line chart: one line per principle, each with its own marker and label. */
import type { ProgressPoint } from '@/assessment/reportData'

import { GRID, MUTED, TEXT } from './chartColours'

const W = 720
const H = 380
const LEFT = 50
const RIGHT = 200
const TOP = 20
const BOTTOM = 50
const DASHES = ['', '6 4', '2 3', '10 4 2 4', '', '6 4', '2 3', '10 4 2 4']
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'square', 'circle', 'diamond', 'triangle'] as const
const COLOURS = ['#0b0c0c', '#1d70b8', '#00574b', '#942514', '#4c2c92', '#6e3619', '#005a30', '#505a5f']

function Marker({ kind, x, y, colour }: { kind: (typeof MARKERS)[number]; x: number; y: number; colour: string }) {
  if (kind === 'circle') return <circle cx={x} cy={y} r={5} fill={colour} />
  if (kind === 'square') return <rect x={x - 5} y={y - 5} width={10} height={10} fill={colour} />
  if (kind === 'triangle') return <path d={`M ${x} ${y - 6} L ${x + 6} ${y + 5} L ${x - 6} ${y + 5} Z`} fill={colour} />
  return <path d={`M ${x} ${y - 6} L ${x + 6} ${y} L ${x} ${y + 6} L ${x - 6} ${y} Z`} fill={colour} />
}

const shortDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'Europe/London' })

export function ProgressChart({ points, principles }: { points: ProgressPoint[]; principles: { id: number; label: string }[] }) {
  const plotW = W - LEFT - RIGHT
  const plotH = H - TOP - BOTTOM
  const x = (i: number) => LEFT + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW)
  const y = (v: number) => TOP + plotH - (v / 100) * plotH
  // End labels in the order the lines finish, each at least 14 px below the one above so that none overlap.
  const labelY = new Map<number, number>()
  const finishing = principles
    .map((pr) => ({
      id: pr.id,
      v: [...points]
        .reverse()
        .map((p) => p.principles.find((x) => x.id === pr.id)?.percentage)
        .find((v) => typeof v === 'number'),
    }))
    .filter((d): d is { id: number; v: number } => typeof d.v === 'number')
    .sort((a, b) => b.v - a.v)
  let previousY = -Infinity
  for (const d of finishing) {
    previousY = Math.max(y(d.v) + 4, previousY + 14)
    labelY.set(d.id, previousY)
  }
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="progress-chart-title progress-chart-desc" className="chart__svg">
        <title id="progress-chart-title">Scores by principle in each self-assessment</title>
        <desc id="progress-chart-desc">
          {principles
            .map(
              (pr) =>
                `${pr.label}: ${points.map((p) => `${shortDate(p.submittedAt)} ${p.principles.find((x) => x.id === pr.id)?.percentage ?? 'no score'}%`).join(', ')}`,
            )
            .join('; ')}
        </desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={LEFT + plotW} y1={y(tick)} y2={y(tick)} stroke={GRID} />
            <text x={LEFT - 8} y={y(tick) + 4} fontSize={12} textAnchor="end" fill={MUTED}>
              {tick}%
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <text key={p.assessmentId} x={x(i)} y={H - BOTTOM + 22} fontSize={12} textAnchor="middle" fill={MUTED}>
            {shortDate(p.submittedAt)}
          </text>
        ))}
        {principles.map((pr, k) => {
          const values = points
            .map((p, i) => ({ i, v: p.principles.find((x) => x.id === pr.id)?.percentage ?? null }))
            .filter((d): d is { i: number; v: number } => d.v !== null)
          if (!values.length) return null
          const colour = COLOURS[k % COLOURS.length]
          return (
            <g key={pr.id}>
              <polyline
                points={values.map((d) => `${x(d.i)},${y(d.v)}`).join(' ')}
                fill="none"
                stroke={colour}
                strokeWidth={2.5}
                strokeDasharray={DASHES[k % DASHES.length]}
              />
              {values.map((d) => (
                <Marker key={d.i} kind={MARKERS[k % MARKERS.length]} x={x(d.i)} y={y(d.v)} colour={colour} />
              ))}
              <text x={LEFT + plotW + 10} y={labelY.get(pr.id)} fontSize={12} fill={colour}>
                {pr.label.length > 26 ? `${pr.label.slice(0, 25)}…` : pr.label}
              </text>
            </g>
          )
        })}
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + plotH} stroke={TEXT} />
      </svg>
      <figcaption className="chart__caption">The same scores are in the table below.</figcaption>
    </figure>
  )
}
