/** Confirms sending apologies for a booking (GOV.UK confirmation page, no JavaScript needed). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { idOf } from '@/access/roles'
import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireLeadViewer } from '@/portal/requireViewer'
import { sessionWhen } from '@/training/time'

import { ApologiesForm } from '../../../../forms'

export const metadata: Metadata = { title: 'Send apologies' }

type Props = { params: Promise<{ id: string; booking: string }> }

export default async function ApologiesPage({ params }: Props) {
  const { id: rawSession, booking: rawBooking } = await params
  const sessionId = portalDocumentId(rawSession)
  const bookingId = portalDocumentId(rawBooking)
  const { user } = await requireLeadViewer(`/training/sessions/${sessionId}`)
  const payload = await hubPayload()
  const booking = await payload.findByID({ collection: 'attendances', id: bookingId, depth: 0, user, overrideAccess: false, disableErrors: true })
  if (!booking || Number(idOf(booking.session)) !== sessionId) notFound()
  const [session, member] = await Promise.all([
    payload.findByID({
      collection: 'training-sessions',
      id: sessionId,
      depth: 1,
      select: { title: true, course: true, startsAt: true, endsAt: true },
      user,
      overrideAccess: false,
      disableErrors: true,
    }),
    payload.findByID({ collection: 'staff-members', id: idOf(booking.staffMember) as number, depth: 0, user, overrideAccess: false, disableErrors: true }),
  ])
  if (!session || !member) notFound()
  const title = session.title || (typeof session.course === 'object' ? session.course?.title : null) || 'this session'
  return (
    <>
      <Link href={`/training/sessions/${sessionId}#bookings`} className="back-link">
        Back to the session
      </Link>
      <h1>Send apologies for {member.name}?</h1>
      <p>
        {member.name} will no longer be {booking.status === 'waitlisted' ? 'on the waiting list of' : 'booked on'} {title},{' '}
        {sessionWhen(session.startsAt, session.endsAt)}.{booking.status === 'booked' ? ' Their place goes to the first on the waiting list.' : ''} You can book
        them again later if places are left.
      </p>
      <ApologiesForm session={sessionId} attendance={booking.id} name={member.name} />
      <p>
        <Link href={`/training/sessions/${sessionId}#bookings`}>No, keep the booking</Link>
      </p>
    </>
  )
}
