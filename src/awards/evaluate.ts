/**
 * The award checklist of one setting, from its facts and the criteria in force: pure (no database, no clock but `now`),
 * so every rule kind is unit-tested at its edges. Each item says in one sentence what the evidence is or what is
 * missing, and where in the portal the setting can act on it.
 */
import type { AwardTrack } from '@/settings/settingTypes'

import type { CriterionTrack, RuleKind } from './criterionKinds'

/** A published, active criterion as the rules read it. */
export interface AwardCriterion {
  id: number
  title: string
  track: CriterionTrack
  order: number
  rule: RuleKind
  months?: number | null
  staffMeasure?: 'count' | 'percent' | null
  minimum?: number | null
  percent?: number | null
  principle?: number | null
  active?: boolean | null
}

/** What the rules know about one setting (see facts.ts: gathered for many settings in a few set-based queries). */
export interface SettingFacts {
  settingId: number
  track: AwardTrack
  /** When the latest submitted self-assessment was submitted (ISO), or null. */
  lastSubmittedAt: string | null
  /** Each principle's percentage in the latest submitted assessment; principles whose answers were all "not applicable" have none. */
  principleScores: Record<number, number>
  activeStaff: number
  /** Active staff who attended at least one session. */
  trainedStaff: number
  /** Per principle: active staff who attended a session of a course covering it. */
  trainedByPrinciple: Record<number, number>
  /** Active staff who are Compassionate Champions. */
  champions: number
  publishedCaseStudies: number
  actionsDone: number
}

/** The principles' names, for the sentences. */
export type PrincipleNames = Record<number, string>

export interface Confirmation {
  criterion: number
  confirmedAt?: string | null
}

export interface ChecklistItem {
  criterion: number
  title: string
  met: boolean
  metAt: string | null
  explanation: string
  actionPath: string | null
  actionLabel: string
}

export interface Evaluation {
  checklist: ChecklistItem[]
  percentComplete: number
  allMet: boolean
}

/** Where the setting acts on each kind of rule. */
export const ACTIONS: Record<RuleKind, { path: string | null; label: string }> = {
  'assessment-within': { path: '/assessment', label: 'Submit a self-assessment' },
  'principle-score': { path: '/assessment', label: 'Work on your self-assessment' },
  'staff-trained': { path: '/training', label: 'Book staff onto training' },
  champions: { path: '/training', label: 'Book staff onto training' },
  'case-studies': { path: '/scrapbook', label: 'Share a case study' },
  'actions-completed': { path: '/actions', label: 'Open your action plan' },
  manual: { path: null, label: 'Verified by the service' },
}

/** Whether a criterion belongs to a track's checklist. */
export const appliesTo = (c: Pick<AwardCriterion, 'track' | 'active'>, track: AwardTrack): boolean =>
  c.active !== false && (c.track === 'both' || c.track === track)

const longDate = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** `months` calendar months before `now` (the 31st falls back to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime())
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() - months)
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, last))
  return d
}

// Scores are stored with decimals: a score that equals the threshold up to rounding meets it.
const atLeast = (value: number, threshold: number) => value >= threshold - 1e-9
const pct = (n: number) => `${Math.round(n * 10) / 10} %`

interface Verdict {
  met: boolean
  explanation: string
}

function judge(c: AwardCriterion, f: SettingFacts, names: PrincipleNames, confirmations: Confirmation[], now: Date): Verdict {
  const min = Number(c.minimum ?? 1)
  switch (c.rule) {
    case 'assessment-within': {
      const months = Number(c.months ?? 12)
      if (!f.lastSubmittedAt) return { met: false, explanation: `No self-assessment submitted yet: submit one (it counts for ${plural(months, 'month')}).` }
      const met = new Date(f.lastSubmittedAt).getTime() >= monthsBefore(now, months).getTime()
      return met
        ? { met, explanation: `Submitted on ${longDate(f.lastSubmittedAt)}.` }
        : { met, explanation: `Last submitted on ${longDate(f.lastSubmittedAt)}, more than ${plural(months, 'month')} ago: submit a new self-assessment.` }
    }
    case 'principle-score': {
      const percent = Number(c.percent ?? 0)
      if (!f.lastSubmittedAt) return { met: false, explanation: `No self-assessment submitted yet: ${pct(percent)} is needed.` }
      if (c.principle) {
        const name = names[c.principle] ?? 'This principle'
        const score = f.principleScores[c.principle]
        if (score === undefined) return { met: false, explanation: `${name} has no score in your latest self-assessment (every answer not applicable).` }
        return atLeast(score, percent)
          ? { met: true, explanation: `${name} scored ${pct(score)} in your latest self-assessment (${pct(percent)} needed).` }
          : { met: false, explanation: `${name} scored ${pct(score)} in your latest self-assessment: ${pct(percent)} is needed.` }
      }
      // Every principle scored in the latest assessment (one whose answers were all "not applicable" has no score).
      const scored = Object.entries(f.principleScores).map(([p, s]) => ({ p: Number(p), s }))
      if (!scored.length) return { met: false, explanation: `Your latest self-assessment has no scored principles: ${pct(percent)} is needed in each.` }
      const below = scored.filter((x) => !atLeast(x.s, percent))
      if (!below.length) return { met: true, explanation: `Every principle scored at least ${pct(percent)} in your latest self-assessment.` }
      const listed = below
        .slice(0, 3)
        .map((x) => `${names[x.p] ?? 'a principle'} (${pct(x.s)})`)
        .join(', ')
      return {
        met: false,
        explanation: `${plural(below.length, 'principle')} below ${pct(percent)}: ${listed}${below.length > 3 ? ' and more' : ''}.`,
      }
    }
    case 'staff-trained': {
      const trained = c.principle ? (f.trainedByPrinciple[c.principle] ?? 0) : f.trainedStaff
      const covering = c.principle ? ` in ${names[c.principle] ?? 'the principle'}` : ''
      if (c.staffMeasure === 'percent') {
        const percent = Number(c.percent ?? 0)
        if (f.activeStaff === 0) return { met: false, explanation: `No active staff on your staff list yet: add them, then book them onto training.` }
        // Whole numbers compared: 50 % of 10 staff is met by exactly 5.
        const needed = Math.ceil((percent * f.activeStaff) / 100 - 1e-9)
        const share = (trained * 100) / f.activeStaff
        return trained >= needed
          ? { met: true, explanation: `${trained} of ${f.activeStaff} active staff trained${covering} (${pct(share)}; ${pct(percent)} needed).` }
          : {
              met: false,
              explanation: `${trained} of ${f.activeStaff} active staff trained${covering} — train ${needed - trained} more to reach ${pct(percent)}.`,
            }
      }
      return trained >= min
        ? { met: true, explanation: `${plural(trained, 'member')} of staff trained${covering} (${min} needed).` }
        : { met: false, explanation: `${trained} of ${min} staff trained${covering} — train ${min - trained} more.` }
    }
    case 'champions':
      return f.champions >= min
        ? { met: true, explanation: `${plural(f.champions, 'Compassionate Champion')} (${min} needed).` }
        : { met: false, explanation: `${f.champions} of ${min} Compassionate Champions — ${min - f.champions} more needed.` }
    case 'case-studies':
      return f.publishedCaseStudies >= min
        ? { met: true, explanation: `${plural(f.publishedCaseStudies, 'published case study', 'published case studies')} (${min} needed).` }
        : { met: false, explanation: `${f.publishedCaseStudies} of ${min} published case studies — share ${min - f.publishedCaseStudies} more.` }
    case 'actions-completed':
      return f.actionsDone >= min
        ? { met: true, explanation: `${plural(f.actionsDone, 'action')} done in your action plan (${min} needed).` }
        : { met: false, explanation: `${f.actionsDone} of ${min} actions done — complete ${min - f.actionsDone} more.` }
    case 'manual': {
      const confirmation = confirmations.find((x) => x.criterion === c.id)
      if (!confirmation) return { met: false, explanation: 'Not yet verified by the service.' }
      return {
        met: true,
        explanation: confirmation.confirmedAt ? `Verified by the service on ${longDate(confirmation.confirmedAt)}.` : 'Verified by the service.',
      }
    }
    default:
      return { met: false, explanation: 'This criterion cannot be checked.' }
  }
}

/**
 * The setting's checklist: the criteria of its track, in order, each judged on the facts. An item met before keeps the
 * date it was first met (`previous`); an empty checklist is never complete.
 */
export function evaluateChecklist(
  criteria: AwardCriterion[],
  facts: SettingFacts,
  confirmations: Confirmation[],
  now: Date,
  names: PrincipleNames = {},
  previous: Pick<ChecklistItem, 'criterion' | 'met' | 'metAt'>[] = [],
): Evaluation {
  const checklist = criteria
    .filter((c) => appliesTo(c, facts.track))
    .sort((a, b) => a.order - b.order || a.id - b.id)
    .map((c): ChecklistItem => {
      const { met, explanation } = judge(c, facts, names, confirmations, now)
      const before = previous.find((p) => p.criterion === c.id)
      const action = ACTIONS[c.rule] ?? ACTIONS.manual
      return {
        criterion: c.id,
        title: c.title,
        met,
        metAt: met ? (before?.met && before.metAt ? before.metAt : now.toISOString()) : null,
        explanation,
        actionPath: action.path,
        actionLabel: action.label,
      }
    })
  const done = checklist.filter((i) => i.met).length
  return {
    checklist,
    percentComplete: checklist.length ? Math.floor((done * 100) / checklist.length) : 0,
    allMet: checklist.length > 0 && done === checklist.length,
  }
}
