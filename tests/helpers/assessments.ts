/** Building self-assessments in tests: the questions a setting answers, and a draft with every one answered. */
import type { Payload } from 'payload'

import { questionsByPrinciple } from '@/assessment/draft'
import type { AnswerValue } from '@/assessment/scoring'
import type { Assessment, Question, Setting, User } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

export async function applicableQuestions(payload: Payload, user: User, setting: Setting): Promise<Question[]> {
  return (await questionsByPrinciple(payload, user, setting.type as SettingType)).flatMap((p) => p.questions)
}

/** Answers for every question: `pick` chooses each value (default: a spread across the scale). */
export function answersFor(questions: Question[], pick: (q: Question, i: number) => AnswerValue = (_, i) => String(i % 4) as AnswerValue) {
  return questions.map((q, i) => ({ question: q.id, value: pick(q, i), evidence: `Evidence for ${q.id}` }))
}

export async function draftFor(payload: Payload, lead: User, answers: { question: number; value: AnswerValue; evidence?: string }[] = []): Promise<Assessment> {
  const setting = typeof lead.setting === 'object' ? lead.setting!.id : lead.setting!
  const existing = await payload.find({
    collection: 'assessments',
    where: { and: [{ setting: { equals: setting } }, { status: { equals: 'draft' } }] },
    overrideAccess: true,
    depth: 0,
  })
  for (const d of existing.docs) await payload.delete({ collection: 'assessments', id: d.id, overrideAccess: true })
  return payload.create({ collection: 'assessments', data: { setting, answers } as never, user: lead, overrideAccess: false })
}

export async function emailJobsFor(payload: Payload, text: string): Promise<number> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'send-email' } },
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return jobs.docs.filter((j) => JSON.stringify(j.input).includes(text)).length
}
