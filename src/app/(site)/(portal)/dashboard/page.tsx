/** The setting's dashboard: the home of the portal, filled in by each capability. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { ROLE_LABELS, type Role } from '@/access/roles'
import { awardSummary } from '@/awards/settingAward'
import { formatDate } from '@/components/formatDate'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { settingTypeLabel } from '@/settings/settingTypes'
import { summaryLine, trainingSummary } from '@/training/dashboard'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function DashboardPage() {
  const { user, setting } = await requireSettingViewer('/dashboard')
  const payload = await hubPayload()
  const [training, award] = await Promise.all([trainingSummary(payload, setting.id), awardSummary(payload, user, setting)])
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
          <p>Evaluate your setting against the eight principles and get a report with recommendations.</p>
          <p>
            <Link href="/progress">Progress over time</Link> · <Link href="/actions">Action plan</Link>
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
