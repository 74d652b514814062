/** Everything a summary report shows, as plain data: built once from a submitted assessment, rendered as page, PDF and CSV. */
import type { Phase } from './benchmark'
import type { Priority } from './matchRecommendations'
import type { AnswerValue, Rag } from './scoring'

export interface ReportPrinciple {
  id: number
  order: number
  label: string
  title: string
  score: number
  maximum: number
  percentage: number | null
  rag: Rag | null
  answered: number
  notApplicable: number
  /** The county average for the setting's phase, or null when too few settings contribute. */
  benchmark: number | null
  /** The previous submitted assessment's percentage, and the change in percentage points. */
  previous: number | null
  delta: number | null
}

export interface ReportAnswer {
  questionId: number
  principleId: number
  principleLabel: string
  order: number
  prompt: string
  weight: number
  value: AnswerValue
  valueLabel: string
  evidence: string
  frameworkReferences: { framework: string; version: string; code: string; title: string }[]
}

export interface ReportRecommendation {
  id: number
  title: string
  priority: Priority
  principleLabel: string
  /** Plain text paragraphs (the rich text flattened). */
  body: string[]
  resources: { label: string; url: string }[]
}

export interface ReportQuestionChange {
  prompt: string
  principleLabel: string
  before: string | null
  after: string | null
  direction: 'better' | 'worse' | 'changed' | 'new'
}

export interface ReportEvidenceGroup {
  framework: string
  frameworkLabel: string
  version: string
  /** The version as people say it ("November 2025"). */
  versionLabel: string
  code: string
  title: string
  /** The section's human name (its number and title; only the title when the code is an internal key). */
  label: string
  items: { prompt: string; valueLabel: string; evidence: string }[]
}

export interface ReportData {
  setting: { name: string; typeLabel: string; phase: Phase; phaseLabel: string }
  assessment: { id: number; submittedAt: string; submittedBy: string | null; previousSubmittedAt: string | null }
  overall: { score: number; maximum: number; percentage: number | null; rag: Rag | null }
  principles: ReportPrinciple[]
  answers: ReportAnswer[]
  recommendations: ReportRecommendation[]
  questionChanges: ReportQuestionChange[]
  evidenceByFramework: ReportEvidenceGroup[]
  benchmark: { shown: boolean; minimum: number }
}

/** One point of the progress-over-time view: a submitted assessment's percentage per principle. */
export interface ProgressPoint {
  assessmentId: number
  submittedAt: string
  overall: number | null
  principles: { id: number; percentage: number | null }[]
}
