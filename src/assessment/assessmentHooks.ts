/** The rules every write to an assessment keeps, whichever API it comes through. */
import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/access/roles'
import type { SettingType } from '@/settings/settingTypes'

import { appliesTo } from './applicability'

export const recordStartedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.startedBy = req.user.id
  return data
}

/** One draft at a time per setting (a partial unique index in the database backs this up). */
export const ensureOneDraftPerSetting: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.find({
    collection: 'assessments',
    where: { and: [{ setting: { equals: idOf(data.setting) } }, { status: { equals: 'draft' } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: {},
  })
  if (existing.docs.length) {
    throw new APIError('Your setting already has a self-assessment in progress. Continue that one, or delete it to start again.', 409, { draft: existing.docs[0].id }, true)
  }
  return data
}

/**
 * Answers are kept only for questions that exist and apply to the setting's type (one answer per question, the
 * last given wins); an answer to a question that does not apply is refused.
 */
export const keepAnswersApplicable: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  if (context.submitting || !Array.isArray(data.answers)) return data
  const settingId = idOf(data.setting ?? originalDoc?.setting)
  if (settingId === null) return data
  const setting = await req.payload.findByID({ collection: 'settings', id: settingId, depth: 0, req, overrideAccess: true, select: { type: true } })
  const ids = [...new Set(data.answers.map((a: { question: unknown }) => idOf(a.question)).filter((id: unknown) => id !== null))]
  const questions = ids.length
    ? await req.payload.find({ collection: 'questions', where: { id: { in: ids } }, limit: ids.length, depth: 0, req, overrideAccess: true, select: { settingTypes: true, active: true } })
    : { docs: [] }
  const known = new Map(questions.docs.map((q) => [String(q.id), q]))
  const byQuestion = new Map<string, unknown>()
  for (const answer of data.answers as { question: unknown }[]) {
    const question = known.get(String(idOf(answer.question)))
    if (!question || !appliesTo(question, setting.type as SettingType)) {
      throw new APIError(`Question ${String(idOf(answer.question))} is not part of this setting’s self-assessment.`, 400, undefined, true)
    }
    byQuestion.set(String(idOf(answer.question)), answer)
  }
  data.answers = [...byQuestion.values()]
  return data
}
