/** A training session: when and where, its places and waiting list, this setting's bookings, and booking staff. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { idOf } from '@/access/roles'
import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { sessionPlaces } from '@/training/dashboard'
import { attendanceStatusLabel } from '@/training/statuses'
import { hasStarted, sessionWhen } from '@/training/time'

import { BookStaffForm } from '../../forms'
import { placesInWords } from '../../SessionPlaces'

export const metadata: Metadata = { title: 'Training session' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** What of a session a setting may see (never the service's notes; the joining link only as below). */
const PUBLIC_SESSION_FIELDS = {
  course: true,
  title: true,
  startsAt: true,
  endsAt: true,
  mode: true,
  venue: true,
  capacity: true,
  waitingListSize: true,
  status: true,
} as const

const list = (v: string | string[] | undefined): number[] => (Array.isArray(v) ? v : v ? [v] : []).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0)
const names = (people: string[]) => (people.length <= 1 ? people.join('') : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`)

const STATUS_TAGS: Record<string, string> = {
  booked: 'tag--green',
  waitlisted: 'tag--amber',
  apologies: 'tag--grey',
  cancelled: 'tag--red',
  attended: 'tag--green',
  absent: 'tag--grey',
}

export default async function SessionPage({ params, searchParams }: Props) {
  const { id: raw } = await params
  const query = await searchParams
  const id = portalDocumentId(raw)
  const { user, setting } = await requireSettingViewer(`/training/sessions/${id}`)
  const isLead = user.role === 'setting-lead'
  const payload = await hubPayload()
  const readable = await payload.findByID({ collection: 'training-sessions', id, depth: 0, user, overrideAccess: false, disableErrors: true })
  // A setting reads scheduled sessions; one it had bookings on stays visible to it once cancelled or over (its bookings
  // are its own rows), with the session's public facts only.
  const hadBookings =
    !readable &&
    (
      await payload.count({
        collection: 'attendances',
        where: { and: [{ session: { equals: id } }, { setting: { equals: setting.id } }] },
        user,
        overrideAccess: false,
      })
    ).totalDocs > 0
  const session =
    readable ??
    (hadBookings
      ? await payload.findByID({ collection: 'training-sessions', id, depth: 0, overrideAccess: true, disableErrors: true, select: PUBLIC_SESSION_FIELDS })
      : null)
  if (!session) notFound()
  const [course, places, bookings, staff] = await Promise.all([
    payload.findByID({
      collection: 'training-courses',
      id: idOf(session.course) as number,
      depth: 0,
      // A course retired since the booking still names the session the setting booked.
      ...(readable ? { user, overrideAccess: false } : { overrideAccess: true }),
      disableErrors: true,
      select: { title: true, summary: true },
    }),
    sessionPlaces(payload, setting.id, id),
    payload.find({
      collection: 'attendances',
      where: { and: [{ session: { equals: id } }, { setting: { equals: setting.id } }] },
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      select: { staffMember: true, status: true, waitlistedAt: true },
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'staff-members',
      where: { setting: { equals: setting.id } },
      depth: 0,
      limit: 1000,
      sort: 'name',
      select: { name: true, jobRole: true, active: true },
      user,
      overrideAccess: false,
    }),
  ])
  if (!course) notFound()
  const staffById = new Map(staff.docs.map((s) => [s.id, s]))
  const nameOf = (v: unknown) => staffById.get(Number(idOf(v)))?.name ?? 'A former member of staff'
  const started = hasStarted(session.startsAt)
  const open = session.status === 'scheduled' && !started
  const confirmed = bookings.docs.some((b) => b.status === 'booked')
  // The joining link is the service's to share: only with a setting that holds a confirmed place.
  const joiningLink =
    session.mode === 'online' && confirmed
      ? ((await payload.findByID({ collection: 'training-sessions', id, depth: 0, overrideAccess: true, select: { joiningLink: true } })).joiningLink ?? null)
      : null
  const bookedStaff = new Map(bookings.docs.map((b) => [Number(idOf(b.staffMember)), b.status]))
  const bookable = staff.docs
    .filter((s) => s.active !== false && (!bookedStaff.has(s.id) || bookedStaff.get(s.id) === 'apologies'))
    .map((s) => ({ id: s.id, name: s.name, jobRole: s.jobRole ?? null, rebook: bookedStaff.get(s.id) === 'apologies' }))
  const placed = list(query.placed)
    .map((s) => staffById.get(s)?.name)
    .filter((n): n is string => !!n)
  const waiting = list(query.waiting)
    .map((s) => staffById.get(s)?.name)
    .filter((n): n is string => !!n)
  const title = session.title || course.title

  return (
    <>
      <Link href="/training#sessions" className="back-link">
        Back to training
      </Link>
      {(placed.length > 0 || waiting.length > 0) && (
        <div className="notification notification--success" role="status">
          <h2 className="heading-m">Staff booked</h2>
          {placed.length > 0 && (
            <p>
              {names(placed)} {placed.length === 1 ? 'has' : 'have'} a place.
            </p>
          )}
          {waiting.length > 0 && (
            <p>
              {names(waiting)} {waiting.length === 1 ? 'is' : 'are'} on the waiting list: you will be emailed if a place frees up.
            </p>
          )}
        </div>
      )}
      {query.apologies && (
        <div className="notification notification--success" role="status">
          <p>Apologies sent. The place goes to the first on the waiting list.</p>
        </div>
      )}
      <span className="caption">Training session</span>
      <h1>{title}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Course</dt>
          <dd className="summary-list__value">
            <Link href={`/training/courses/${course.id}`}>{course.title}</Link>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">When (UK time)</dt>
          <dd className="summary-list__value">{sessionWhen(session.startsAt, session.endsAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Where</dt>
          <dd className="summary-list__value pre-line">
            {session.mode === 'online'
              ? joiningLink
                ? 'Online'
                : 'Online: the joining link appears here once one of your staff has a confirmed place.'
              : session.venue}
          </dd>
        </div>
        {joiningLink && (
          <div className="summary-list__row">
            <dt className="summary-list__key">Joining link</dt>
            <dd className="summary-list__value break-anywhere">
              <a href={joiningLink} rel="noopener noreferrer">
                {joiningLink}
              </a>
            </dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt className="summary-list__key">Places</dt>
          <dd className="summary-list__value">
            {session.status !== 'scheduled'
              ? session.status === 'cancelled'
                ? 'This session is cancelled.'
                : 'This session is over.'
              : places
                ? placesInWords(places)
                : '—'}
          </dd>
        </div>
      </dl>

      <h2 id="bookings">Your bookings</h2>
      {bookings.docs.length === 0 ? (
        <p>None of your staff are booked on this session.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable scroll region is the accessible pattern here
        <section className="table-wrapper" aria-labelledby="bookings-caption" tabIndex={0}>
          <table className="table">
            <caption className="table__caption visually-hidden" id="bookings-caption">
              Your staff’s bookings on this session
            </caption>
            <thead>
              <tr>
                <th scope="col">Member of staff</th>
                <th scope="col">Status</th>
                {isLead && open && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {bookings.docs.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{nameOf(b.staffMember)}</th>
                  <td>
                    <strong className={`tag ${STATUS_TAGS[b.status] ?? ''}`}>{attendanceStatusLabel(b.status)}</strong>
                  </td>
                  {isLead && open && (
                    <td>
                      {(b.status === 'booked' || b.status === 'waitlisted') && (
                        <Link href={`/training/sessions/${id}/apologies/${b.id}`}>
                          Send apologies<span className="visually-hidden"> for {nameOf(b.staffMember)}</span>
                        </Link>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {isLead && open && (
        <section aria-labelledby="book-heading" id="book">
          <h2 id="book-heading">Book staff</h2>
          {bookable.length === 0 ? (
            <p>
              All your active staff are booked on this session. <Link href="/training/staff">Add staff to your list</Link>.
            </p>
          ) : (
            <BookStaffForm session={id} staff={bookable} />
          )}
        </section>
      )}
      {isLead && !open && session.status === 'scheduled' && <p>This session has started: it can no longer be booked.</p>}
    </>
  )
}
