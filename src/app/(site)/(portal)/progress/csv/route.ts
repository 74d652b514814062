/** Progress over time as CSV. */
import { settingProgress } from '@/assessment/loadReport'
import { progressCsv } from '@/assessment/report/answersCsv'
import { hubPayload } from '@/portal/payload'
import { download } from '@/portal/download'
import { requireSettingViewer } from '@/portal/requireViewer'

export const dynamic = 'force-dynamic'

export async function GET() {
  const { user, setting } = await requireSettingViewer('/progress')
  const { points, principles } = await settingProgress(await hubPayload(), user, setting.id)
  return download(progressCsv(points, principles), { type: 'text/csv; charset=utf-8', name: `${setting.name}-progress.csv` })
}
