/** Progress over time: every submitted self-assessment of the setting, per principle, as a chart and a table. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { settingProgress } from '@/assessment/loadReport'
import { ProgressChart } from '@/components/report/ProgressChart'
import { ProgressTable } from '@/components/report/ProgressTable'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

export const metadata: Metadata = { title: 'Progress over time' }

export default async function ProgressPage() {
  const { user, setting } = await requireSettingViewer('/progress')
  const payload = await hubPayload()
  const { points, principles } = await settingProgress(payload, user, setting.id)
  return (
    <>
      <Link href="/assessment" className="back-link">
        Back
      </Link>
      <span className="caption">{setting.name}</span>
      <h1>Progress over time</h1>
      {points.length === 0 ? (
        <p>Your setting’s progress appears here once it has submitted a self-assessment.</p>
      ) : (
        <>
          <p className="lead">Each principle’s score in every self-assessment your setting has submitted ({points.length} so far).</p>
          <ProgressChart points={points} principles={principles} />
          <ProgressTable points={points} principles={principles} />
          <p>
            <a href="/progress/csv" download>
              Download this table (CSV)
            </a>
          </p>
        </>
      )}
    </>
  )
}
