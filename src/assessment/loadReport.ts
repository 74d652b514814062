/**
 * Builds a summary report from a submitted assessment as the viewer may see it: everything comes from the
 * assessment's own snapshot (never today's question bank), plus the previous assessment and the county benchmark.
 */
import type { Payload } from 'payload'

import { idOf } from '@/access/roles'
import type { Assessment, Setting, User } from '@/payload-types'
import { richTextToPlain } from '@/richtext/plainText'
import { type SettingType, settingTypeLabel } from '@/settings/settingTypes'

import { frameworkLabel, frameworkOrder, referenceLabel, versionLabel } from './frameworks'
import { otherSettingsTotals } from './latestResults'
import { PHASE_LABELS, type Phase, countyBenchmark, phaseOf } from './benchmark'
import { principleChanges, questionChanges } from './changes'
import type { ProgressPoint, ReportData, ReportEvidenceGroup } from './reportData'
import { ANSWER_OPTIONS, type AnswerValue, type PrincipleScore, type Score } from './scoring'
import type { AssessmentSnapshot, FrozenRecommendation } from './snapshot'
import { labelOf } from '@/config/options'

export type SubmittedAssessment = Omit<Assessment, 'snapshot' | 'results' | 'recommendations'> & {
  snapshot: AssessmentSnapshot
  results: { principles: PrincipleScore[]; overall: Score }
  recommendations: FrozenRecommendation[]
}

const answerLabel = (value: AnswerValue | null | undefined): string => labelOf(ANSWER_OPTIONS, value, 'Not answered')

export const asSubmitted = (a: Assessment): SubmittedAssessment | null =>
  a.status === 'submitted' && a.snapshot && a.results ? (a as unknown as SubmittedAssessment) : null

/** A submitted assessment as history views need it: when, and its results (never its answers or snapshot). */
export interface SubmittedSummary {
  id: number
  submittedAt: string
  results: SubmittedAssessment['results']
}

/** The setting's submitted assessments, oldest first, as the viewer may read them: dates and results only. */
export async function submittedHistory(payload: Payload, user: User, settingId: number): Promise<SubmittedSummary[]> {
  const found = await payload.find({
    collection: 'assessments',
    where: { and: [{ setting: { equals: settingId } }, { status: { equals: 'submitted' } }] },
    sort: 'submittedAt',
    select: { submittedAt: true, updatedAt: true, results: true },
    depth: 0,
    limit: 0,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return found.docs.flatMap((a) =>
    a.results ? [{ id: a.id, submittedAt: a.submittedAt ?? a.updatedAt, results: a.results as unknown as SubmittedAssessment['results'] }] : [],
  )
}

/** Progress over time: the history, and the principles as the latest submitted assessment named them. */
export async function settingProgress(payload: Payload, user: User, settingId: number) {
  const history = await submittedHistory(payload, user, settingId)
  const latest = history.at(-1)
  const snapshot = latest
    ? ((await payload.findByID({ collection: 'assessments', id: latest.id, select: { snapshot: true }, depth: 0, user, overrideAccess: false }))
        .snapshot as unknown as AssessmentSnapshot | null)
    : null
  return { points: progressPoints(history), principles: (snapshot?.principles ?? []).map((p) => ({ id: p.id, label: p.label })) }
}

export async function loadReport(payload: Payload, user: User, id: number | string): Promise<ReportData | null> {
  const found = await payload.findByID({ collection: 'assessments', id, depth: 0, user, overrideAccess: false, disableErrors: true })
  const assessment = found ? asSubmitted(found) : null
  if (!assessment) return null
  const settingId = idOf(assessment.setting) as number
  const setting = (await payload.findByID({ collection: 'settings', id: settingId, depth: 0, user, overrideAccess: false })) as Setting
  const phase = (assessment.phase as Phase | null) ?? phaseOf(setting.type as SettingType)
  const [history, options, submitter, others] = await Promise.all([
    submittedHistory(payload, user, settingId),
    payload.findGlobal({ slug: 'hub-options', depth: 0, user, overrideAccess: false, select: { benchmarkMinimum: true } }),
    assessment.submittedBy
      ? payload.findByID({
          collection: 'users',
          id: idOf(assessment.submittedBy)!,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          select: { name: true },
        })
      : null,
    otherSettingsTotals(payload, phase, settingId),
  ])
  const position = history.findIndex((a) => a.id === assessment.id)
  const previousSummary = position > 0 ? history[position - 1] : null
  // Of the previous assessment only its results, answers and the prompts it asked are used.
  const previousDoc = previousSummary
    ? await payload.findByID({
        collection: 'assessments',
        id: previousSummary.id,
        select: { answers: true, snapshot: true },
        depth: 0,
        user,
        overrideAccess: false,
      })
    : null
  const previous =
    previousSummary && previousDoc
      ? { ...previousSummary, answers: previousDoc.answers, snapshot: previousDoc.snapshot as unknown as AssessmentSnapshot }
      : null
  const { snapshot, results } = assessment
  const principleIds = snapshot.principles.map((p) => p.id)
  const benchmark = countyBenchmark(others, principleIds, options.benchmarkMinimum)
  const changes = previous ? principleChanges(previous.results.principles, results.principles) : []
  const principleOf = new Map(snapshot.principles.map((p) => [p.id, p]))
  const questionOf = new Map(snapshot.questions.map((q) => [q.id, q]))

  const answers = (assessment.answers ?? [])
    .map((a) => ({ question: questionOf.get(idOf(a.question) as number), value: (a.value ?? 'na') as AnswerValue, evidence: a.evidence ?? '' }))
    .filter((a): a is { question: AssessmentSnapshot['questions'][number]; value: AnswerValue; evidence: string } => !!a.question)
    .sort(
      (a, b) =>
        (principleOf.get(a.question.principle)?.order ?? 0) - (principleOf.get(b.question.principle)?.order ?? 0) || a.question.order - b.question.order,
    )
    .map(({ question, value, evidence }) => ({
      questionId: question.id,
      principleId: question.principle,
      principleLabel: principleOf.get(question.principle)?.label ?? '',
      order: question.order,
      prompt: question.prompt,
      weight: question.weight,
      value,
      valueLabel: answerLabel(value),
      evidence,
      frameworkReferences: question.frameworkReferences.map(({ framework, version, code, title }) => ({ framework, version, code, title })),
    }))

  const groups = new Map<string, ReportEvidenceGroup>()
  for (const a of answers) {
    for (const ref of a.frameworkReferences) {
      const key = `${ref.framework}|${ref.version}|${ref.code}`
      if (!groups.has(key))
        groups.set(key, {
          ...ref,
          frameworkLabel: frameworkLabel(ref.framework),
          versionLabel: versionLabel(ref.version),
          label: referenceLabel(ref),
          items: [],
        })
      groups.get(key)!.items.push({ prompt: a.prompt, valueLabel: a.valueLabel, evidence: a.evidence })
    }
  }

  const previousAnswers = previous
    ? (previous.answers ?? []).map((a) => ({ question: idOf(a.question) as number, value: (a.value ?? null) as AnswerValue | null }))
    : []
  const previousPrompt = new Map((previous?.snapshot.questions ?? []).map((q) => [q.id, q]))

  return {
    setting: { name: setting.name, typeLabel: settingTypeLabel(setting.type), phase, phaseLabel: PHASE_LABELS[phase] },
    assessment: {
      id: assessment.id,
      submittedAt: assessment.submittedAt ?? assessment.updatedAt,
      submittedBy: submitter?.name ?? null,
      previousSubmittedAt: previous?.submittedAt ?? null,
    },
    overall: results.overall,
    principles: results.principles.map((p) => {
      const principle = principleOf.get(p.principle as number)!
      const change = changes.find((c) => String(c.principle) === String(p.principle))
      return {
        id: principle.id,
        order: principle.order,
        label: principle.label,
        title: principle.title,
        score: p.score,
        maximum: p.maximum,
        percentage: p.percentage,
        rag: p.rag,
        answered: p.answered,
        notApplicable: p.notApplicable,
        benchmark: benchmark.find((b) => String(b.principle) === String(p.principle))?.average ?? null,
        previous: change?.before ?? null,
        delta: change?.delta ?? null,
      }
    }),
    answers,
    recommendations: assessment.recommendations.map((r) => ({
      id: r.id,
      title: r.title,
      priority: r.priority,
      principleLabel: r.principleLabel,
      body: richTextToPlain(r.body).split('\n').filter(Boolean),
      resources: r.resources,
    })),
    questionChanges: previous
      ? questionChanges(
          previousAnswers,
          answers.map((a) => ({ question: a.questionId, value: a.value })),
        ).map((c) => {
          const q = questionOf.get(c.question as number) ?? previousPrompt.get(c.question as number)
          return {
            prompt: q?.prompt ?? '',
            principleLabel: principleOf.get(q?.principle as number)?.label ?? '',
            before: c.before === null ? null : answerLabel(c.before),
            after: c.after === null ? null : answerLabel(c.after),
            direction: c.direction,
          }
        })
      : [],
    // Ofsted first, then each framework's newest version, then its sections in order.
    evidenceByFramework: [...groups.values()].sort(
      (a, b) =>
        frameworkOrder(a.framework) - frameworkOrder(b.framework) ||
        b.version.localeCompare(a.version) ||
        a.code.localeCompare(b.code, 'en-GB', { numeric: true }),
    ),
    benchmark: { shown: benchmark.some((b) => b.average !== null), minimum: options.benchmarkMinimum },
  }
}

/** Progress over time: every submitted assessment's percentage per principle. */
export function progressPoints(history: SubmittedSummary[]): ProgressPoint[] {
  return history.map((a) => ({
    assessmentId: a.id,
    submittedAt: a.submittedAt,
    overall: a.results.overall.percentage,
    principles: a.results.principles.map((p) => ({ id: p.principle as number, percentage: p.percentage })),
  }))
}
