/** Progress over time as CSV. */
import { progressPoints, submittedAssessments } from '@/assessment/loadReport'
import { progressCsv } from '@/assessment/report/answersCsv'
import { hubPayload } from '@/portal/payload'
import { download } from '@/portal/download'
import { requireSettingViewer } from '@/portal/requireViewer'

export const dynamic = 'force-dynamic'

export async function GET() {
  const { user, setting } = await requireSettingViewer('/progress')
  const history = await submittedAssessments(await hubPayload(), user, setting.id)
  const principles = (history.at(-1)?.snapshot.principles ?? []).map((p) => ({ id: p.id, label: p.label }))
  return download(progressCsv(progressPoints(history), principles), { type: 'text/csv; charset=utf-8', name: `${setting.name}-progress.csv` })
}
