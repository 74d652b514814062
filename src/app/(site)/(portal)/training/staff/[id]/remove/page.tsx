/** Confirms removing a member of staff: it erases their bookings and attendance too (GOV.UK confirmation page). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireLeadViewer } from '@/portal/requireViewer'
import { removeStaffMember } from '@/portal/actions/training'

export const metadata: Metadata = { title: 'Remove a member of staff' }

type Props = { params: Promise<{ id: string }> }

export default async function RemoveStaffMemberPage({ params }: Props) {
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
      <h1>Are you sure you want to remove {member.name}?</h1>
      <div className="inset inset--warning">
        <p>
          Removing them erases their bookings and their attendance record, including any sessions they attended and their Compassionate Champion status. This
          cannot be undone. Places they had booked go to the waiting list.
        </p>
      </div>
      <p>If they have left your setting and you want to keep their training record, mark them as left instead.</p>
      <form action={removeStaffMember}>
        <input type="hidden" name="id" value={member.id} />
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Yes, remove {member.name}
          </button>
          <Link href="/training/staff">No, keep them</Link>
        </div>
      </form>
    </>
  )
}
