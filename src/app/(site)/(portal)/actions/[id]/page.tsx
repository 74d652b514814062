/** Add or change one action of the plan (setting leads). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

import type { User } from '@/payload-types'

import { ActionForm, type ActionSource } from './ActionForm'
import { portalDocumentId } from '@/portal/documentId'

export const metadata: Metadata = { title: 'Action' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** A new action opened from a report ("Add to action plan"): the report's recommendation, as frozen when submitted. */
async function sourceFrom(query: Record<string, string | string[] | undefined>, user: User): Promise<ActionSource | null> {
  const assessment = Number(query.assessment)
  const recommendation = Number(query.recommendation)
  if (!Number.isInteger(assessment) || !Number.isInteger(recommendation) || assessment < 1 || recommendation < 1) return null
  const payload = await hubPayload()
  const report = await payload.findByID({
    collection: 'assessments',
    id: assessment,
    depth: 0,
    select: { recommendations: true },
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  const frozen = (report?.recommendations as { id: number; title: string }[] | null | undefined)?.find((r) => r.id === recommendation)
  return frozen ? { assessment, recommendation, title: frozen.title } : null
}

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
  const source = action ? null : await sourceFrom(await searchParams, user)
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
