/** A lead changes a member of staff's name, job role or email. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireLeadViewer } from '@/portal/requireViewer'

import { StaffForm } from '../../forms'

export const metadata: Metadata = { title: 'Change a member of staff' }

type Props = { params: Promise<{ id: string }> }

export default async function StaffMemberPage({ params }: Props) {
  const { id } = await params
  const { user } = await requireLeadViewer('/training/staff')
  const payload = await hubPayload()
  const member = await payload.findByID({ collection: 'staff-members', id: portalDocumentId(id), depth: 0, user, overrideAccess: false, disableErrors: true })
  if (!member) notFound()
  return (
    <>
      <Link href="/training/staff" className="back-link">
        Back to the staff list
      </Link>
      <h1>Change {member.name}</h1>
      <StaffForm member={{ id: member.id, name: member.name, jobRole: member.jobRole ?? '', email: member.email ?? '' }} submitLabel="Save the changes" />
    </>
  )
}
