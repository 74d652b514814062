/**
 * /admin/awards-overview: the award across the county for the service (counts by status and track, progress bands,
 * awards expiring within the renewal reminder window, recently achieved, closest to achieving), each row linking to
 * the award and its setting; and the "Awards overview" link in the admin navigation. Service users only.
 */
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, ServerProps } from 'payload'

import { type HubUser, actingUser, isServiceRole } from '@/access/roles'
import { AWARDS_OVERVIEW_PATH, type OverviewRow, PROGRESS_BANDS, loadAwardsOverview } from '@/awards/overview'
import { AWARD_STATUSES } from '@/awards/criterionKinds'
import { AWARD_TRACKS } from '@/settings/settingTypes'
import { ServiceAdminPage } from './ServiceAdminPage'
import type React from 'react'
import { labelOf } from '@/config/options'

const mayView = (user: unknown): boolean => isServiceRole(actingUser(user as HubUser | null)?.role)

const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' })
const when = (iso: string | null) => (iso ? date.format(new Date(iso)) : '—')
const trackLabel = (track: string) => labelOf(AWARD_TRACKS, track)

function NotAllowed() {
  return (
    <main className="register register--not-allowed">
      <Gutter>
        <h1>You cannot use the awards overview</h1>
        <p>Only the service’s administrators and trainers see the award across every setting.</p>
        <p>
          <a href="/award">See your setting’s award</a>
        </p>
      </Gutter>
    </main>
  )
}

interface TrackRow {
  key: string
  /** data- attributes that name the row (the tests read the counts by them). */
  data: Record<string, string>
  label: React.ReactNode
  counts: Record<string, number>
}

/** Counts by award track, one row each, with the total of every track. */
function TrackTable({ className, caption, rowHeading, rows }: { className: string; caption: string; rowHeading: string; rows: TrackRow[] }) {
  return (
    <table className={`register__table ${className}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {AWARD_TRACKS.map((t) => (
            <th scope="col" key={t.value}>
              {t.label}
            </th>
          ))}
          <th scope="col">All</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} {...r.data}>
            <th scope="row">{r.label}</th>
            {AWARD_TRACKS.map((t) => (
              <td key={t.value}>{r.counts[t.value]}</td>
            ))}
            <td>{Object.values(r.counts).reduce((a, b) => a + b, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export async function AwardsOverviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${AWARDS_OVERVIEW_PATH}`)}`)
  if (!mayView(user)) return <NotAllowed />
  const options = await payload.findGlobal({ slug: 'hub-options', depth: 0, select: { awardRenewalReminderDays: true }, req, user, overrideAccess: false })
  const o = await loadAwardsOverview(payload, { reminderDays: Number(options.awardRenewalReminderDays ?? 60) })
  const awardHref = (id: number) => `${adminRoute}/collections/awards/${id}`
  const settingHref = (id: number) => `${adminRoute}/collections/settings/${id}`

  const list = (caption: string, rows: OverviewRow[], empty: string, date?: { label: string; of: (r: OverviewRow) => string | null }) =>
    rows.length ? (
      <table className="register__table awards-overview__list">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Award</th>
            <th scope="col">Complete</th>
            {date && <th scope="col">{date.label}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.awardId}>
              <th scope="row">
                <Link href={settingHref(r.settingId)}>{r.settingName}</Link>
              </th>
              <td>
                <Link href={awardHref(r.awardId)} aria-label={`${trackLabel(r.track)} of ${r.settingName}, cycle ${r.cycle}`}>
                  {trackLabel(r.track)}
                  {r.cycle > 1 ? ` (cycle ${r.cycle})` : ''}
                </Link>
              </td>
              <td>{Math.round(r.percentComplete)} %</td>
              {date && <td>{when(date.of(r))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    ) : (
      <p>{empty}</p>
    )

  return (
    <ServiceAdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="register awards-overview">
      <h1>Awards overview</h1>
      <p>
        The Compassionate School and College Awards across every setting. Checklists update themselves as settings work; open an award to tick a criterion
        “verified by the service” or to revoke it, and <Link href={`${adminRoute}/collections/award-criteria`}>edit the criteria</Link> (publishing a change
        re-checks every setting of its track).
      </p>

      <TrackTable
        className="awards-overview__counts"
        caption="Awards by status (every cycle)"
        rowHeading="Status"
        rows={[
          ...AWARD_STATUSES.map((s) => ({
            key: s.value,
            data: { 'data-status': s.value },
            label: <Link href={`${adminRoute}/collections/awards?where[status][equals]=${s.value}`}>{s.label}</Link>,
            counts: o.byStatus[s.value],
          })),
          { key: 'not-started', data: { 'data-status': 'not-started' }, label: 'No award started yet (active settings)', counts: o.notStarted },
        ]}
      />
      <TrackTable
        className="awards-overview__progress"
        caption="Awards in progress by how much of the checklist is met"
        rowHeading="Complete"
        rows={PROGRESS_BANDS.map((b) => ({ key: String(b.band), data: { 'data-band': String(b.band) }, label: b.label, counts: o.progress[b.band] }))}
      />

      <h2>{`Expiring within ${o.reminderDays} days`}</h2>
      {list(
        `Achieved awards expiring by ${when(new Date(Date.now() + o.reminderDays * 86_400_000).toISOString())}, soonest first`,
        o.expiring,
        `No award expires in the next ${o.reminderDays} days.`,
        {
          label: 'Expires',
          of: (r) => r.expiresAt,
        },
      )}
      <h2>Recently achieved</h2>
      {list('Most recent first', o.recentlyAchieved, 'No setting has achieved its award yet.', { label: 'Achieved', of: (r) => r.achievedAt })}
      <h2>Closest to achieving</h2>
      {list('Awards in progress, most complete first', o.closest, 'No award is in progress.')}
    </ServiceAdminPage>
  )
}

/** "Awards overview" in the admin navigation, for service users only. */
export function AwardsOverviewNavLink({ payload, user }: ServerProps) {
  if (!mayView(user)) return null
  return (
    <Link href={`${payload.config.routes.admin}${AWARDS_OVERVIEW_PATH}`} className="nav__link" id="nav-awards-overview">
      <span className="nav__link-label">Awards overview</span>
    </Link>
  )
}
