/** The portal's view of a setting's self-assessment in progress: its draft, the questions it asks, and how far it has got. */
import type { Payload } from 'payload'

import { idOf } from '@/access/roles'
import type { Assessment, Principle, Question, User } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

import { appliesTo } from './applicability'
import { NOT_APPLICABLE, isLevel } from './scoring'

export interface PrincipleProgress {
  principle: Principle
  questions: Question[]
  answered: number
  status: 'not-started' | 'in-progress' | 'complete'
}

export async function findDraft(payload: Payload, user: User, settingId: number): Promise<Assessment | null> {
  const found = await payload.find({
    collection: 'assessments',
    where: { and: [{ setting: { equals: settingId } }, { status: { equals: 'draft' } }] },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  return found.docs[0] ?? null
}

/** The principles in order, each with the questions this setting answers (published, active, applicable). */
export async function questionsByPrinciple(payload: Payload, user: User, type: SettingType): Promise<{ principle: Principle; questions: Question[] }[]> {
  const [principles, questions] = await Promise.all([
    payload.find({ collection: 'principles', sort: 'order', limit: 0, pagination: false, depth: 0, user, overrideAccess: false }),
    payload.find({ collection: 'questions', sort: 'order', limit: 0, pagination: false, depth: 0, user, overrideAccess: false }),
  ])
  const applicable = questions.docs.filter((q) => appliesTo(q, type))
  return principles.docs.map((principle) => ({ principle, questions: applicable.filter((q) => idOf(q.principle) === principle.id) }))
}

const hasAnswer = (value: unknown) => isLevel(value) || value === NOT_APPLICABLE

export function progressOf(draft: Pick<Assessment, 'answers'>, bank: { principle: Principle; questions: Question[] }[]): PrincipleProgress[] {
  const answered = new Set((draft.answers ?? []).filter((a) => hasAnswer(a.value)).map((a) => String(idOf(a.question))))
  return bank.map(({ principle, questions }) => {
    const n = questions.filter((q) => answered.has(String(q.id))).length
    return { principle, questions, answered: n, status: n === 0 ? 'not-started' : n === questions.length ? 'complete' : 'in-progress' }
  })
}
