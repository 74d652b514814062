'use server'
/** The self-assessment's form actions: start, save answers (one at a time or a page at once), submit, discard. */
import { revalidatePath } from 'next/cache'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { idOf } from '@/access/roles'
import { parseDocumentId } from '@/api/requestRules'
import { findDraft, questionsByPrinciple } from '@/assessment/draft'
import { ANSWER_OPTIONS, type AnswerValue } from '@/assessment/scoring'
import { submitAssessment } from '@/assessment/submitAssessment'
import type { Assessment } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

import { hubPayload } from '../payload'
import { requireLeadViewer } from '../requireViewer'
import { type FormState, field } from './formState'
import { orNotFound, refusalStatus } from './refusals'

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
    await payload.create({ collection: 'assessments', data: { setting: setting.id, answers } as never, depth: 0, user, overrideAccess: false, context })
    redirect(withRetiredNotice('/assessment/principle/1', context.answersRemoved))
  }
  redirect('/assessment/principle/1')
}

/** Where to go next, telling the lead how many answers were dropped because their questions were retired. */
const withRetiredNotice = (path: string, removed = 0) => (removed > 0 ? `${path}?retired=${removed}` : path)

/** An answer as the page sends it: the question's id, the chosen value (null: none chosen) and the evidence note. */
interface GivenAnswer {
  question: number
  value: AnswerValue | null
  evidence: string
}

/**
 * Merges answers into the draft: what is given replaces the earlier answer to the same question. Answers to
 * questions this setting is not asked, and values that are not on the scale, are refused whole (no browser sends
 * them; a made-up one must not erase an answer or its evidence), and nothing is written when nothing was given.
 */
async function mergeAnswers(form: FormData): Promise<{ errors: FormState['errors']; removed?: number }> {
  const { user, setting } = await leadViewer()
  const payload = await hubPayload()
  const draft = await findDraft(payload, user, setting.id)
  if (!draft) redirect('/assessment')
  const { given, errors: shapeErrors } = answersFrom(form)
  if (shapeErrors.length) return { errors: shapeErrors }
  if (!given.length) return { errors: [] }
  const asked = new Set((await questionsByPrinciple(payload, user, setting.type as SettingType)).flatMap((p) => p.questions.map((q) => q.id)))
  const errors = [
    ...given
      .filter((g) => !asked.has(g.question))
      .map((g) => ({
        field: `answer-${g.question}`,
        message: 'This question is not in your self-assessment. Go back to the principle and answer its questions.',
      })),
    ...given
      .filter((g) => g.evidence.length > EVIDENCE_MAX)
      .map((g) => ({ field: `evidence-${g.question}`, message: `The evidence note must be ${EVIDENCE_MAX} characters or fewer` })),
  ]
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
  // depth 0: nothing reads the updated draft, and populating each answer's question made the autosave a third slower.
  await payload.update({
    collection: 'assessments',
    id: draft.id,
    data: { answers: [...answers.values()] } as never,
    depth: 0,
    user,
    overrideAccess: false,
    context,
  })
  return { errors: [], removed: context.answersRemoved }
}

/** The answers a page sent, or why they cannot be answers (an id that is no id, a value not on the scale). */
function answersFrom(form: FormData): { given: GivenAnswer[]; errors: FormState['errors'] } {
  const given: GivenAnswer[] = []
  const errors: FormState['errors'] = []
  for (const raw of new Set(form.getAll('questions').map(String))) {
    const question = parseDocumentId(raw.trim())
    if (question === null) {
      errors.push({
        field: 'questions',
        message: 'The page sent a question that is not in your self-assessment. Open the principle again and answer its questions.',
      })
      continue
    }
    const value = field(form, `answer-${question}`)
    if (value && !isAnswer(value)) {
      errors.push({ field: `answer-${question}`, message: 'Choose one of the answers on the scale' })
      continue
    }
    given.push({ question: question as number, value: isAnswer(value) ? value : null, evidence: field(form, `evidence-${question}`) })
  }
  return { given, errors }
}

/** The principle page's Continue button: saves the page, then goes to the next principle or the check page. */
export async function savePrinciple(_: FormState, form: FormData): Promise<FormState> {
  const { errors, removed } = await mergeAnswers(form)
  if (errors.length) return { errors }
  const next = Number(field(form, 'next'))
  revalidatePath('/assessment')
  redirect(withRetiredNotice(Number.isInteger(next) && next > 0 ? `/assessment/principle/${next}` : '/assessment/check', removed))
}

/** With JavaScript, each answer is saved as soon as it is given. */
export async function saveAnswer(form: FormData): Promise<{ saved: boolean }> {
  const { errors } = await mergeAnswers(form)
  return { saved: errors.length === 0 }
}

export async function submitDraft(_: FormState, form: FormData): Promise<FormState> {
  const { user } = await leadViewer()
  const payload = await hubPayload()
  const id = parseDocumentId(field(form, 'assessment'))
  if (id === null) notFound()
  let submittedId: number
  try {
    const req = await createLocalReq({ user }, payload)
    const { assessment } = await submitAssessment(req, id as number)
    submittedId = assessment.id
  } catch (error) {
    const e = error as { status?: number; message?: string; data?: { missing?: { question: number; principle: string; prompt: string }[] } }
    // Unanswered questions: back to the check page, whose error summary links to each of them (with or without JavaScript).
    if (e.status === 422 && e.data?.missing) redirect('/assessment/check?incomplete=1')
    // Another setting's assessment, or one already submitted or gone: not one this lead can submit.
    if (refusalStatus(error) !== null) return { errors: [{ field: 'submit', message: e.message || 'This self-assessment cannot be submitted.' }] }
    throw error
  }
  redirect(`/assessment/${submittedId}/report?submitted=1`)
}

export async function discardDraft(form: FormData): Promise<void> {
  const { user } = await leadViewer()
  const payload = await hubPayload()
  const id = parseDocumentId(field(form, 'assessment'))
  if (id === null) notFound()
  await orNotFound(() => payload.delete({ collection: 'assessments', id: id as number, user, overrideAccess: false }))
  redirect('/assessment?deleted=1')
}
