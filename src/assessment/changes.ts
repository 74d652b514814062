/** What changed since the previous submitted assessment: per principle (percentage points) and per question. */
import type { AnswerValue } from './scoring'

export interface PrincipleChange {
  principle: number | string
  before: number | null
  after: number | null
  /** Percentage points, or null when either side has no score. */
  delta: number | null
}

export interface QuestionChange {
  question: number | string
  before: AnswerValue | null
  after: AnswerValue | null
  direction: 'better' | 'worse' | 'changed' | 'new'
}

type Results = { principle: number | string; percentage: number | null }[]
type Answers = { question: number | string; value: AnswerValue | null | undefined }[]

export function principleChanges(previous: Results, current: Results): PrincipleChange[] {
  return current.map((c) => {
    const before = previous.find((p) => String(p.principle) === String(c.principle))?.percentage ?? null
    const after = c.percentage
    return { principle: c.principle, before, after, delta: before === null || after === null ? null : Math.round((after - before) * 10) / 10 }
  })
}

/** Only the questions whose answer differs (a question not asked before counts as new). */
export function questionChanges(previous: Answers, current: Answers): QuestionChange[] {
  const before = new Map(previous.map((a) => [String(a.question), a.value ?? null]))
  const changes: QuestionChange[] = []
  for (const a of current) {
    const after = a.value ?? null
    if (!before.has(String(a.question))) {
      changes.push({ question: a.question, before: null, after, direction: 'new' })
      continue
    }
    const was = before.get(String(a.question)) ?? null
    if (was === after) continue
    const numeric = (v: AnswerValue | null) => (v !== null && v !== 'na' ? Number(v) : null)
    const [x, y] = [numeric(was), numeric(after)]
    changes.push({ question: a.question, before: was, after, direction: x !== null && y !== null ? (y > x ? 'better' : 'worse') : 'changed' })
  }
  return changes
}
