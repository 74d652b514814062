/** The answers of a submitted self-assessment as CSV. */
import { answersCsv } from '@/assessment/report/answersCsv'
import { download, fileStem } from '@/portal/download'
import { reportFor } from '@/portal/reportViewer'

export const dynamic = 'force-dynamic'

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { report } = await reportFor(id, `/assessment/${id}/report`)
  return download(answersCsv(report), { type: 'text/csv; charset=utf-8', name: `${fileStem(report.setting.name, report.assessment.submittedAt)}-answers.csv` })
}
