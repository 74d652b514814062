/** Who may open a report: the setting's own users, and the service (which reads every setting's results). */
import { notFound, redirect } from 'next/navigation'

import { isServiceRole } from '@/access/roles'
import { loadReport } from '@/assessment/loadReport'
import type { ReportData } from '@/assessment/reportData'

import { currentViewer, hubPayload, type Viewer } from './payload'
import { portalDocumentId } from './documentId'
import { signInPath } from './returnPath'

export async function reportFor(idParam: string, returnTo: string): Promise<{ viewer: Viewer; report: ReportData }> {
  const viewer = await currentViewer()
  if (!viewer) redirect(signInPath(returnTo))
  if (!isServiceRole(viewer.user.role) && !viewer.setting) redirect('/sign-in')
  // Read as the viewer: another setting's assessment is simply not found.
  const report = await loadReport(await hubPayload(), viewer.user, portalDocumentId(idParam))
  if (!report) notFound()
  return { viewer, report }
}
