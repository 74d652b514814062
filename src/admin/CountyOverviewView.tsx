/**
 * /admin/county-overview: the county at a glance for the service — settings by type and district and how many are
 * engaged, submissions per month, scores and bands per principle, the principle × district heat map, training, awards
 * and the queues waiting for the service — filtered by phase and district with a plain GET form, each chart with its
 * table, and the anonymised CSV of the same figures. Also its link in the admin navigation and its summary on the
 * admin dashboard. Service users only (checked here: Payload does not guard custom views).
 */
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, ServerProps } from 'payload'

import { type HubUser, actingUser, isServiceRole } from '@/access/roles'
import { MODERATION_PATH } from '@/admin/pendingCaseStudies'
import { AWARDS_OVERVIEW_PATH } from '@/awards/overview'
import { RAG_WORD } from '@/components/report/chartColours'
import { suppressedText } from '@/county/figures'
import { type CountyFilter, PHASE_GROUPS, filterLabel, filterQuery, parseFilter } from '@/county/filters'
import { joinRequestsQueuePath } from '@/county/joinRequests'
import { COUNTY_OVERVIEW_CSV_PATH, COUNTY_OVERVIEW_PATH, countySummary, loadCountyOverview } from '@/county/overview'

import { MonthsChart, PrincipleAveragesChart } from './CountyOverviewCharts'
import { ServiceAdminPage } from './ServiceAdminPage'

export const mayViewCountyOverview = (user: unknown): boolean => isServiceRole(actingUser(user as HubUser | null)?.role)

const percent = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)} %` : '—')

function NotAllowed() {
  return (
    <main className="register register--not-allowed">
      <Gutter>
        <h1>You cannot use the county overview</h1>
        <p>Only the service’s administrators and trainers see figures across every setting.</p>
        <p>
          <a href="/dashboard">Go to your setting’s dashboard</a>
        </p>
      </Gutter>
    </main>
  )
}

function FilterForm({ action, filter, districts }: { action: string; filter: CountyFilter; districts: string[] }) {
  return (
    <form method="get" action={action} className="county-overview__filters" aria-label="Filter the figures">
      <div className="county-overview__field">
        <label htmlFor="county-phase">Phase</label>
        <select id="county-phase" name="phase" defaultValue={filter.phase ?? ''}>
          <option value="">All phases</option>
          {PHASE_GROUPS.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </div>
      <div className="county-overview__field">
        <label htmlFor="county-district">District</label>
        <select id="county-district" name="district" defaultValue={filter.district ?? ''}>
          <option value="">All districts</option>
          {districts.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn--style-primary btn--size-medium county-overview__apply">
        Show figures
      </button>
    </form>
  )
}

export async function CountyOverviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin
  const self = `${adminRoute}${COUNTY_OVERVIEW_PATH}`
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(self)}`)
  if (!mayViewCountyOverview(user)) return <NotAllowed />

  // The district is checked against the county's districts, which the first read returns: a district that is not one
  // of them is dropped (and said), then the figures are read again for the rest of the filter.
  const asked = parseFilter(searchParams as Record<string, unknown>, null)
  let o = await loadCountyOverview(payload, { filter: asked.filter, user })
  const { filter, ignored } = parseFilter(searchParams as Record<string, unknown>, o.districts)
  if (filter.district !== o.filter.district) o = await loadCountyOverview(payload, { filter, user })
  const hidden = suppressedText(o.minimum)
  const s = o.settings

  return (
    <ServiceAdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="register county-overview">
      <h1>County overview</h1>
      <p>
        Every setting’s work across the county, counted as it stands now. Scores are the latest submitted self-assessment of each setting. Figures drawn from
        fewer than {o.minimum} settings (<Link href={`${adminRoute}/globals/hub-options`}>Hub options → benchmark minimum</Link>) are shown as “{hidden}” in the
        heat map and the CSV.
      </p>
      <FilterForm action={self} filter={filter} districts={o.districts} />
      {ignored.length > 0 && (
        <p className="register__notice" role="status">
          {`No setting matches the ${ignored.join(' or the ')}: showing ${filterLabel(filter).toLowerCase()} instead.`}
        </p>
      )}
      <p>
        <strong>Showing: {filterLabel(filter)}.</strong>{' '}
        <a href={`${adminRoute}${COUNTY_OVERVIEW_CSV_PATH}${filterQuery(filter)}`} download>
          Download these figures as CSV (anonymised)
        </a>
      </p>

      <h2 id="county-queues">Waiting for the service</h2>
      <table className="register__table county-overview__queues">
        <caption>Queues to work through</caption>
        <thead>
          <tr>
            <th scope="col">Queue</th>
            <th scope="col">Waiting</th>
          </tr>
        </thead>
        <tbody>
          <tr data-figure="moderation">
            <th scope="row">
              <Link href={`${adminRoute}${MODERATION_PATH}`}>Case studies to moderate</Link>
            </th>
            <td>{o.queues.moderation ?? '—'}</td>
          </tr>
          <tr data-figure="join-requests">
            <th scope="row">{o.queues.joinRequests === null ? 'Join requests' : <Link href={joinRequestsQueuePath(adminRoute)}>Join requests</Link>}</th>
            <td>{o.queues.joinRequests ?? 'Not available yet'}</td>
          </tr>
        </tbody>
      </table>

      <h2>Settings</h2>
      <table className="register__table county-overview__engagement">
        <caption>Settings engaged: a self-assessment submitted in the last 12 months (active settings)</caption>
        <thead>
          <tr>
            <th scope="col">Settings</th>
            <th scope="col">Number</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          <tr data-figure="settings">
            <th scope="row">All</th>
            <td>{s.total}</td>
            <td>{s.total ? '100 %' : '—'}</td>
          </tr>
          <tr data-figure="engaged">
            <th scope="row">Engaged</th>
            <td>{s.engaged}</td>
            <td>{percent(s.engaged, s.total)}</td>
          </tr>
          <tr data-figure="not-engaged">
            <th scope="row">Not yet engaged</th>
            <td>{s.notEngaged}</td>
            <td>{percent(s.notEngaged, s.total)}</td>
          </tr>
        </tbody>
      </table>
      {(
        [
          ['type', 'Settings by type', 'Type', s.byType],
          ['district', 'Settings by district', 'District', s.byDistrict],
        ] as const
      ).map(([key, caption, heading, groups]) => (
        <table key={key} className={`register__table county-overview__by-${key}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{heading}</th>
              <th scope="col">Settings</th>
              <th scope="col">Engaged</th>
              <th scope="col">Not yet engaged</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key} data-group={g.key}>
                <th scope="row">{g.label}</th>
                <td>{g.settings}</td>
                <td>{g.engaged}</td>
                <td>{g.settings - g.engaged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      <h2>Self-assessments submitted</h2>
      <MonthsChart months={o.months} />
      <table className="register__table county-overview__months">
        <caption>Assessments submitted per month, last 12 months (UK time)</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Submitted</th>
          </tr>
        </thead>
        <tbody>
          {o.months.map((m) => (
            <tr key={m.month} data-month={m.month}>
              <th scope="row">{m.label}</th>
              <td>{m.submitted}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Scores by principle</h2>
      <PrincipleAveragesChart principles={o.principles} />
      <table className="register__table county-overview__principles">
        <caption>{`Latest submitted assessment of each setting: average and settings in each band (red below ${o.bands.redBelow} %, green from ${o.bands.amberBelow} %)`}</caption>
        <thead>
          <tr>
            <th scope="col">Principle</th>
            <th scope="col">Settings</th>
            <th scope="col">Average</th>
            <th scope="col">Red</th>
            <th scope="col">Amber</th>
            <th scope="col">Green</th>
          </tr>
        </thead>
        <tbody>
          {o.principles.map((p) => (
            <tr key={p.id} data-principle={p.id}>
              <th scope="row">{`${p.order}. ${p.label}`}</th>
              <td>{p.contributors}</td>
              <td>{p.average === null ? '—' : `${p.average} % ${RAG_WORD[p.rag!]}`}</td>
              <td>{p.red}</td>
              <td>{p.amber}</td>
              <td>{p.green}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Heat map: principle by district</h2>
      <section className="county-overview__scroll" aria-label="Heat map: average score by principle and district">
        <table className="register__table county-overview__heat-map">
          <caption>{`Average score of the latest assessments, by district (rows) and principle (columns); “${hidden}” where fewer settings contribute`}</caption>
          <thead>
            <tr>
              <th scope="col">District</th>
              {o.principles.map((p) => (
                <th scope="col" key={p.id} title={p.label}>
                  {`${p.order}. ${p.label}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {o.heatMap.districts.map((d) => (
              <tr key={d} data-district={d}>
                <th scope="row">
                  <Link href={`${self}${filterQuery({ ...filter, district: d })}`}>{d}</Link>
                </th>
                {o.principles.map((p) => {
                  const cell = o.heatMap.cells[d][p.id]
                  return (
                    <td key={p.id} className={cell.rag ? `heat heat--${cell.rag}` : 'heat'} data-principle={p.id}>
                      {cell.suppressed ? hidden : cell.average === null ? '—' : `${cell.average} % ${RAG_WORD[cell.rag!]}`}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <h2>Training</h2>
      <table className="register__table county-overview__training">
        <caption>Training and Compassionate Champions (staff of the settings shown; a champion has attended {o.training.championThreshold} sessions)</caption>
        <tbody>
          <tr data-figure="sessions-run">
            <th scope="row">
              {filter.phase || filter.district ? 'Sessions run in the last 12 months attended by these settings’ staff' : 'Sessions run in the last 12 months'}
            </th>
            <td>{o.training.sessionsRun}</td>
          </tr>
          <tr data-figure="upcoming-sessions">
            <th scope="row">
              <Link href={`${adminRoute}/registers`}>Upcoming sessions (the whole county)</Link>
            </th>
            <td>{o.training.upcomingSessions}</td>
          </tr>
          <tr data-figure="active-staff">
            <th scope="row">Active staff</th>
            <td>{o.training.activeStaff}</td>
          </tr>
          <tr data-figure="staff-trained">
            <th scope="row">Staff trained (attended at least one session)</th>
            <td>{o.training.staffTrained}</td>
          </tr>
          <tr data-figure="champions">
            <th scope="row">Compassionate Champions</th>
            <td>{o.training.champions}</td>
          </tr>
        </tbody>
      </table>

      <h2>Awards</h2>
      <table className="register__table county-overview__awards">
        <caption>Current awards of the settings shown</caption>
        <tbody>
          <tr data-figure="achieved">
            <th scope="row">Achieved</th>
            <td>{o.awards.achieved}</td>
          </tr>
          <tr data-figure="in-progress">
            <th scope="row">In progress</th>
            <td>{o.awards.inProgress}</td>
          </tr>
          <tr data-figure="expiring">
            <th scope="row">{`Achieved, expiring within ${o.awards.reminderDays} days`}</th>
            <td>{o.awards.expiring}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <Link href={`${adminRoute}${AWARDS_OVERVIEW_PATH}`}>See the awards overview</Link> for the awards themselves.
      </p>
    </ServiceAdminPage>
  )
}

/** "County overview" in the admin navigation, for service users only. */
export function CountyOverviewNavLink({ payload, user }: ServerProps) {
  if (!mayViewCountyOverview(user)) return null
  return (
    <Link href={`${payload.config.routes.admin}${COUNTY_OVERVIEW_PATH}`} className="nav__link" id="nav-county-overview">
      <span className="nav__link-label">County overview</span>
    </Link>
  )
}

/** On the admin dashboard, next to the moderation notice: the county in one line, and the way to the overview. */
export async function CountyOverviewDashboardSummary({ payload, user }: ServerProps) {
  if (!mayViewCountyOverview(user)) return null
  const { total, engaged } = await countySummary(payload)
  return (
    <section className="moderation-notice county-summary" aria-label="County overview">
      <p>
        <Link href={`${payload.config.routes.admin}${COUNTY_OVERVIEW_PATH}`}>County overview</Link>
        {`: ${engaged} of ${total} active settings engaged (a self-assessment submitted in the last 12 months).`}
      </p>
    </section>
  )
}
