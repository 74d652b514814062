/**
 * Submitting a self-assessment, in one transaction: lock the draft, check every applicable question is
 * answered (422 listing what is missing), score it, match recommendations, freeze a snapshot of the questions,
 * store it all and queue the receipt email to the setting's leads. Submitting twice changes nothing the second time.
 */
import { APIError, Forbidden, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { idOf } from '@/access/roles'
import { serverURL } from '@/config/env'
import { lockRow } from '@/db/lockRow'
import { queueEmail } from '@/email/queueEmail'
import { assessmentSubmittedEmail } from '@/email/templates'
import type { Assessment, FrameworkReference, Principle, Question, Setting, User } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

import { appliesTo } from './applicability'
import { phaseOf } from './benchmark'
import { type RecommendationRule, matchRecommendations } from './matchRecommendations'
import { type AnswerValue, type RagBands, missingAnswers, scoreAssessment } from './scoring'
import type { AssessmentSnapshot, FrozenRecommendation } from './snapshot'

export interface MissingAnswer {
  question: number
  principle: string
  prompt: string
}

export async function submitAssessment(
  req: PayloadRequest,
  id: number | string,
  { notify = true }: { notify?: boolean } = {},
): Promise<{ assessment: Assessment; alreadySubmitted: boolean }> {
  const user = req.user as User | null
  if (!user || user.role !== 'setting-lead') throw new Forbidden(req.t)
  const { payload } = req
  const shouldCommit = await initTransaction(req)
  try {
    await lockRow(req, 'assessments', id)
    // As the lead: an assessment of another setting is simply not found.
    const draft = await payload.findByID({ collection: 'assessments', id, depth: 0, req, user, overrideAccess: false })
    if (draft.status === 'submitted') {
      if (shouldCommit) await commitTransaction(req)
      return { assessment: draft, alreadySubmitted: true }
    }
    const setting = await payload.findByID({ collection: 'settings', id: idOf(draft.setting)!, depth: 0, req, user, overrideAccess: false })

    const [questionDocs, principleDocs, options, recommendationDocs] = await Promise.all([
      payload.find({ collection: 'questions', where: { and: [{ active: { equals: true } }, { _status: { equals: 'published' } }] }, depth: 1, limit: 0, pagination: false, sort: 'order', req, user, overrideAccess: false }),
      payload.find({ collection: 'principles', sort: 'order', limit: 0, pagination: false, depth: 0, req, user, overrideAccess: false }),
      payload.findGlobal({ slug: 'hub-options', depth: 0, req, user, overrideAccess: false }),
      payload.find({ collection: 'recommendations', where: { and: [{ active: { equals: true } }, { _status: { equals: 'published' } }] }, depth: 0, limit: 0, pagination: false, req, user, overrideAccess: false }),
    ])
    const principles = principleDocs.docs as Principle[]
    const principleOrder = principles.map((p) => p.id)
    const principleById = new Map(principles.map((p) => [p.id, p]))
    const applicable = (questionDocs.docs as Question[]).filter((q) => appliesTo(q, setting.type as SettingType))
    const answers = (draft.answers ?? []).map((a) => ({ question: idOf(a.question)!, value: (a.value ?? null) as AnswerValue | null, evidence: a.evidence ?? '' }))

    const missing = missingAnswers(applicable, answers)
    if (missing.length) {
      const list: MissingAnswer[] = missing.map((q) => ({ question: q.id, principle: principleById.get(idOf(q.principle) as number)?.label ?? '', prompt: q.prompt }))
      throw new APIError(
        `${missing.length} ${missing.length === 1 ? 'question has' : 'questions have'} no answer yet. Answer every question (or choose “Not applicable”) before you submit.`,
        422,
        { missing: list },
        true,
      )
    }

    const bands: RagBands = { redBelow: options.ragBands.redBelow, amberBelow: options.ragBands.amberBelow }
    const toScore = applicable.map((q) => ({ id: q.id, principle: idOf(q.principle)!, weight: q.weight }))
    const results = scoreAssessment(toScore, answers, principleOrder, bands)
    const rules: (RecommendationRule & { doc: (typeof recommendationDocs.docs)[number] })[] = recommendationDocs.docs.map((r) => ({
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
    const matched = matchRecommendations(rules, results.principles, answers, principleOrder)

    const answered = new Set(answers.map((a) => String(a.question)))
    const snapshot: AssessmentSnapshot = {
      bands,
      settingType: setting.type,
      principles: principles.map((p) => ({ id: p.id, order: p.order, label: p.label, title: p.title })),
      questions: applicable
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

    const submittedAt = new Date().toISOString()
    // A system write after the checks above: the fields it sets are closed to every client.
    const assessment = await payload.update({
      collection: 'assessments',
      id,
      data: {
        status: 'submitted',
        submittedAt,
        submittedBy: user.id,
        phase: phaseOf(setting.type as SettingType),
        answers: draft.answers?.filter((a) => applicable.some((q) => q.id === idOf(a.question))),
        snapshot: snapshot as unknown as Record<string, unknown>,
        results: results as unknown as Record<string, unknown>,
        recommendations: recommendations as unknown as Record<string, unknown>[],
      },
      depth: 0,
      req,
      overrideAccess: true,
      context: { submitting: true },
    })

    if (notify) await notifyLeads(req, setting, user, assessment.id, results.overall.percentage)
    if (shouldCommit) await commitTransaction(req)
    return { assessment, alreadySubmitted: false }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/** The receipt goes to every lead of the setting, queued in the submit's transaction. */
async function notifyLeads(req: PayloadRequest, setting: Setting, submitter: User, assessmentId: number, overall: number | null) {
  const leads = await req.payload.find({
    collection: 'users',
    where: { and: [{ setting: { equals: setting.id } }, { role: { equals: 'setting-lead' } }] },
    depth: 0,
    limit: 50,
    req,
    overrideAccess: true,
    select: { email: true },
  })
  const email = assessmentSubmittedEmail({
    settingName: setting.name,
    submittedBy: submitter.name,
    overall,
    reportURL: `${serverURL}/assessment/${assessmentId}/report`,
  })
  await queueEmail(req, { to: leads.docs.map((l) => l.email).join(', '), ...email })
}
