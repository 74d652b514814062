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

export interface BenchmarkEntry {
  principle: number | string
  /** null when fewer than the minimum settings contribute. */
  average: number | null
  contributors: number
}

/** `others` must already exclude the viewing setting and hold one (the latest) result per setting. */
export function countyBenchmark(others: LatestResult[], principleOrder: (number | string)[], minimum: number): BenchmarkEntry[] {
  const floor = Math.max(2, minimum)
  return principleOrder.map((principle) => {
    const values = others
      .map((o) => o.principles.find((p) => String(p.principle) === String(principle))?.percentage)
      .filter((v): v is number => typeof v === 'number')
    if (values.length < floor) return { principle, average: null, contributors: values.length }
    const average = values.reduce((a, b) => a + b, 0) / values.length
    return { principle, average: Math.round(average * 10) / 10, contributors: values.length }
  })
}
