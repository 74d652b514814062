/**
 * How a self-assessment is scored: a principle's score is the weighted percentage of its applicable answers
 * (0 Not yet in place … 3 Embedded; "not applicable" leaves the maximum), banded red, amber or green.
 */

export const ANSWER_LEVELS = [
  { value: '0', label: 'Not yet in place' },
  { value: '1', label: 'Emerging' },
  { value: '2', label: 'Developing' },
  { value: '3', label: 'Embedded' },
] as const
export const NOT_APPLICABLE = 'na'
export const ANSWER_OPTIONS = [...ANSWER_LEVELS, { value: NOT_APPLICABLE, label: 'Not applicable' }] as const
export type AnswerValue = (typeof ANSWER_OPTIONS)[number]['value']
export const MAX_LEVEL = 3

export type Rag = 'red' | 'amber' | 'green'
export interface RagBands {
  /** A percentage below this is red. */
  redBelow: number
  /** A percentage below this (and not red) is amber; anything else is green. */
  amberBelow: number
}
export const DEFAULT_BANDS: RagBands = { redBelow: 40, amberBelow: 75 }

export interface QuestionToScore {
  id: number | string
  principle: number | string
  weight: number
}

export interface AnswerToScore {
  question: number | string
  value: AnswerValue | null | undefined
}

export interface Score {
  score: number
  maximum: number
  /** null when nothing applicable was answered (every answer "not applicable", or no questions). */
  percentage: number | null
  rag: Rag | null
}

export interface PrincipleScore extends Score {
  principle: number | string
  answered: number
  notApplicable: number
}

export function ragFor(percentage: number | null, bands: RagBands = DEFAULT_BANDS): Rag | null {
  if (percentage === null) return null
  if (percentage < bands.redBelow) return 'red'
  if (percentage < bands.amberBelow) return 'amber'
  return 'green'
}

/** Percentages are kept to one decimal place; the band is decided on the exact value. */
function toScore(score: number, maximum: number, bands: RagBands): Score {
  if (maximum <= 0) return { score: 0, maximum: 0, percentage: null, rag: null }
  const exact = (score / maximum) * 100
  return { score, maximum, percentage: Math.round(exact * 10) / 10, rag: ragFor(exact, bands) }
}

export function isLevel(value: unknown): value is '0' | '1' | '2' | '3' {
  return value === '0' || value === '1' || value === '2' || value === '3'
}

/** Scores every principle in `principleOrder` (so empty principles are listed too) and the assessment overall. */
export function scoreAssessment(
  questions: QuestionToScore[],
  answers: AnswerToScore[],
  principleOrder: (number | string)[],
  bands: RagBands = DEFAULT_BANDS,
): { principles: PrincipleScore[]; overall: Score } {
  const answerOf = new Map(answers.map((a) => [String(a.question), a.value]))
  const totals = new Map(principleOrder.map((p) => [String(p), { score: 0, maximum: 0, answered: 0, notApplicable: 0 }]))
  for (const q of questions) {
    const total = totals.get(String(q.principle))
    const value = answerOf.get(String(q.id))
    if (!total || value === undefined || value === null) continue
    if (value === NOT_APPLICABLE) {
      total.notApplicable++
      continue
    }
    if (!isLevel(value)) continue
    total.answered++
    total.score += q.weight * Number(value)
    total.maximum += q.weight * MAX_LEVEL
  }
  const principles = principleOrder.map((p) => {
    const t = totals.get(String(p))!
    return { principle: p, answered: t.answered, notApplicable: t.notApplicable, ...toScore(t.score, t.maximum, bands) }
  })
  const sum = principles.reduce((acc, p) => ({ score: acc.score + p.score, maximum: acc.maximum + p.maximum }), { score: 0, maximum: 0 })
  return { principles, overall: toScore(sum.score, sum.maximum, bands) }
}

/** The questions still to answer before an assessment can be submitted. */
export function missingAnswers<Q extends { id: number | string }>(questions: Q[], answers: AnswerToScore[]): Q[] {
  const answered = new Set(
    answers.filter((a) => a.value !== null && a.value !== undefined && (isLevel(a.value) || a.value === NOT_APPLICABLE)).map((a) => String(a.question)),
  )
  return questions.filter((q) => !answered.has(String(q.id)))
}
