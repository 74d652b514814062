/** What a submitted assessment keeps of the question bank as it was, so later edits never rewrite history. */
import type { Priority } from './matchRecommendations'
import type { RagBands } from './scoring'

export interface AssessmentSnapshot {
  bands: RagBands
  settingType: string
  principles: { id: number; order: number; label: string; title: string }[]
  questions: {
    id: number
    principle: number
    order: number
    prompt: string
    weight: number
    frameworkReferences: { id: number; framework: string; version: string; code: string; title: string }[]
  }[]
}

export interface FrozenRecommendation {
  id: number
  title: string
  priority: Priority
  principle: number
  principleLabel: string
  /** Lexical rich text as it was when the assessment was submitted. */
  body: unknown
  resources: { label: string; url: string }[]
}

/** How an assessment is named in lists: "Submitted 3 March 2026", or "Draft in progress". */
export function assessmentTitle(status: unknown, submittedAt: unknown): string {
  return status === 'submitted' && submittedAt
    ? `Submitted ${new Date(submittedAt as string).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`
    : 'Draft in progress'
}
