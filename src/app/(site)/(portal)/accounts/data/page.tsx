/**
 * A setting's own data: a lead asks for an export (a zip of CSV and JSON files with the images), follows its
 * progress (the page reloads itself while it is made; no JavaScript needed) and downloads it once. Setting staff
 * are told that only a lead can.
 */
import type { Metadata } from 'next'
import Link from 'next/link'

import { latestExport } from '@/data/dataExports'
import { EXPORT_SECTIONS } from '@/data/exportSections'
import { IN_PROGRESS, exportStatusLabel } from '@/data/exportStatuses'
import { requestDataExport } from '@/portal/actions/data'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

export const metadata: Metadata = { title: 'Your setting’s data' }
export const dynamic = 'force-dynamic'

const PROBLEMS: Record<string, string> = {
  used: 'That export has already been downloaded. Each export can be downloaded once: ask for a new one below.',
  expired: 'That export has expired: exports can be downloaded for 24 hours. Ask for a new one below.',
  'not-ready': 'That export is not ready yet. This page shows its progress.',
  'not-found': 'That export does not exist, or was asked for by someone else. Ask for a new one below.',
}

const time = (iso: string | null | undefined) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })
    : ''

const megabytes = (bytes: number | null | undefined) => `${Math.max(0.1, Math.round(((bytes ?? 0) / 1_048_576) * 10) / 10)} MB`

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SettingDataPage({ searchParams }: Props) {
  const { user, setting } = await requireSettingViewer('/accounts/data')
  if (user.role !== 'setting-lead') {
    return (
      <>
        <Link href="/dashboard" className="back-link">
          Back to the dashboard
        </Link>
        <h1>You cannot download your setting’s data</h1>
        <p>Only a setting lead can download {setting.name}’s data, because it holds every colleague’s details.</p>
        <p>Ask a lead of your setting if you need a copy.</p>
      </>
    )
  }
  const query = await searchParams
  const problem = PROBLEMS[String(query.problem ?? '')]
  const current = await latestExport(await hubPayload(), user)
  const working = !!current && IN_PROGRESS.includes(current.status)

  return (
    <>
      {/* While the export is being made the page reloads itself every 5 seconds (works without JavaScript). */}
      {working && <meta httpEquiv="refresh" content="5" />}
      <Link href="/dashboard" className="back-link">
        Back to the dashboard
      </Link>
      <span className="caption">{setting.name}</span>
      <h1>Your setting’s data</h1>
      {problem && (
        <div className="error-summary" role="alert" aria-labelledby="data-problem-title">
          <h2 className="error-summary__title" id="data-problem-title">
            The download did not start
          </h2>
          <p>{problem}</p>
        </div>
      )}
      <p className="lead">Download everything the Hub holds about your setting, as a zip of CSV files (for spreadsheets) and JSON files, with your images.</p>
      <p>It includes:</p>
      <ul>
        {EXPORT_SECTIONS.map((s) => (
          <li key={s.file}>{s.description}</li>
        ))}
      </ul>
      <p>
        It holds your colleagues’ names and email addresses. It can be downloaded once, by you only, within 24 hours of being ready; we email you when it is.
      </p>

      {current && (
        <section aria-labelledby="export-title">
          <h2 id="export-title">Your latest export</h2>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt className="summary-list__key">Asked for</dt>
              <dd className="summary-list__value">{time(current.createdAt)}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">Status</dt>
              <dd className="summary-list__value">
                <span role="status">
                  {working ? `${exportStatusLabel(current.status)}: ${current.progress ?? 0}% done` : exportStatusLabel(current.status)}
                </span>
              </dd>
            </div>
            {current.status === 'ready' && (
              <div className="summary-list__row">
                <dt className="summary-list__key">Available until</dt>
                <dd className="summary-list__value">{time(current.expiresAt)}</dd>
              </div>
            )}
            {current.status === 'downloaded' && (
              <div className="summary-list__row">
                <dt className="summary-list__key">Downloaded</dt>
                <dd className="summary-list__value">{time(current.downloadedAt)}</dd>
              </div>
            )}
          </dl>
          {working && <p className="hint">This page updates itself every few seconds. You can leave it: we email you when the export is ready.</p>}
          {current.status === 'failed' && <p>{current.failure || 'The export could not be made.'} Ask for a new one below.</p>}
          {current.status === 'ready' && (
            <form method="post" action="/accounts/data/download">
              <input type="hidden" name="export" value={current.id} />
              <button type="submit" className="button">
                {`Download the data (zip, ${megabytes(current.bytes)})`}
              </button>
            </form>
          )}
        </section>
      )}

      {!working && (
        <form action={requestDataExport}>
          <button type="submit" className={current?.status === 'ready' ? 'button button--secondary' : 'button'}>
            {current ? 'Ask for a new export' : 'Ask for an export'}
          </button>
          {current?.status === 'ready' && <p className="hint">A new export replaces the one ready now.</p>}
        </form>
      )}
      <p className="hint">Exports are kept on the Hub until downloaded, or for 24 hours once ready, then removed.</p>
    </>
  )
}
