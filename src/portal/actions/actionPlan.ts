'use server'
/** The action plan's form actions: add (by hand, or from a report's recommendation with an owner and due date), edit, remove. */
import { notFound, redirect } from 'next/navigation'

import { parseDocumentId } from '@/api/requestRules'

import { frozenRecommendation } from '@/assessment/frozenRecommendation'

import { hubPayload } from '../payload'
import { requireLeadViewer } from '../requireViewer'
import { type FormState, field } from './formState'
import { orNotFound } from './refusals'

const STATUSES = ['not-started', 'in-progress', 'done'] as const
type Status = (typeof STATUSES)[number]

const leadViewer = () => requireLeadViewer('/actions')

/**
 * The recommendation an action is added from: it must be one of that report's (as frozen when it was submitted), and
 * the setting's plan must not have it yet. Null when the form was not opened from a report.
 */
async function recommendationSource(
  form: FormData,
  user: Awaited<ReturnType<typeof leadViewer>>['user'],
): Promise<{ assessment: number; recommendation: number; inCatalogue: boolean; alreadyPlanned: boolean } | null> {
  const payload = await hubPayload()
  const frozen = await frozenRecommendation(payload, user, field(form, 'assessment'), field(form, 'recommendation'))
  if (!frozen) return null
  const { assessment, recommendation } = frozen
  const [planned, inCatalogue] = await Promise.all([
    payload.count({ collection: 'actions', where: { recommendation: { equals: recommendation } }, user, overrideAccess: false }),
    payload.count({ collection: 'recommendations', where: { id: { equals: recommendation } }, user, overrideAccess: false }),
  ])
  return { assessment, recommendation, inCatalogue: inCatalogue.totalDocs > 0, alreadyPlanned: planned.totalDocs > 0 }
}

interface ActionInput {
  title: string
  owner: string
  dueDate: string | null
  status: Status
  notes: string
}

function validate(form: FormData): { errors: FormState['errors']; data: ActionInput } {
  const title = field(form, 'title')
  const owner = field(form, 'owner')
  const due = field(form, 'dueDate')
  const status = field(form, 'status') as Status
  const notes = field(form, 'notes')
  const errors: FormState['errors'] = []
  if (!title) errors.push({ field: 'title', message: 'Enter what the action is' })
  else if (title.length > 200) errors.push({ field: 'title', message: 'The action must be 200 characters or fewer' })
  if (owner.length > 120) errors.push({ field: 'owner', message: 'The owner must be 120 characters or fewer' })
  if (due && (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(Date.parse(due))))
    errors.push({ field: 'dueDate', message: 'The due date must be a real date, like 27 3 2027' })
  if (!STATUSES.includes(status)) errors.push({ field: 'status', message: 'Choose the action’s status' })
  if (notes.length > 4000) errors.push({ field: 'notes', message: 'The notes must be 4,000 characters or fewer' })
  return { errors, data: { title, owner, dueDate: due ? `${due}T12:00:00.000Z` : null, status, notes } }
}

export async function saveAction(_: FormState, form: FormData): Promise<FormState> {
  const { user, setting } = await leadViewer()
  const { errors, data } = validate(form)
  const values = Object.fromEntries(['title', 'owner', 'dueDate', 'status', 'notes'].map((k) => [k, field(form, k)]))
  if (errors.length) return { errors, values }
  const payload = await hubPayload()
  const rawId = field(form, 'id')
  if (rawId) {
    const id = parseDocumentId(rawId)
    if (id === null) notFound()
    await orNotFound(() => payload.update({ collection: 'actions', id: id as number, data, depth: 0, user, overrideAccess: false }))
    redirect('/actions?saved=1')
  }
  // Added from a report's recommendation: linked to it (once: the plan never holds it twice), then back to the report.
  const source = await recommendationSource(form, user)
  // A form that names a recommendation which is not one of this setting's reports' was not opened from a report.
  if (!source && (field(form, 'assessment') || field(form, 'recommendation'))) {
    return {
      errors: [
        { field: 'title', message: 'The recommendation this action comes from is not in your setting’s reports. Open the report and add it from there.' },
      ],
      values,
    }
  }
  if (source && !source.alreadyPlanned) {
    const link = { assessment: source.assessment, recommendation: source.inCatalogue ? source.recommendation : null }
    await payload.create({ collection: 'actions', data: { ...data, ...link, setting: setting.id }, depth: 0, user, overrideAccess: false })
  }
  if (source) redirect(`/assessment/${source.assessment}/report?added=${source.recommendation}#recommendation-${source.recommendation}`)
  await payload.create({ collection: 'actions', data: { ...data, setting: setting.id }, depth: 0, user, overrideAccess: false })
  redirect('/actions?saved=1')
}

export async function removeAction(form: FormData): Promise<void> {
  const { user } = await leadViewer()
  const payload = await hubPayload()
  const id = parseDocumentId(field(form, 'id'))
  if (id === null) notFound()
  await orNotFound(() => payload.delete({ collection: 'actions', id: id as number, user, overrideAccess: false }))
  redirect('/actions?removed=1')
}
