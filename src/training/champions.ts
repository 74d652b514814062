/**
 * Compassionate Champions: a staff member who has attended at least `threshold` sessions (Hub options, default 3) is
 * a champion from the day the rule first held; a correction that takes them below the threshold withdraws the title.
 */

export interface ChampionState {
  champion: boolean
  championSince: string | null
}

export interface ChampionDecision extends ChampionState {
  /** What changed, for the one email each change sends; null when nothing did. */
  change: 'awarded' | 'withdrawn' | null
}

export const DEFAULT_CHAMPION_THRESHOLD = 3

/** The threshold in force: a whole number of at least 1; anything else falls back to the default. */
export function championThreshold(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_CHAMPION_THRESHOLD
}

/** The champion status after an attendance change, given the sessions attended now. */
export function decideChampion(attended: number, threshold: number, before: ChampionState, now: string): ChampionDecision {
  const qualifies = attended >= championThreshold(threshold)
  if (qualifies && before.champion) return { champion: true, championSince: before.championSince ?? now, change: null }
  if (qualifies) return { champion: true, championSince: now, change: 'awarded' }
  if (before.champion) return { champion: false, championSince: null, change: 'withdrawn' }
  return { champion: false, championSince: null, change: null }
}

/** "2 of 3 sessions": a staff member's progress towards the title. */
export function towardsChampion(attended: number, threshold: number): { attended: number; threshold: number; remaining: number } {
  const t = championThreshold(threshold)
  return { attended, threshold: t, remaining: Math.max(0, t - attended) }
}
