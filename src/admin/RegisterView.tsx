/**
 * /admin/register/:sessionId — a session's bookings (setting, staff member, job role, status), its waiting list in
 * order, apologies kept apart, and the register form; /admin/register/:sessionId/sheet — the printable sign-in
 * sheet. Payload does not guard custom views: both check the user themselves and read as that user.
 */
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, TypedUser } from 'payload'

import type { User } from '@/payload-types'
import { REGISTER_PATH, type Register, type RegisterLine, canKeepRegisters, loadRegister } from '@/training/register'
import { attendanceStatusLabel } from '@/training/statuses'
import { hasStarted, sessionWhen } from '@/training/time'

import { PrintButton } from '@/components/PrintButton'
import { RegisterForm } from './RegisterForm'
import { ServiceAdminPage } from './ServiceAdminPage'

/** The session id of /register/:sessionId[/sheet], or null. */
const sessionIdOf = (params: AdminViewServerProps['params']): number | null => {
  const segments = (params as { segments?: string[] } | undefined)?.segments ?? []
  const id = segments[1]
  return id && /^\d{1,12}$/.test(id) ? Number(id) : null
}

export function NotAllowed({ what }: { what: string }) {
  return (
    <main className="register register--not-allowed">
      <Gutter>
        <h1>You cannot use {what}</h1>
        <p>Only the service’s administrators and trainers keep training registers.</p>
        <p>
          <a href="/dashboard">Go to your dashboard</a>
        </p>
      </Gutter>
    </main>
  )
}

function NoSession({ adminRoute }: { adminRoute: string }) {
  return (
    <main className="register">
      <Gutter>
        <h1>Training session not found</h1>
        <p>It may have been deleted, or the link is wrong.</p>
        <p>
          <Link href={`${adminRoute}/registers`}>See all registers</Link>
        </p>
      </Gutter>
    </main>
  )
}

async function guard(props: AdminViewServerProps, suffix = '') {
  const { req } = props.initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin
  const id = sessionIdOf(props.params)
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${REGISTER_PATH}/${id ?? ''}${suffix}`)}`)
  if (!canKeepRegisters(user)) return { denied: true as const }
  const register = id === null ? null : await loadRegister(payload, user as TypedUser, id, req)
  return { denied: false as const, register, adminRoute }
}

const whereOf = (register: Register): string =>
  register.session.mode === 'online' ? 'Online' : (register.session.venue ?? '').replace(/\s*\n\s*/g, ', ') || 'Venue to be confirmed'

const trainerOf = (register: Register): string => {
  const trainer = register.session.trainer
  return trainer && typeof trainer === 'object' ? (trainer as User).name || (trainer as User).email : 'Not yet assigned'
}

export async function RegisterView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const checked = await guard(props)
  if (checked.denied) return <NotAllowed what="training registers" />
  const { register, adminRoute } = checked
  if (!register) return <NoSession adminRoute={adminRoute} />
  const { session, places, waiting, apart } = register
  const started = hasStarted(session.startsAt)
  const line = (l: RegisterLine) => ({ id: l.id, staffName: l.staffName, jobRole: l.jobRole, settingName: l.settingName, status: l.status })
  return (
    <ServiceAdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="register">
      <p className="register__back">
        <Link href={`${adminRoute}/registers`}>All registers</Link> ·{' '}
        <Link href={`${adminRoute}/collections/training-sessions/${session.id}`}>Edit the session</Link>
      </p>
      <h1>Register: {register.title}</h1>
      <dl className="register__facts">
        <dt>When</dt>
        <dd>{sessionWhen(session.startsAt, session.endsAt)}</dd>
        <dt>Where</dt>
        <dd>{whereOf(register)}</dd>
        <dt>Trainer</dt>
        <dd>{trainerOf(register)}</dd>
        <dt>Places</dt>
        <dd>
          {places.length} of {session.capacity} taken; {waiting.length} waiting (of {session.waitingListSize})
        </dd>
        <dt>Status</dt>
        <dd>{session.status === 'scheduled' ? 'Scheduled' : session.status === 'cancelled' ? 'Cancelled' : 'Completed'}</dd>
      </dl>
      <p>
        <Link href={`${adminRoute}${REGISTER_PATH}/${session.id}/sheet`}>Printable sign-in sheet</Link>
      </p>
      {started ? (
        places.length + waiting.length > 0 ? (
          <RegisterForm sessionId={session.id} places={places.map(line)} waiting={waiting.map(line)} />
        ) : (
          <p>Nobody is booked on this session.</p>
        )
      ) : (
        <>
          <p className="register__notice">The register can be marked once the session has started.</p>
          <BookingTable caption={`Booked places (${places.length})`} lines={places} />
          <BookingTable caption={`Waiting list, in order (${waiting.length})`} lines={waiting} numbered />
        </>
      )}
      <BookingTable caption={`Apologies and cancellations (${apart.length}): not on the register`} lines={apart} />
    </ServiceAdminPage>
  )
}

function BookingTable({ caption, lines, numbered = false }: { caption: string; lines: RegisterLine[]; numbered?: boolean }) {
  if (lines.length === 0) return null
  return (
    <table className="register__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {numbered && <th scope="col">Position</th>}
          <th scope="col">Name</th>
          <th scope="col">Job role</th>
          <th scope="col">Setting</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={l.id}>
            {numbered && <td>{i + 1}</td>}
            <th scope="row">{l.staffName}</th>
            <td>{l.jobRole || '—'}</td>
            <td>{l.settingName}</td>
            <td>{attendanceStatusLabel(l.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The sign-in sheet: the session's facts and its booked names with a signature column, laid out for A4. */
export async function RegisterSheet(props: AdminViewServerProps) {
  const checked = await guard(props, '/sheet')
  if (checked.denied) return <NotAllowed what="sign-in sheets" />
  const { register, adminRoute } = checked
  if (!register) return <NoSession adminRoute={adminRoute} />
  const { session, places } = register
  return (
    <main className="sign-in-sheet">
      <p className="sign-in-sheet__tools">
        <Link href={`${adminRoute}${REGISTER_PATH}/${session.id}`}>Back to the register</Link>{' '}
        <PrintButton label="Print the sign-in sheet" className="sign-in-sheet__print" />
      </p>
      <h1>Sign-in sheet: {register.title}</h1>
      <dl className="sign-in-sheet__facts">
        <dt>Course</dt>
        <dd>{register.courseTitle}</dd>
        <dt>When</dt>
        <dd>{sessionWhen(session.startsAt, session.endsAt)}</dd>
        <dt>Where</dt>
        <dd>{whereOf(register)}</dd>
        <dt>Trainer</dt>
        <dd>{trainerOf(register)}</dd>
      </dl>
      <table className="sign-in-sheet__table">
        <caption>Booked places: {places.length}. Please sign beside your name.</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Name</th>
            <th scope="col">Job role</th>
            <th scope="col">Setting</th>
            <th scope="col" className="sign-in-sheet__signature">
              Signature
            </th>
          </tr>
        </thead>
        <tbody>
          {places.map((l, i) => (
            <tr key={l.id}>
              <td>{i + 1}</td>
              <th scope="row">{l.staffName}</th>
              <td>{l.jobRole || '—'}</td>
              <td>{l.settingName}</td>
              <td className="sign-in-sheet__signature" />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sign-in-sheet__footer">Compassionate Schools Hub · training register · session {session.id}</p>
    </main>
  )
}
