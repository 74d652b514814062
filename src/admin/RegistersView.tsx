/**
 * /admin/registers: the sessions of the last 60 days and the next 90, each with its places taken, waiting list and
 * links to its register and sign-in sheet; and the "Registers" link in the admin navigation. Service users only.
 */
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, ServerProps } from 'payload'

import { idOf } from '@/access'
import type { TrainingCourse } from '@/payload-types'
import { REGISTERS_PATH, REGISTER_PATH, canKeepRegisters } from '@/training/register'
import { hasStarted, sessionWhen } from '@/training/time'

import { NotAllowed } from './RegisterView'
import { ServiceAdminPage } from './ServiceAdminPage'

const DAY = 86_400_000

export async function RegistersView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${REGISTERS_PATH}`)}`)
  if (!canKeepRegisters(user)) return <NotAllowed what="training registers" />
  const now = Date.now()
  const sessions = await payload.find({
    collection: 'training-sessions',
    where: {
      and: [{ startsAt: { greater_than: new Date(now - 60 * DAY).toISOString() } }, { startsAt: { less_than: new Date(now + 90 * DAY).toISOString() } }],
    },
    sort: 'startsAt',
    limit: 200,
    depth: 1,
    user,
    overrideAccess: false,
    req,
    select: { title: true, course: true, startsAt: true, endsAt: true, capacity: true, waitingListSize: true, status: true, mode: true },
    populate: { 'training-courses': { title: true } },
  })
  const bookings = sessions.docs.length
    ? await payload.find({
        collection: 'attendances',
        where: { session: { in: sessions.docs.map((s) => s.id) } },
        pagination: false,
        depth: 0,
        user,
        overrideAccess: false,
        req,
        select: { session: true, status: true },
      })
    : { docs: [] }
  const tally = new Map<number, Record<string, number>>()
  for (const b of bookings.docs) {
    const t = tally.get(Number(idOf(b.session))) ?? {}
    t[b.status] = (t[b.status] ?? 0) + 1
    tally.set(Number(idOf(b.session)), t)
  }
  const recent = sessions.docs.filter((s) => hasStarted(s.startsAt, new Date(now))).reverse()
  const upcoming = sessions.docs.filter((s) => !hasStarted(s.startsAt, new Date(now)))
  const table = (caption: string, docs: typeof sessions.docs) => (
    <table className="register__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Session</th>
          <th scope="col">When</th>
          <th scope="col">Places taken</th>
          <th scope="col">Waiting</th>
          <th scope="col">Marked</th>
          <th scope="col">Sign-in sheet</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((s) => {
          const t = tally.get(s.id) ?? {}
          const title = s.title || (typeof s.course === 'object' ? (s.course as TrainingCourse).title : 'Training session')
          const taken = (t.booked ?? 0) + (t.attended ?? 0) + (t.absent ?? 0)
          return (
            <tr key={s.id}>
              <th scope="row">
                <Link href={`${adminRoute}${REGISTER_PATH}/${s.id}`}>{title}</Link>
                {s.status !== 'scheduled' && ` (${s.status})`}
              </th>
              <td>{sessionWhen(s.startsAt, s.endsAt)}</td>
              <td>
                {taken} of {s.capacity}
              </td>
              <td>{t.waitlisted ?? 0}</td>
              <td>{(t.attended ?? 0) + (t.absent ?? 0)}</td>
              <td>
                <Link href={`${adminRoute}${REGISTER_PATH}/${s.id}/sheet`} aria-label={`Sign-in sheet of ${title}`}>
                  Sheet
                </Link>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
  return (
    <ServiceAdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="register">
      <h1>Training registers</h1>
      <p>Sessions of the last 60 days and the next 90. Open a session to see its bookings and waiting list, and to mark its register once it has started.</p>
      {recent.length ? table(`Started or past (${recent.length}), most recent first`, recent) : <p>No session has started in the last 60 days.</p>}
      {upcoming.length ? table(`Upcoming (${upcoming.length})`, upcoming) : <p>No sessions are scheduled in the next 90 days.</p>}
    </ServiceAdminPage>
  )
}

/** "Training registers" in the admin navigation, for service users only. */
export function RegistersNavLink({ payload, user }: ServerProps) {
  if (!canKeepRegisters(user)) return null
  return (
    <Link href={`${payload.config.routes.admin}${REGISTERS_PATH}`} className="nav__link" id="nav-training-registers">
      <span className="nav__link-label">Training registers</span>
    </Link>
  )
}
