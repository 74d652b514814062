/**
 * What submitting a self-assessment decides, over plain data: the questions the setting was asked, the scores, the
 * recommendations that match, and the snapshot frozen with it. `submitAssessment` is its shell (and the county
 * generator of the benchmarks uses it too, so both store the same).
 */
import { idOf } from '@/access/roles'
import type { SettingType } from '@/settings/settingTypes'

import { type ForSettingTypes, appliesTo, referencesFor } from './applicability'
import { type Priority, type RecommendationRule, matchRecommendations } from './matchRecommendations'
import { type AnswerValue, type RagBands, scoreAssessment } from './scoring'
import type { AssessmentSnapshot, FrozenRecommendation } from './snapshot'

type Ref = number | { id: number }

export interface BankPrinciple {
  id: number
  order: number
  label: string
  title: string
}

export interface BankQuestion extends ForSettingTypes {
  id: number
  principle: Ref
  order: number
  prompt: string
  weight: number
  active?: boolean | null
  /** Populated references (bare ids are ignored: a snapshot needs their text). */
  frameworkReferences?: (number | (ForSettingTypes & { id: number; framework: string; version: string; code: string; title: string }))[] | null
}

export interface BankRecommendation {
  id: number
  title: string
  priority: Priority
  principle: Ref
  trigger: { kind: 'principle-band' | 'question-level'; band?: 'red' | 'amber' | 'green' | null; question?: Ref | null; level?: string | null }
}

/** The published question bank a submission is judged against. */
export interface SubmissionBank {
  principles: BankPrinciple[]
  questions: BankQuestion[]
  recommendations: BankRecommendation[]
  bands: RagBands
}

export interface GivenAnswer {
  question: number
  value: AnswerValue | null
}

/** A recommendation of the bank as the matching rule reads it. */
export function recommendationRule<R extends BankRecommendation>(r: R): RecommendationRule & { doc: R } {
  return {
    id: r.id,
    title: r.title,
    priority: r.priority,
    principle: idOf(r.principle)!,
    trigger:
      r.trigger.kind === 'principle-band'
        ? { kind: 'principle-band', band: r.trigger.band ?? 'red' }
        : { kind: 'question-level', question: idOf(r.trigger.question)!, level: Number(r.trigger.level ?? -1) },
    doc: r,
  }
}

/** The questions a setting of `type` answers, in the bank's order. */
export const askedOf = <Q extends BankQuestion>(questions: Q[], type: SettingType): Q[] => questions.filter((q) => appliesTo(q, type))

export function gradeSubmission<B extends SubmissionBank>(bank: B, type: SettingType, answers: GivenAnswer[]) {
  const asked = askedOf(bank.questions, type) as B['questions']
  const principleOrder = bank.principles.map((p) => p.id)
  const results = scoreAssessment(
    asked.map((q) => ({ id: q.id, principle: idOf(q.principle)!, weight: q.weight })),
    answers,
    principleOrder,
    bank.bands,
  )
  const matched = matchRecommendations(bank.recommendations.map(recommendationRule), results.principles, answers, principleOrder) as (RecommendationRule & {
    doc: B['recommendations'][number]
  })[]
  const answered = new Set(answers.map((a) => String(a.question)))
  const snapshot: AssessmentSnapshot = {
    bands: bank.bands,
    settingType: type,
    principles: bank.principles.map((p) => ({ id: p.id, order: p.order, label: p.label, title: p.title })),
    questions: asked
      .filter((q) => answered.has(String(q.id)))
      .map((q) => ({
        id: q.id,
        principle: idOf(q.principle) as number,
        order: q.order,
        prompt: q.prompt,
        weight: q.weight,
        // Only the setting's own frameworks are frozen, so its report, PDF and CSV never cite another toolkit.
        frameworkReferences: referencesFor(
          (q.frameworkReferences ?? []).filter((r): r is Exclude<typeof r, number> => typeof r === 'object' && r !== null),
          type,
        ).map((r) => ({ id: r.id, framework: r.framework, version: r.version, code: r.code, title: r.title })),
      })),
  }
  return { asked, results, matched, snapshot }
}

/** The matched recommendations as the assessment keeps them, with their text as it is today. */
export function freezeRecommendations(
  matched: { doc: BankRecommendation }[],
  principles: BankPrinciple[],
  textOf: (id: number) => { body?: unknown; resources?: { label: string; url: string }[] | null } | undefined,
): FrozenRecommendation[] {
  const labelOf = new Map(principles.map((p) => [p.id, p.label]))
  return matched.map(({ doc }) => ({
    id: doc.id,
    title: doc.title,
    priority: doc.priority,
    principle: idOf(doc.principle) as number,
    principleLabel: labelOf.get(idOf(doc.principle) as number) ?? '',
    body: textOf(doc.id)?.body ?? null,
    resources: (textOf(doc.id)?.resources ?? []).map((r) => ({ label: r.label, url: r.url })),
  }))
}
