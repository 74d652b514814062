'use server'
/** The self-assessment's form actions: start, save answers (one at a time or a page at once), submit, discard. */
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { idOf } from '@/access/roles'
import { findDraft } from '@/assessment/draft'
import { ANSWER_OPTIONS, type AnswerValue } from '@/assessment/scoring'
import { submitAssessment } from '@/assessment/submitAssessment'
import type { Assessment } from '@/payload-types'

import { hubPayload } from '../payload'
import { requireLeadViewer } from '../requireViewer'
import { type FormState, field } from './formState'

const EVIDENCE_MAX = 2000
const isAnswer = (v: string): v is AnswerValue => ANSWER_OPTIONS.some((o) => o.value === v)

const leadViewer = () => requireLeadViewer('/assessment')

export async function startAssessment(form: FormData): Promise<void> {
  const { user, setting } = await leadViewer()
  const payload = await hubPayload()
  if (!(await findDraft(payload, user, setting.id))) {
    let answers: Assessment['answers'] = []
    if (field(form, 'fromPrevious') === 'yes') {
      const previous = await payload.find({
        collection: 'assessments',
        where: { and: [{ setting: { equals: setting.id } }, { status: { equals: 'submitted' } }] },
        sort: '-submittedAt',
        limit: 1,
        depth: 0,
        user,
        overrideAccess: false,
      })
      answers = (previous.docs[0]?.answers ?? []).map((a) => ({ question: idOf(a.question) as number, value: a.value, evidence: a.evidence }))
    }
    // Answers to questions the service has since retired are not carried over (and the lead is told).
    const context: { answersRemoved?: number } = {}
    await payload.create({ collection: 'assessments', data: { setting: setting.id, answers } as never, user, overrideAccess: false, context })
    redirect(withRetiredNotice('/assessment/principle/1', context.answersRemoved))
  }
  redirect('/assessment/principle/1')
}

/** Where to go next, telling the lead how many answers were dropped because their questions were retired. */
const withRetiredNotice = (path: string, removed = 0) => (removed > 0 ? `${path}?retired=${removed}` : path)

/** Merges answers into the draft: what is given replaces the earlier answer to the same question. */
async function mergeAnswers(
  given: { question: number; value: AnswerValue | null; evidence: string }[],
): Promise<{ errors: FormState['errors']; removed?: number }> {
  const { user, setting } = await leadViewer()
  const payload = await hubPayload()
  const draft = await findDraft(payload, user, setting.id)
  if (!draft) redirect('/assessment')
  const errors = given
    .filter((g) => g.evidence.length > EVIDENCE_MAX)
    .map((g) => ({ field: `evidence-${g.question}`, message: `The evidence note must be ${EVIDENCE_MAX} characters or fewer` }))
  if (errors.length) return { errors }
  const answers = new Map(
    (draft.answers ?? []).map((a) => [
      idOf(a.question) as number,
      { question: idOf(a.question) as number, value: a.value ?? null, evidence: a.evidence ?? '' },
    ]),
  )
  for (const g of given) {
    const before = answers.get(g.question)
    answers.set(g.question, { question: g.question, value: g.value ?? before?.value ?? null, evidence: g.evidence })
  }
  const context: { answersRemoved?: number } = {}
  await payload.update({ collection: 'assessments', id: draft.id, data: { answers: [...answers.values()] } as never, user, overrideAccess: false, context })
  return { errors: [], removed: context.answersRemoved }
}

function answersFrom(form: FormData): { question: number; value: AnswerValue | null; evidence: string }[] {
  return form
    .getAll('questions')
    .map((q) => Number(q))
    .filter((q) => Number.isInteger(q) && q > 0)
    .map((question) => {
      const value = field(form, `answer-${question}`)
      return { question, value: isAnswer(value) ? value : null, evidence: field(form, `evidence-${question}`) }
    })
}

/** The principle page's Continue button: saves the page, then goes to the next principle or the check page. */
export async function savePrinciple(_: FormState, form: FormData): Promise<FormState> {
  const { errors, removed } = await mergeAnswers(answersFrom(form))
  if (errors.length) return { errors }
  const next = Number(field(form, 'next'))
  revalidatePath('/assessment')
  redirect(withRetiredNotice(Number.isInteger(next) && next > 0 ? `/assessment/principle/${next}` : '/assessment/check', removed))
}

/** With JavaScript, each answer is saved as soon as it is given. */
export async function saveAnswer(form: FormData): Promise<{ saved: boolean }> {
  const { errors } = await mergeAnswers(answersFrom(form))
  return { saved: errors.length === 0 }
}

export async function submitDraft(_: FormState, form: FormData): Promise<FormState> {
  const { user } = await leadViewer()
  const payload = await hubPayload()
  const id = Number(field(form, 'assessment'))
  let submittedId: number
  try {
    const req = await createLocalReq({ user }, payload)
    const { assessment } = await submitAssessment(req, id)
    submittedId = assessment.id
  } catch (error) {
    const e = error as { status?: number; message?: string; data?: { missing?: { question: number; principle: string; prompt: string }[] } }
    // Unanswered questions: back to the check page, whose error summary links to each of them (with or without JavaScript).
    if (e.status === 422 && e.data?.missing) redirect('/assessment/check?incomplete=1')
    throw error
  }
  redirect(`/assessment/${submittedId}/report?submitted=1`)
}

export async function discardDraft(form: FormData): Promise<void> {
  const { user } = await leadViewer()
  const payload = await hubPayload()
  const id = Number(field(form, 'assessment'))
  if (Number.isInteger(id)) await payload.delete({ collection: 'assessments', id, user, overrideAccess: false })
  redirect('/assessment?deleted=1')
}
