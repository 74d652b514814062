/**
 * The words of the award model: criterion tracks and rule kinds (with the parameters each needs), award statuses,
 * and `criterionProblems`, which names every invalid parameter of a criterion before it is saved.
 */

import { labelOf } from '@/config/options'

export const CRITERION_TRACKS = [
  { value: 'both', label: 'Both awards' },
  { value: 'school', label: 'Compassionate School Award only' },
  { value: 'college', label: 'Compassionate College Award only' },
] as const
export type CriterionTrack = (typeof CRITERION_TRACKS)[number]['value']

export const RULE_KINDS = [
  { value: 'assessment-within', label: 'A self-assessment submitted within the last N months' },
  { value: 'principle-score', label: 'A principle (or every principle) at or above a score in the latest self-assessment' },
  { value: 'staff-trained', label: 'Staff trained: at least N staff, or N % of active staff, attended a session' },
  { value: 'champions', label: 'At least N Compassionate Champions' },
  { value: 'case-studies', label: 'At least N case studies published in the Community Scrapbook' },
  { value: 'actions-completed', label: 'At least N actions done in the action plan' },
  { value: 'manual', label: 'Verified by the service (ticked by the service, with a note)' },
] as const
export type RuleKind = (typeof RULE_KINDS)[number]['value']
export const RULE_KIND_VALUES: readonly RuleKind[] = RULE_KINDS.map((k) => k.value)

export const STAFF_MEASURES = [
  { value: 'count', label: 'A number of staff' },
  { value: 'percent', label: 'A percentage of active staff' },
] as const
export type StaffMeasure = (typeof STAFF_MEASURES)[number]['value']

export const AWARD_STATUSES = [
  { value: 'in-progress', label: 'In progress' },
  { value: 'achieved', label: 'Achieved' },
  { value: 'expired', label: 'Expired' },
  { value: 'revoked', label: 'Revoked' },
] as const
export type AwardStatus = (typeof AWARD_STATUSES)[number]['value']

export const awardStatusLabel = (status: string): string => labelOf(AWARD_STATUSES, status)

/** The parameters of a criterion as the service enters them (absent ones are null or undefined). */
export interface CriterionParameters {
  rule?: string | null
  months?: number | null
  /** Every principle when empty (principle-score); a principle the sessions must cover (staff-trained, optional). */
  principle?: unknown
  percent?: number | null
  staffMeasure?: string | null
  minimum?: number | null
}

export interface CriterionProblem {
  field: keyof CriterionParameters
  message: string
}

const wholeNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
const percentage = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 100

/** What is wrong with a criterion's rule and parameters, field by field; empty when it can be saved. */
export function criterionProblems(c: CriterionParameters): CriterionProblem[] {
  const problems: CriterionProblem[] = []
  const need = (ok: boolean, field: keyof CriterionParameters, message: string) => {
    if (!ok) problems.push({ field, message })
  }
  const atLeastOne = (label: string) =>
    need(wholeNumber(c.minimum) && c.minimum >= 1 && c.minimum <= 10000, 'minimum', `Enter the number of ${label} as a whole number from 1 to 10,000.`)

  switch (c.rule) {
    case 'assessment-within':
      need(wholeNumber(c.months) && c.months >= 1 && c.months <= 60, 'months', 'Enter the number of months as a whole number from 1 to 60.')
      break
    case 'principle-score':
      need(percentage(c.percent), 'percent', 'Enter the score a principle must reach, as a percentage above 0 and at most 100.')
      break
    case 'staff-trained':
      if (c.staffMeasure === 'percent') need(percentage(c.percent), 'percent', 'Enter the percentage of active staff, above 0 and at most 100.')
      else if (c.staffMeasure === 'count') atLeastOne('staff')
      else need(false, 'staffMeasure', 'Choose whether staff trained is counted as a number of staff or a percentage of active staff.')
      break
    case 'champions':
      atLeastOne('Compassionate Champions')
      break
    case 'case-studies':
      atLeastOne('published case studies')
      break
    case 'actions-completed':
      atLeastOne('completed actions')
      break
    case 'manual':
      break
    default:
      need(false, 'rule', `Choose a rule: ${RULE_KINDS.map((k) => k.value).join(', ')}.`)
  }
  return problems
}

/** Which parameter fields a rule uses (the admin form shows only these). */
export const RULE_PARAMETERS: Record<RuleKind, readonly (keyof CriterionParameters)[]> = {
  'assessment-within': ['months'],
  'principle-score': ['principle', 'percent'],
  'staff-trained': ['staffMeasure', 'minimum', 'percent', 'principle'],
  champions: ['minimum'],
  'case-studies': ['minimum'],
  'actions-completed': ['minimum'],
  manual: [],
}
