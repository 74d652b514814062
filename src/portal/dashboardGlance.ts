/**
 * What a setting's dashboard shows on arrival: the latest overall score and each principle's band, a draft in
 * progress and how far along it is, and the action plan's open and overdue actions. Read as the viewer, in a few
 * small indexed queries (the question bank only when there is a draft).
 */
import type { Payload } from 'payload'

import { actionCounts, todayInCounty } from '@/assessment/actionPlan'
import { findDraft, progressOf, questionsByPrinciple } from '@/assessment/draft'
import type { PrincipleScore, Rag, Score } from '@/assessment/scoring'
import type { Setting, User } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

export interface DashboardGlance {
  latest: {
    id: number
    submittedAt: string
    overall: number | null
    rag: Rag | null
    principles: { id: number; order: number; label: string; percentage: number | null; rag: Rag | null }[]
  } | null
  draft: { id: number; answered: number; questions: number; principlesComplete: number; principles: number } | null
  actions: { open: number; overdue: number; done: number }
}

export async function dashboardGlance(payload: Payload, user: User, setting: Setting): Promise<DashboardGlance> {
  const mine = { user, overrideAccess: false as const, depth: 0 }
  const [latestFound, principles, draft, actions] = await Promise.all([
    payload.find({
      collection: 'assessments',
      where: { and: [{ setting: { equals: setting.id } }, { status: { equals: 'submitted' } }] },
      sort: '-submittedAt',
      limit: 1,
      select: { submittedAt: true, updatedAt: true, results: true },
      ...mine,
    }),
    payload.find({ collection: 'principles', sort: 'order', pagination: false, select: { order: true, label: true }, ...mine }),
    findDraft(payload, user, setting.id),
    payload.find({ collection: 'actions', where: { setting: { equals: setting.id } }, pagination: false, select: { status: true, dueDate: true }, ...mine }),
  ])
  const latestDoc = latestFound.docs[0]
  const results = latestDoc?.results as { principles: PrincipleScore[]; overall: Score } | undefined
  const label = new Map(principles.docs.map((p) => [p.id, p]))
  const latest =
    latestDoc && results
      ? {
          id: latestDoc.id,
          submittedAt: latestDoc.submittedAt ?? latestDoc.updatedAt,
          overall: results.overall.percentage,
          rag: results.overall.rag,
          principles: results.principles.flatMap((p) => {
            const principle = label.get(Number(p.principle))
            return principle ? [{ id: principle.id, order: principle.order, label: principle.label, percentage: p.percentage, rag: p.rag }] : []
          }),
        }
      : null
  let draftGlance: DashboardGlance['draft'] = null
  if (draft) {
    const progress = progressOf(draft, await questionsByPrinciple(payload, user, setting.type as SettingType))
    draftGlance = {
      id: draft.id,
      answered: progress.reduce((n, p) => n + p.answered, 0),
      questions: progress.reduce((n, p) => n + p.questions.length, 0),
      principlesComplete: progress.filter((p) => p.status === 'complete').length,
      principles: progress.length,
    }
  }
  return { latest, draft: draftGlance, actions: actionCounts(actions.docs, todayInCounty()) }
}
