/** Add or change one action of the plan (setting leads). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { frozenRecommendation } from '@/assessment/frozenRecommendation'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

import { ActionForm, type ActionSource } from './ActionForm'
import { portalDocumentId } from '@/portal/documentId'

export const metadata: Metadata = { title: 'Action' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ActionPage({ params, searchParams }: Props) {
  const { id } = await params
  const { user } = await requireSettingViewer(`/actions/${id}`)
  if (user.role !== 'setting-lead') redirect('/actions')
  let action = null
  if (id !== 'new') {
    const payload = await hubPayload()
    action = await payload.findByID({ collection: 'actions', id: portalDocumentId(id), depth: 0, user, overrideAccess: false, disableErrors: true })
    if (!action) notFound()
  }
  const query = await searchParams
  // Opened from a report ("Add to action plan"): the report's recommendation, as frozen when submitted.
  const source: ActionSource | null = action ? null : await frozenRecommendation(await hubPayload(), user, query.assessment, query.recommendation)
  return (
    <>
      <Link href={source ? `/assessment/${source.assessment}/report#recommendation-${source.recommendation}` : '/actions'} className="back-link">
        Back
      </Link>
      <h1>{action ? 'Change the action' : source ? 'Add to your action plan' : 'Add an action'}</h1>
      {source && <p className="lead">Say who will do it and by when. You can change the wording of the action.</p>}
      <ActionForm
        source={source}
        action={
          action
            ? {
                id: action.id,
                title: action.title,
                owner: action.owner ?? '',
                dueDate: action.dueDate?.slice(0, 10) ?? '',
                status: action.status,
                notes: action.notes ?? '',
              }
            : null
        }
      />
    </>
  )
}
