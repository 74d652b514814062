/**
 * What submitting a self-assessment stores, computed without the request: the question bank read once, then the
 * same pure rules as `submitAssessment` (`gradeSubmission`, `freezeRecommendations`, `phaseOf`). `checkAgainstRealSubmit` (sanity.ts) proves the two agree on every build.
 */
import type { Payload, Where } from 'payload'

import { phaseOf } from '@/assessment/benchmark'
import { askedOf, freezeRecommendations, gradeSubmission } from '@/assessment/gradeSubmission'
import type { AnswerValue, RagBands, scoreAssessment } from '@/assessment/scoring'
import type { AssessmentSnapshot, FrozenRecommendation } from '@/assessment/snapshot'
import type { Principle, Question, Recommendation } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

export interface DraftAnswer {
  question: number
  value: AnswerValue
  evidence: string
}

export interface Submission {
  phase: string
  answers: DraftAnswer[]
  snapshot: AssessmentSnapshot
  results: ReturnType<typeof scoreAssessment>
  recommendations: FrozenRecommendation[]
}

export interface Bank {
  principles: Principle[]
  questions: Question[]
  recommendations: Recommendation[]
  bands: RagBands
  /** The questions a setting of this type answers, in the bank's order. */
  applicable(type: SettingType): Question[]
  submit(type: SettingType, answers: DraftAnswer[]): Submission
}

export async function loadBank(payload: Payload): Promise<Bank> {
  const published: Where = { and: [{ active: { equals: true } }, { _status: { equals: 'published' } }] }
  const [questionDocs, principleDocs, options, recommendationDocs] = await Promise.all([
    payload.find({ collection: 'questions', where: published, depth: 1, limit: 0, pagination: false, sort: 'order', overrideAccess: true }),
    payload.find({ collection: 'principles', sort: 'order', limit: 0, pagination: false, depth: 0, overrideAccess: true }),
    payload.findGlobal({ slug: 'hub-options', depth: 0, overrideAccess: true }),
    payload.find({ collection: 'recommendations', where: published, depth: 0, limit: 0, pagination: false, overrideAccess: true }),
  ])
  const principles = principleDocs.docs
  const questions = questionDocs.docs
  const bands: RagBands = { redBelow: options.ragBands.redBelow, amberBelow: options.ragBands.amberBelow }
  const bank = { principles, questions, recommendations: recommendationDocs.docs, bands }
  const textOf = new Map(recommendationDocs.docs.map((r) => [r.id, r]))
  const byType = new Map<SettingType, Question[]>()
  const applicable = (type: SettingType) => {
    if (!byType.has(type)) byType.set(type, askedOf(questions, type))
    return byType.get(type)!
  }

  const submit = (type: SettingType, draftAnswers: DraftAnswer[]): Submission => {
    const askedIds = new Set(applicable(type).map((q) => q.id))
    const answers = draftAnswers.filter((a) => askedIds.has(a.question))
    const { results, matched, snapshot } = gradeSubmission(bank, type, answers)
    return { phase: phaseOf(type), answers, snapshot, results, recommendations: freezeRecommendations(matched, principles, (id) => textOf.get(id)) }
  }

  return { principles, questions, recommendations: recommendationDocs.docs, bands, applicable, submit }
}
