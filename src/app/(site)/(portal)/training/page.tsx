/** The Training Dashboard: the setting's staff training at a glance, its skill gaps, sessions to book and champions. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { RagTag } from '@/components/RagTag'
import { formatDate } from '@/components/formatDate'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { trainingDashboard } from '@/training/dashboard'
import { towardsChampion } from '@/training/champions'
import { coversGap } from '@/training/gaps'
import { sessionWhen } from '@/training/time'

import { SessionPlaces } from './SessionPlaces'

export const metadata: Metadata = { title: 'Training' }

const SESSIONS_LISTED = 12

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`)

export default async function TrainingPage() {
  const { user, setting } = await requireSettingViewer('/training')
  const isLead = user.role === 'setting-lead'
  const payload = await hubPayload()
  const d = await trainingDashboard(payload, setting.id)
  const gaps = d.gaps.filter((g) => g.gap)
  const label = new Map(d.principles.map((p) => [p.id, `${p.order}. ${p.label}`]))
  const champions = d.staff.filter((s) => s.champion)
  // The sessions that cover the gaps come first; the page lists the first few, each course page lists all of its own.
  const sessions = d.sessions.slice(0, SESSIONS_LISTED)

  return (
    <>
      <Link href="/dashboard" className="back-link">
        Back to the dashboard
      </Link>
      <span className="caption">{setting.name}</span>
      <h1>Training</h1>
      <p className="lead">Your staff’s training in the eight principles, where the gaps are, and sessions to book.</p>

      <ul className="figures">
        <li className="figures__item">
          <span className="figures__value">{d.figures.activeStaff}</span> active staff
        </li>
        <li className="figures__item">
          <span className="figures__value">{d.figures.trained}</span> trained in at least one principle
        </li>
        <li className="figures__item">
          <span className="figures__value">{d.figures.champions}</span> {d.figures.champions === 1 ? 'Compassionate Champion' : 'Compassionate Champions'}
        </li>
        <li className="figures__item">
          <span className="figures__value">{d.figures.upcomingBookings}</span> upcoming {d.figures.upcomingBookings === 1 ? 'booking' : 'bookings'}
        </li>
      </ul>
      <p>
        <Link href="/training/staff">{isLead ? 'Add and manage your staff' : 'Your staff list'}</Link>
      </p>

      <h2 id="matrix">Who is trained in each principle</h2>
      {d.staff.length === 0 ? (
        <p>{isLead ? 'Add your staff to see who is trained in each principle.' : 'Your setting lead has not added any staff yet.'}</p>
      ) : (
        // A wide table scrolls inside its own region, which keyboard users must be able to focus to scroll (WCAG 2.1.1).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable scroll region is the accessible pattern here
        <section className="table-wrapper" aria-labelledby="matrix-caption" tabIndex={0}>
          <table className="table table--matrix">
            <caption className="table__caption" id="matrix-caption">
              Active staff trained in each principle (attended a session of a course covering it)
            </caption>
            <thead>
              <tr>
                <th scope="col">Member of staff</th>
                {d.principles.map((p) => (
                  <th scope="col" key={p.id}>
                    {p.order}. {p.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.staff.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  {d.principles.map((p) =>
                    s.principles.includes(p.id) ? (
                      <td key={p.id} className="matrix__yes">
                        <span aria-hidden="true">✓ </span>Trained
                      </td>
                    ) : (
                      <td key={p.id} className="matrix__no">
                        Not yet
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <h2 id="gaps">Skill gaps</h2>
      {gaps.length === 0 ? (
        <p>Every active member of staff is trained in every principle.</p>
      ) : (
        <>
          <p>Principles ranked by need: the share of your staff trained, weighted up where your last self-assessment rated the principle red or amber.</p>
          <ol className="gap-list">
            {gaps.map((g) => (
              <li key={g.principle} className="gap-list__item">
                <h3 className="heading-s">
                  {g.order}. {g.label} {g.rag === 'red' || g.rag === 'amber' ? <RagTag rag={g.rag} /> : null}
                </h3>
                <p>{g.reason}.</p>
                <p className="hint">
                  Trained: {percent(g.share)}
                  {g.countyShare !== null
                    ? ` · county average: ${percent(g.countyShare)}`
                    : ` · the county average appears once at least ${Math.max(2, d.benchmarkMinimum)} other settings have staff on their lists`}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}

      <h2 id="sessions">Upcoming sessions</h2>
      {d.sessions.length === 0 ? (
        <p>No sessions are scheduled at the moment.</p>
      ) : (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id} className="session-list__item">
              <h3 className="heading-s">
                <Link href={`/training/sessions/${s.id}`}>{s.title}</Link>
              </h3>
              <p>
                {sessionWhen(s.startsAt, s.endsAt)} · {s.mode === 'online' ? 'Online' : (s.venue ?? '').split('\n')[0]}
              </p>
              <p>
                Covers:{' '}
                {s.principles
                  .map((p) => label.get(p))
                  .filter(Boolean)
                  .join('; ')}
                {coversGap(s, d.gaps) && <strong className="tag tag--blue session-list__tag">Covers a gap</strong>}
              </p>
              <SessionPlaces session={s} />
              {isLead && (
                <p>
                  <Link href={`/training/sessions/${s.id}#book`}>
                    Book staff<span className="visually-hidden"> on {s.title}</span>
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {d.sessions.length > sessions.length && (
        <p>
          {d.sessions.length - sessions.length} more upcoming {d.sessions.length - sessions.length === 1 ? 'session' : 'sessions'}: each course’s page lists all
          of its sessions.
        </p>
      )}

      <h2 id="champions">Compassionate Champions</h2>
      <p>
        A member of staff who attends {d.threshold} {d.threshold === 1 ? 'session' : 'sessions'} becomes a Compassionate Champion.
      </p>
      {champions.length > 0 ? (
        <ul>
          {champions.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>, champion since {formatDate(c.championSince)}
            </li>
          ))}
        </ul>
      ) : (
        <p>No champions yet.</p>
      )}
      {d.staff.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable scroll region is the accessible pattern here
        <section className="table-wrapper" aria-labelledby="towards-caption" tabIndex={0}>
          <table className="table">
            <caption className="table__caption" id="towards-caption">
              Sessions attended towards becoming a champion
            </caption>
            <thead>
              <tr>
                <th scope="col">Member of staff</th>
                <th scope="col">Sessions attended</th>
                <th scope="col">Champion</th>
              </tr>
            </thead>
            <tbody>
              {d.staff.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>
                    {Math.min(s.attended, d.threshold)} of {d.threshold}
                    {s.attended > d.threshold ? ` (${s.attended} in all)` : ''}
                  </td>
                  <td>{s.champion ? `Since ${formatDate(s.championSince)}` : `${towardsChampion(s.attended, d.threshold).remaining} to go`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  )
}
