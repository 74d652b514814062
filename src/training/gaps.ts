/**
 * Skill gaps: the eight principles ranked by how much a setting's staff need training in them — the share of active
 * staff trained (attended a session of a course covering the principle), weighted up where the latest submitted
 * self-assessment rated the principle red or amber — each with the reason in words and the county's average share.
 */
import type { Rag } from '@/assessment/scoring'

/** How much more a principle the setting itself rated red or amber needs its staff trained. */
export const RAG_WEIGHTS: Record<Rag | 'none', number> = { red: 2, amber: 1.5, green: 1, none: 1 }

/** The county's average share never comes from fewer than two other settings, so no single setting is revealed. */
export const BENCHMARK_FLOOR = 2

export interface PrincipleTraining {
  principle: number
  order: number
  label: string
  /** Active staff trained in the principle. */
  trained: number
  /** The principle's band in the latest submitted self-assessment (null: none yet, or not scored). */
  rag: Rag | null
  /** Other settings' shares of active staff trained, summed, and how many settings (with active staff) there are. */
  county: { sum: number; contributors: number } | null
}

export interface SkillGap {
  principle: number
  order: number
  label: string
  trained: number
  staff: number
  /** Share of active staff trained, 0–1; null with no active staff. */
  share: number | null
  /** The county's average share, 0–1; null when fewer than the minimum other settings contribute. */
  countyShare: number | null
  rag: Rag | null
  /** Higher is more needed: the share untrained, times the self-assessment's weight. */
  need: number
  /** Whether any active staff member is untrained in it (or there are no staff yet). */
  gap: boolean
  reason: string
}

const percent = (share: number): string => `${Math.round(share * 100)}%`

function trainedInWords(trained: number, staff: number): string {
  if (staff === 0) return 'No active staff on your list yet'
  const of = `${trained} of ${staff} staff`
  if (trained === 0) return staff === 1 ? 'Your 1 member of staff is not trained yet' : `None of your ${staff} staff trained yet`
  if (trained === staff) return staff === 1 ? 'Your 1 member of staff is trained' : `All ${staff} staff trained`
  return trained / staff < 0.5 ? `Only ${of} trained` : `${of} trained`
}

/** Ranks the principles by need (highest first); ties go to the lower share trained, then the principle's order. */
export function rankSkillGaps(input: { staff: number; principles: PrincipleTraining[]; benchmarkMinimum: number }): SkillGap[] {
  const staff = Math.max(0, Math.floor(input.staff))
  const minimum = Math.max(BENCHMARK_FLOOR, input.benchmarkMinimum)
  const gaps = input.principles.map((p): SkillGap => {
    const trained = Math.min(staff, Math.max(0, p.trained))
    const share = staff > 0 ? trained / staff : null
    const countyShare = p.county && p.county.contributors >= minimum ? p.county.sum / p.county.contributors : null
    const need = (1 - (share ?? 0)) * RAG_WEIGHTS[p.rag ?? 'none']
    const parts = [trainedInWords(trained, staff)]
    if (countyShare !== null) parts[0] += ` (county average ${percent(countyShare)})`
    if (p.rag === 'red' || p.rag === 'amber') parts.push(`your last self-assessment rated this principle ${p.rag}`)
    return {
      principle: p.principle,
      order: p.order,
      label: p.label,
      trained,
      staff,
      share,
      countyShare,
      rag: p.rag,
      need,
      gap: share === null || share < 1,
      reason: parts.join('; '),
    }
  })
  // Rounded so that equal needs computed differently (e.g. 0.5 × 2 and 1 × 1) compare as ties.
  const key = (n: number) => Math.round(n * 1e9)
  return gaps.sort((a, b) => key(b.need) - key(a.need) || (a.share ?? 0) - (b.share ?? 0) || a.order - b.order)
}

export interface SessionCovering {
  startsAt: string
  principles: number[]
}

/**
 * Upcoming sessions with those that cover the setting's biggest gaps first (by the best-ranked gap principle they
 * cover), then the rest; soonest first within each.
 */
export function sessionsForGaps<T extends SessionCovering>(sessions: readonly T[], ranked: readonly SkillGap[]): T[] {
  const rank = new Map(ranked.filter((g) => g.gap).map((g, i) => [g.principle, i]))
  const best = (s: T) => Math.min(...s.principles.map((p) => rank.get(p) ?? Number.POSITIVE_INFINITY), Number.POSITIVE_INFINITY)
  return [...sessions].sort((a, b) => {
    const ra = best(a)
    const rb = best(b)
    if (ra !== rb) return ra === Number.POSITIVE_INFINITY ? 1 : rb === Number.POSITIVE_INFINITY ? -1 : ra - rb
    return a.startsAt.localeCompare(b.startsAt)
  })
}

/** Whether a session covers any of the gap principles. */
export const coversGap = (session: SessionCovering, ranked: readonly SkillGap[]): boolean =>
  session.principles.some((p) => ranked.some((g) => g.gap && g.principle === p))

/** Each setting's active staff and, per principle, how many of them are trained: the county's shares' raw facts. */
export interface CountyTraining {
  staff: Map<number, number>
  /** `${setting}:${principle}` → active staff trained. */
  trained: Map<string, number>
}

/**
 * Per principle, every other setting's share of its active staff trained, summed, and how many settings contribute
 * (settings with no active staff do not: a share of nobody is no share).
 */
export function otherSettingsShares(facts: CountyTraining, settingId: number): Map<number, { sum: number; contributors: number }> {
  const out = new Map<number, { sum: number; contributors: number }>()
  const principles = new Set([...facts.trained.keys()].map((k) => Number(k.split(':')[1])))
  for (const principle of principles) {
    let sum = 0
    let contributors = 0
    for (const [setting, staff] of facts.staff) {
      if (setting === settingId || staff <= 0) continue
      sum += (facts.trained.get(`${setting}:${principle}`) ?? 0) / staff
      contributors++
    }
    out.set(principle, { sum, contributors })
  }
  return out
}
