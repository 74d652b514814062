/**
 * The county overview's figures shaped from the few rows its aggregate queries return (pure: no database here):
 * months zero-filled, per-principle totals summed over districts, the principle × district heat map, and the rule
 * that hides a figure drawn from too few settings.
 */
import { type RagBands, ragFor } from '@/assessment/scoring'
import { SETTING_TYPES, type SettingType } from '@/settings/settingTypes'

/** How many months of submissions the overview shows, and what "engaged" looks back over. */
export const MONTHS = 12

/**
 * The smallest group a figure is shown for, from Hub options → benchmark minimum: the number the service already
 * chose for "enough settings that none is revealed" (settings see the county benchmark only from it), so a heat-map cell
 * or a CSV row never tells more about one setting than the benchmark does. Never fewer than 2, as the benchmark.
 */
export function minimumGroupSize(benchmarkMinimum: unknown): number {
  const n = Number(benchmarkMinimum)
  return Math.max(2, Number.isFinite(n) && n > 0 ? Math.floor(n) : 5)
}

/** A figure of a group of 1 … minimum − 1 settings is hidden (a group of none has nothing to reveal). */
export const isSuppressed = (groupSize: number, minimum: number): boolean => groupSize > 0 && groupSize < minimum

export const suppressedText = (minimum: number): string => `fewer than ${minimum}`

/** `n` months ending with the month of `now` in UK time, oldest first, as YYYY-MM. */
export function lastMonths(now: Date, n = MONTHS): string[] {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).formatToParts(now)
  const year = Number(parts.find((p) => p.type === 'year')!.value)
  const month = Number(parts.find((p) => p.type === 'month')!.value)
  return Array.from({ length: n }, (_, i) => {
    const index = year * 12 + (month - 1) - (n - 1 - i)
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
/** "2026-11" → "Nov 2026". */
export const monthLabel = (month: string): string => monthFormat.format(new Date(`${month}-01T12:00:00Z`))

export interface MonthCount {
  month: string
  label: string
  submitted: number
}

/** Every month of `months` present, in order, 0 where nothing was submitted; rows outside the months are dropped. */
export function zeroFillMonths(rows: { month: string; submitted: number }[], months: string[]): MonthCount[] {
  const of = new Map(rows.map((r) => [r.month, Number(r.submitted)]))
  return months.map((month) => ({ month, label: monthLabel(month), submitted: of.get(month) ?? 0 }))
}

export interface SettingsRow {
  type: string
  district: string
  settings: number
  engaged: number
}

export interface GroupCount {
  key: string
  label: string
  settings: number
  engaged: number
}

export interface SettingsFigures {
  total: number
  engaged: number
  notEngaged: number
  byType: GroupCount[]
  byDistrict: GroupCount[]
}

/** Totals, by type (every type listed, in the Hub's order) and by district (alphabetical), from the type × district rows. */
export function settingsFigures(rows: SettingsRow[], typesShown: readonly SettingType[] = SETTING_TYPES.map((t) => t.value)): SettingsFigures {
  const add = (map: Map<string, { settings: number; engaged: number }>, key: string, r: SettingsRow) => {
    const g = map.get(key) ?? { settings: 0, engaged: 0 }
    g.settings += Number(r.settings)
    g.engaged += Number(r.engaged)
    map.set(key, g)
  }
  const types = new Map<string, { settings: number; engaged: number }>()
  const districts = new Map<string, { settings: number; engaged: number }>()
  for (const r of rows) {
    add(types, r.type, r)
    add(districts, r.district, r)
  }
  const total = rows.reduce((n, r) => n + Number(r.settings), 0)
  const engaged = rows.reduce((n, r) => n + Number(r.engaged), 0)
  return {
    total,
    engaged,
    notEngaged: total - engaged,
    byType: SETTING_TYPES.filter((t) => typesShown.includes(t.value)).map((t) => ({
      key: t.value,
      label: t.label,
      ...(types.get(t.value) ?? { settings: 0, engaged: 0 }),
    })),
    byDistrict: [...districts.entries()].sort(([a], [b]) => a.localeCompare(b, 'en-GB')).map(([d, g]) => ({ key: d, label: d, ...g })),
  }
}

export interface PrincipleHeading {
  id: number
  order: number
  label: string
}

/** One principle in one district: the latest results' count, sum and bands (as the query returns them). */
export interface ResultRow {
  principle: number
  district: string
  contributors: number
  sum: number
  red: number
  amber: number
  green: number
}

export interface PrincipleFigures extends PrincipleHeading {
  contributors: number
  /** Average of the settings' latest percentages, one decimal; null when none contributes. */
  average: number | null
  rag: 'red' | 'amber' | 'green' | null
  red: number
  amber: number
  green: number
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10

/** Per principle (every principle, in order): contributors, average and RAG counts over every district. */
export function principleFigures(rows: ResultRow[], principles: PrincipleHeading[], bands: RagBands): PrincipleFigures[] {
  return principles.map((p) => {
    const mine = rows.filter((r) => Number(r.principle) === p.id)
    const t = mine.reduce(
      (acc, r) => ({
        contributors: acc.contributors + Number(r.contributors),
        sum: acc.sum + Number(r.sum),
        red: acc.red + Number(r.red),
        amber: acc.amber + Number(r.amber),
        green: acc.green + Number(r.green),
      }),
      { contributors: 0, sum: 0, red: 0, amber: 0, green: 0 },
    )
    const average = t.contributors ? oneDecimal(t.sum / t.contributors) : null
    return { ...p, contributors: t.contributors, average, rag: ragFor(average, bands), red: t.red, amber: t.amber, green: t.green }
  })
}

export interface HeatCell {
  contributors: number
  /** null when no setting contributes or fewer than the minimum do (then `suppressed`). */
  average: number | null
  rag: 'red' | 'amber' | 'green' | null
  suppressed: boolean
}

export interface HeatMap {
  districts: string[]
  /** cells[district][principleId] */
  cells: Record<string, Record<number, HeatCell>>
}

/** The principle × district averages, each cell hidden when fewer than `minimum` settings contribute to it. */
export function heatMap(rows: ResultRow[], principles: PrincipleHeading[], districts: string[], bands: RagBands, minimum: number): HeatMap {
  const at = new Map(rows.map((r) => [`${r.district}\u0000${Number(r.principle)}`, r]))
  const cells: HeatMap['cells'] = {}
  for (const d of districts) {
    cells[d] = {}
    for (const p of principles) {
      const r = at.get(`${d}\u0000${p.id}`)
      const contributors = r ? Number(r.contributors) : 0
      const suppressed = isSuppressed(contributors, minimum)
      const average = !contributors || suppressed ? null : oneDecimal(Number(r!.sum) / contributors)
      cells[d][p.id] = { contributors, average, rag: ragFor(average, bands), suppressed }
    }
  }
  return { districts, cells }
}
