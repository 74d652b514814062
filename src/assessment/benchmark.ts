/**
 * The county benchmark: per principle, the average of the latest submitted assessment of every other setting
 * of the same phase — shown only when at least `minimum` settings contribute, so no single setting is revealed.
 */
import type { SettingType } from '@/settings/settingTypes'

export type Phase = 'primary' | 'secondary' | 'special' | 'alternative-provision' | 'post-16'

export function phaseOf(type: SettingType): Phase {
  switch (type) {
    case 'primary':
      return 'primary'
    case 'secondary':
    case 'all-through':
      return 'secondary'
    case 'special':
      return 'special'
    case 'alternative-provision':
      return 'alternative-provision'
    case 'sixth-form':
    case 'college':
      return 'post-16'
  }
}

export const PHASE_LABELS: Record<Phase, string> = {
  primary: 'primary schools',
  secondary: 'secondary and all-through schools',
  special: 'special schools',
  'alternative-provision': 'alternative provision settings',
  'post-16': 'sixth forms and colleges',
}

export interface LatestResult {
  setting: number | string
  principles: { principle: number | string; percentage: number | null }[]
}

/** Per principle, the sum of the contributing settings' percentages and how many settings contributed. */
export interface PrincipleTotal {
  principle: number | string
  sum: number
  contributors: number
}

export interface BenchmarkEntry {
  principle: number | string
  /** null when fewer than the minimum settings contribute. */
  average: number | null
  contributors: number
}

/** Totals of latest results (one per setting, the viewing setting already left out). The database computes the same in SQL. */
export function totalsOf(others: LatestResult[]): PrincipleTotal[] {
  const totals = new Map<string, PrincipleTotal>()
  for (const other of others) {
    for (const p of other.principles) {
      if (typeof p.percentage !== 'number') continue
      const t = totals.get(String(p.principle)) ?? { principle: p.principle, sum: 0, contributors: 0 }
      t.sum += p.percentage
      t.contributors++
      totals.set(String(p.principle), t)
    }
  }
  return [...totals.values()]
}

/** Each principle's average (to one decimal), or null where fewer than `minimum` (never fewer than 2) settings contribute. */
export function countyBenchmark(totals: PrincipleTotal[], principleOrder: (number | string)[], minimum: number): BenchmarkEntry[] {
  const floor = Math.max(2, minimum)
  return principleOrder.map((principle) => {
    const total = totals.find((t) => String(t.principle) === String(principle))
    const contributors = total?.contributors ?? 0
    if (!total || contributors < floor) return { principle, average: null, contributors }
    return { principle, average: Math.round((total.sum / contributors) * 10) / 10, contributors }
  })
}
