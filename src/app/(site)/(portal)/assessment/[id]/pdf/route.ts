/** The summary report as a PDF, generated on the server. */
import { renderReportPdf } from '@/assessment/report/reportPdf'
import { download, fileStem } from '@/portal/download'
import { reportFor } from '@/portal/reportViewer'

export const dynamic = 'force-dynamic'

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { report } = await reportFor(id, `/assessment/${id}/report`)
  const pdf = await renderReportPdf(report)
  return download(new Uint8Array(pdf), { type: 'application/pdf', name: `${fileStem(report.setting.name, report.assessment.submittedAt)}-self-assessment.pdf` })
}
