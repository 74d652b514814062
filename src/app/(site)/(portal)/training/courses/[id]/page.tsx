/** A course of the training catalogue: what it covers, for whom, and its upcoming sessions. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/RichText'
import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { upcomingSessions } from '@/training/dashboard'
import { COURSE_AUDIENCES, COURSE_FORMATS } from '@/training/statuses'
import { sessionWhen } from '@/training/time'

import { SessionPlaces } from '../../SessionPlaces'
import { labelOf } from '@/config/options'

export const metadata: Metadata = { title: 'Training course' }

type Props = { params: Promise<{ id: string }> }

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  const hours = h ? `${h} ${h === 1 ? 'hour' : 'hours'}` : ''
  const mins = m ? `${m} minutes` : ''
  return [hours, mins].filter(Boolean).join(' ')
}

export default async function CoursePage({ params }: Props) {
  const { id: raw } = await params
  const id = portalDocumentId(raw)
  const { user, setting } = await requireSettingViewer(`/training/courses/${id}`)
  const isLead = user.role === 'setting-lead'
  const payload = await hubPayload()
  const course = await payload.findByID({ collection: 'training-courses', id, depth: 0, user, overrideAccess: false, disableErrors: true })
  if (!course) notFound()
  const principleIds = (course.principles ?? []).map((p) => (typeof p === 'object' ? p.id : p))
  const [principles, sessions] = await Promise.all([
    payload.find({
      collection: 'principles',
      where: { id: { in: principleIds } },
      sort: 'order',
      depth: 0,
      limit: 20,
      select: { order: true, label: true },
      user,
      overrideAccess: false,
    }),
    upcomingSessions(payload, setting.id, id),
  ])
  const audience = (course.audience ?? []).map((a) => labelOf(COURSE_AUDIENCES, a))
  return (
    <>
      <Link href="/training" className="back-link">
        Back to training
      </Link>
      <span className="caption">Training course</span>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Principles covered</dt>
          <dd className="summary-list__value">
            <ul className="plain-list">
              {principles.docs.map((p) => (
                <li key={p.id}>
                  {p.order}. {p.label}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">For</dt>
          <dd className="summary-list__value">{audience.join(', ') || '—'}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Format</dt>
          <dd className="summary-list__value">{labelOf(COURSE_FORMATS, course.format)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Duration</dt>
          <dd className="summary-list__value">{duration(course.durationMinutes)}</dd>
        </div>
      </dl>
      {course.description ? <RichText value={course.description} /> : null}

      <h2 id="sessions">Upcoming sessions</h2>
      {sessions.length === 0 ? (
        <p>No sessions of this course are scheduled at the moment.</p>
      ) : (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id} className="session-list__item">
              <h3 className="heading-s">
                <Link href={`/training/sessions/${s.id}`}>{sessionWhen(s.startsAt, s.endsAt)}</Link>
              </h3>
              <p>{s.mode === 'online' ? 'Online' : (s.venue ?? '').split('\n')[0]}</p>
              <SessionPlaces session={s} />
              {isLead && (
                <p>
                  <Link href={`/training/sessions/${s.id}#book`}>
                    Book staff<span className="visually-hidden"> on {sessionWhen(s.startsAt, s.endsAt)}</span>
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
