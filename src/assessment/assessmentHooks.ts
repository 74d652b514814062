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
    throw new APIError(
      'Your setting already has a self-assessment in progress. Continue that one, or delete it to start again.',
      409,
      { draft: existing.docs[0].id },
      true,
    )
  }
  return data
}

/**
 * Answers are kept only for questions that still apply to the setting (active, and for its type), one answer per
 * question, the last given winning. An answer to a question the service has since retired — or that never applied —
 * is dropped rather than refused, so that a draft can always be saved; how many were dropped is left in
 * `context.answersRemoved` for the portal to tell the lead. An answer to a question that does not exist is refused.
 */
export const keepAnswersApplicable: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  if (!Array.isArray(data.answers)) return data
  const settingId = idOf(data.setting ?? originalDoc?.setting)
  if (settingId === null) return data
  const setting = await req.payload.findByID({ collection: 'settings', id: settingId, depth: 0, req, overrideAccess: true, select: { type: true } })
  const ids = [...new Set(data.answers.map((a: { question: unknown }) => idOf(a.question)).filter((id: unknown) => id !== null))]
  const questions = ids.length
    ? await req.payload.find({
        collection: 'questions',
        where: { id: { in: ids } },
        limit: ids.length,
        depth: 0,
        req,
        overrideAccess: true,
        select: { settingTypes: true, active: true },
      })
    : { docs: [] }
  const known = new Map(questions.docs.map((q) => [String(q.id), q]))
  const unknown = (data.answers as { question: unknown }[]).find((a) => !known.has(String(idOf(a.question))))
  if (unknown) throw new APIError(`Question ${String(idOf(unknown.question))} does not exist, so it cannot be answered.`, 400, undefined, true)
  const byQuestion = new Map<string, unknown>()
  const removed = new Set<string>()
  for (const answer of data.answers as { question: unknown }[]) {
    const key = String(idOf(answer.question))
    if (appliesTo(known.get(key)!, setting.type as SettingType)) byQuestion.set(key, answer)
    else removed.add(key)
  }
  data.answers = [...byQuestion.values()]
  context.answersRemoved = removed.size
  return data
}
