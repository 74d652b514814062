/**
 * What submitting a self-assessment stores, computed without the request: the same reads of the question bank
 * as `submitAssessment`, then the real rules (`scoreAssessment`, `matchRecommendations`, `phaseOf`, `appliesTo`)
 * and the same snapshot. `checkAgainstRealSubmit` (sanity.ts) proves the two agree on every build.
 */
import type { Payload, Where } from 'payload'

import { idOf } from '@/access/roles'
import { appliesTo } from '@/assessment/applicability'
import { phaseOf } from '@/assessment/benchmark'
import { type RecommendationRule, matchRecommendations } from '@/assessment/matchRecommendations'
import { type AnswerValue, type RagBands, scoreAssessment } from '@/assessment/scoring'
import type { AssessmentSnapshot, FrozenRecommendation } from '@/assessment/snapshot'
import type { FrameworkReference, Principle, Question, Recommendation } from '@/payload-types'
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
  const principleOrder = principles.map((p) => p.id)
  const principleById = new Map(principles.map((p) => [p.id, p]))
  const bands: RagBands = { redBelow: options.ragBands.redBelow, amberBelow: options.ragBands.amberBelow }
  const rules: (RecommendationRule & { doc: Recommendation })[] = recommendationDocs.docs.map((r) => ({
    id: r.id,
    title: r.title,
    priority: r.priority,
    principle: idOf(r.principle)!,
    trigger:
      r.trigger.kind === 'principle-band'
        ? { kind: 'principle-band', band: r.trigger.band ?? 'red' }
        : { kind: 'question-level', question: idOf(r.trigger.question)!, level: Number(r.trigger.level ?? -1) },
    doc: r,
  }))
  const byType = new Map<SettingType, Question[]>()
  const applicable = (type: SettingType) => {
    if (!byType.has(type)) byType.set(type, questions.filter((q) => appliesTo(q, type)))
    return byType.get(type)!
  }

  const submit = (type: SettingType, draftAnswers: DraftAnswer[]): Submission => {
    const asked = applicable(type)
    const askedIds = new Set(asked.map((q) => q.id))
    const answers = draftAnswers.filter((a) => askedIds.has(a.question))
    const results = scoreAssessment(asked.map((q) => ({ id: q.id, principle: idOf(q.principle)!, weight: q.weight })), answers, principleOrder, bands)
    const matched = matchRecommendations(rules, results.principles, answers, principleOrder)
    const answered = new Set(answers.map((a) => String(a.question)))
    const snapshot: AssessmentSnapshot = {
      bands,
      settingType: type,
      principles: principles.map((p) => ({ id: p.id, order: p.order, label: p.label, title: p.title })),
      questions: asked
        .filter((q) => answered.has(String(q.id)))
        .map((q) => ({
          id: q.id,
          principle: idOf(q.principle) as number,
          order: q.order,
          prompt: q.prompt,
          weight: q.weight,
          frameworkReferences: (q.frameworkReferences ?? [])
            .filter((r): r is FrameworkReference => typeof r === 'object' && r !== null)
            .map((r) => ({ id: r.id, framework: r.framework, version: r.version, code: r.code, title: r.title })),
        })),
    }
    const recommendations: FrozenRecommendation[] = matched.map(({ doc }) => ({
      id: doc.id,
      title: doc.title,
      priority: doc.priority,
      principle: idOf(doc.principle) as number,
      principleLabel: principleById.get(idOf(doc.principle) as number)?.label ?? '',
      body: doc.body,
      resources: (doc.resources ?? []).map((r) => ({ label: r.label, url: r.url })),
    }))
    return { phase: phaseOf(type), answers, snapshot, results, recommendations }
  }

  return { principles, questions, recommendations: recommendationDocs.docs, bands, applicable, submit }
}
