'use client'
/**
 * On an assessment's edit view: the way to read it. A submitted assessment's report (scores, answers with evidence,
 * recommendations) opens in the portal's report page, which the service may read for any setting; its PDF and CSV too.
 */
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

export function AssessmentReportLink() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  if (!id) return null
  if (status !== 'submitted')
    return <p className="assessment-report-link">This self-assessment is still a draft: its report appears here once the setting submits it.</p>
  return (
    <div className="assessment-report-link">
      <a href={`/assessment/${id}/report`} className="btn btn--style-primary btn--size-medium">
        Open the report
      </a>
      <p>
        The scores, every answer with its evidence note, and the recommendations, as the setting sees them.{' '}
        <a href={`/assessment/${id}/pdf`}>Download the PDF</a> · <a href={`/assessment/${id}/csv`}>Download the answers (CSV)</a>
      </p>
    </div>
  )
}
