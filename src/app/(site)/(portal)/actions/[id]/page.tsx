/** Add or change one action of the plan (setting leads). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

import { ActionForm } from './ActionForm'
import { portalDocumentId } from '@/portal/documentId'

export const metadata: Metadata = { title: 'Action' }

type Props = { params: Promise<{ id: string }> }

export default async function ActionPage({ params }: Props) {
  const { id } = await params
  const { user } = await requireSettingViewer(`/actions/${id}`)
  if (user.role !== 'setting-lead') redirect('/actions')
  let action = null
  if (id !== 'new') {
    const payload = await hubPayload()
    action = await payload.findByID({ collection: 'actions', id: portalDocumentId(id), depth: 0, user, overrideAccess: false, disableErrors: true })
    if (!action) notFound()
  }
  return (
    <>
      <Link href="/actions" className="back-link">
        Back
      </Link>
      <h1>{action ? 'Change the action' : 'Add an action'}</h1>
      <ActionForm
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
