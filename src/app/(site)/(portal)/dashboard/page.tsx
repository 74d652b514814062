/**
 * The setting's dashboard: what a lead needs on arrival — the latest score and each principle's band, a draft in
 * progress, open and overdue actions, training and the award — each card leading to its area.
 */
import type { Metadata } from 'next'
import Link from 'next/link'

import { ROLE_LABELS, type Role } from '@/access/roles'
import { awardSummary } from '@/awards/settingAward'
import { RagTag } from '@/components/RagTag'
import { formatDate } from '@/components/formatDate'
import { dashboardGlance } from '@/portal/dashboardGlance'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { settingTypeLabel } from '@/settings/settingTypes'
import { summaryLine, trainingSummary } from '@/training/dashboard'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function DashboardPage() {
  const { user, setting } = await requireSettingViewer('/dashboard')
  const payload = await hubPayload()
  const [training, award, glance] = await Promise.all([
    trainingSummary(payload, setting.id),
    awardSummary(payload, user, setting),
    dashboardGlance(payload, user, setting),
  ])
  return (
    <>
      <span className="caption">{settingTypeLabel(setting.type)}</span>
      <h1>{setting.name}</h1>
      <p className="lead">
        Welcome, {user.name}. You are signed in as {ROLE_LABELS[user.role as Role].toLowerCase()}.
      </p>
      <ul className="card-list">
        <li className="card">
          <h2 className="heading-m">
            <Link href="/assessment">Self-assessment</Link>
          </h2>
          {glance.latest ? (
            <>
              <p className="glance__score">
                Latest overall score <strong className="glance__figure">{glance.latest.overall === null ? '—' : `${glance.latest.overall}%`}</strong>{' '}
                <RagTag rag={glance.latest.rag} />
              </p>
              <p className="glance__when">
                Submitted on {formatDate(glance.latest.submittedAt)}. <Link href={`/assessment/${glance.latest.id}/report`}>Read the report</Link>
              </p>
              <ul className="glance__principles" aria-label="Each principle in the latest self-assessment">
                {glance.latest.principles.map((p) => (
                  <li key={p.id}>
                    <span>
                      {p.order}. {p.label}
                    </span>{' '}
                    <span className="glance__principle-score">
                      {p.percentage === null ? '' : `${p.percentage}% `}
                      <RagTag rag={p.rag} />
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Evaluate your setting against the eight principles and get a report with recommendations.</p>
          )}
          {glance.draft && (
            <p className="glance__draft">
              <strong>Draft in progress:</strong> {glance.draft.answered} of {glance.draft.questions} questions answered ({glance.draft.principlesComplete} of{' '}
              {glance.draft.principles} principles complete). {user.role === 'setting-lead' && <Link href="/assessment">Continue the self-assessment</Link>}
            </p>
          )}
        </li>
        <li className="card">
          <h2 className="heading-m">
            <Link href="/actions">Action plan</Link>
          </h2>
          {glance.actions.open + glance.actions.done === 0 ? (
            <p>No actions yet. Add them from the recommendations in your report.</p>
          ) : (
            <p>
              <strong>{glance.actions.open}</strong> open {glance.actions.open === 1 ? 'action' : 'actions'}
              {glance.actions.overdue > 0 && (
                <>
                  , <strong className="overdue">{glance.actions.overdue} overdue</strong>
                </>
              )}
              ; {glance.actions.done} done.
            </p>
          )}
          <p>
            <Link href="/progress">Progress over time</Link>
          </p>
        </li>
        <li className="card">
          <h2 className="heading-m">
            <Link href="/scrapbook">Scrapbook</Link>
          </h2>
          <p>Capture case studies of what works in your setting and share them with the community.</p>
        </li>
        <li className="card">
          <h2 className="heading-m">
            <Link href="/training">Training</Link>
          </h2>
          <p>{summaryLine(training)}</p>
          <p>See your staff’s training, skill gaps and Compassionate Champions, and book sessions.</p>
        </li>
        <li className="card">
          <h2 className="heading-m">
            <Link href="/award">{award.name}</Link>
          </h2>
          <p>
            {award.achieved ? (
              <strong>{`Achieved — valid until ${formatDate(award.expiresAt)}`}</strong>
            ) : (
              <>
                <strong>{`${award.percentComplete}% complete`}</strong> towards the award
              </>
            )}
          </p>
          <p>
            {award.achieved ? 'Print your certificate and see what to keep doing.' : 'See the checklist: what your setting has met and what is left to do.'}
          </p>
        </li>
      </ul>
    </>
  )
}
