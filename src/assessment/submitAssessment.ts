/**
 * Submitting a self-assessment, in one transaction: lock the draft, check every applicable question is
 * answered (422 listing what is missing), score it, match recommendations, freeze a snapshot of the questions and
 * the framework references that apply to the setting's type, store it all and queue the receipt email to the
 * setting's leads. Submitting twice changes nothing the second time.
 */
import { sql } from '@payloadcms/db-postgres'
import { APIError, Forbidden, type PayloadRequest } from 'payload'

import { hasRole, idOf } from '@/access'
import { serverURL } from '@/config/env'
import { recomputeAward } from '@/awards/recompute'
import { inTransaction } from '@/db/inTransaction'
import { lockRow, transactionDb } from '@/db/lockRow'
import { queueEmail } from '@/email/queueEmail'
import { settingLeadEmails } from '@/email/recipients'
import { assessmentSubmittedEmail } from '@/email/templates'
import type { Assessment, Principle, Question, Recommendation, Setting, User } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

import { phaseOf } from './benchmark'
import { askedOf, freezeRecommendations, gradeSubmission } from './gradeSubmission'
import { recordLatestResult } from './latestResults'
import { type AnswerValue, missingAnswers } from './scoring'
import { assessmentTitle } from './snapshot'

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
  if (!user || !hasRole(req, 'setting-lead')) throw new Forbidden(req.t)
  const { payload } = req
  return inTransaction(req, async () => {
    await lockRow(req, 'assessments', id)
    // As the lead: an assessment of another setting is simply not found.
    const draft = await payload.findByID({ collection: 'assessments', id, depth: 0, req, user, overrideAccess: false })
    if (draft.status === 'submitted') return { assessment: draft, alreadySubmitted: true }
    const setting = await payload.findByID({ collection: 'settings', id: idOf(draft.setting)!, depth: 0, req, user, overrideAccess: false })

    // Only what scoring, matching and the snapshot use: no guidance or recommendation text (rich text is costly to
    // read), which is fetched below for the matched recommendations alone.
    const [questionDocs, principleDocs, options, recommendationDocs] = await Promise.all([
      payload.find({
        collection: 'questions',
        where: { and: [{ active: { equals: true } }, { _status: { equals: 'published' } }] },
        select: { principle: true, order: true, prompt: true, weight: true, settingTypes: true, active: true, frameworkReferences: true },
        populate: { 'framework-references': { framework: true, version: true, code: true, title: true, settingTypes: true } },
        depth: 1,
        limit: 0,
        pagination: false,
        sort: 'order',
        req,
        user,
        overrideAccess: false,
      }),
      payload.find({
        collection: 'principles',
        sort: 'order',
        select: { order: true, label: true, title: true },
        limit: 0,
        pagination: false,
        depth: 0,
        req,
        user,
        overrideAccess: false,
      }),
      payload.findGlobal({ slug: 'hub-options', depth: 0, select: { ragBands: true }, req, user, overrideAccess: false }),
      payload.find({
        collection: 'recommendations',
        where: { and: [{ active: { equals: true } }, { _status: { equals: 'published' } }] },
        select: { title: true, priority: true, principle: true, trigger: true },
        depth: 0,
        limit: 0,
        pagination: false,
        req,
        user,
        overrideAccess: false,
      }),
    ])
    const bank = {
      principles: principleDocs.docs as Principle[],
      questions: questionDocs.docs as Question[],
      recommendations: recommendationDocs.docs as Recommendation[],
      bands: { redBelow: options.ragBands.redBelow, amberBelow: options.ragBands.amberBelow },
    }
    const principleById = new Map(bank.principles.map((p) => [p.id, p]))
    const type = setting.type as SettingType
    const answers = (draft.answers ?? []).map((a) => ({ question: idOf(a.question) as number, value: (a.value ?? null) as AnswerValue | null }))

    const missing = missingAnswers(askedOf(bank.questions, type), answers)
    if (missing.length) {
      const list: MissingAnswer[] = missing.map((q) => ({
        question: q.id,
        principle: principleById.get(idOf(q.principle) as number)?.label ?? '',
        prompt: q.prompt,
      }))
      throw new APIError(
        `${missing.length} ${missing.length === 1 ? 'question has' : 'questions have'} no answer yet. Answer every question (or choose “Not applicable”) before you submit.`,
        422,
        { missing: list },
        true,
      )
    }

    const { asked: applicable, results, matched, snapshot } = gradeSubmission(bank, type, answers)
    const texts = matched.length
      ? await payload.find({
          collection: 'recommendations',
          where: { id: { in: matched.map((m) => m.doc.id) } },
          select: { body: true, resources: true },
          depth: 0,
          limit: 0,
          pagination: false,
          req,
          user,
          overrideAccess: false,
        })
      : { docs: [] }
    const textOf = new Map(texts.docs.map((t) => [t.id, t]))
    const recommendations = freezeRecommendations(matched, bank.principles, (rid) => textOf.get(rid))

    const applicableIds = new Set(applicable.map((q) => q.id))
    const submittedAt = new Date().toISOString()
    // A system write after the checks above, in the transaction: the fields it sets are closed to every client, and
    // Payload's update would re-validate and rewrite all ~55 answer rows, most of a submit's work. Answers to
    // questions that no longer apply are removed; the rest stay as they are.
    const db = await transactionDb(req)
    const dropped = (draft.answers ?? [])
      .filter((a) => !applicableIds.has(idOf(a.question) as number))
      .map((a) => a.id)
      .filter((x): x is string => !!x)
    if (dropped.length)
      await db.execute(
        sql`DELETE FROM assessments_answers WHERE _parent_id = ${draft.id} AND id IN (${sql.join(
          dropped.map((d) => sql`${d}`),
          sql`, `,
        )})`,
      )
    await db.execute(sql`
      UPDATE assessments SET status = 'submitted', submitted_at = ${submittedAt}, submitted_by_id = ${user.id}, phase = ${phaseOf(type)},
        title = ${assessmentTitle('submitted', submittedAt)}, snapshot = ${JSON.stringify(snapshot)}::jsonb, results = ${JSON.stringify(results)}::jsonb,
        recommendations = ${JSON.stringify(recommendations)}::jsonb, updated_at = ${submittedAt}
      WHERE id = ${draft.id}`)
    const assessment = await payload.findByID({ collection: 'assessments', id: draft.id, depth: 0, req, overrideAccess: true })

    await recordLatestResult(req, { setting: setting.id, assessment: assessment.id, phase: phaseOf(type), principles: results.principles })
    if (notify) await notifyLeads(req, setting, user, assessment.id, results.overall.percentage)
    await recomputeAward(req, setting.id)
    return { assessment, alreadySubmitted: false }
  })
}

/** The receipt goes to every lead of the setting, queued in the submit's transaction. */
async function notifyLeads(req: PayloadRequest, setting: Setting, submitter: User, assessmentId: number, overall: number | null) {
  const leads = await settingLeadEmails(req, setting.id)
  const email = assessmentSubmittedEmail({
    settingName: setting.name,
    submittedBy: submitter.name,
    overall,
    reportURL: `${serverURL}/assessment/${assessmentId}/report`,
  })
  await queueEmail(req, { to: leads.join(', '), ...email })
}
