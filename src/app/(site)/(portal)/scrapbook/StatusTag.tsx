/** A case study's moderation status as a tag, noting when an earlier approved version is still public. */
import { CASE_STUDY_STATUSES, type CaseStudyStatus } from '@/scrapbook/statuses'
import { labelOf } from '@/config/options'

const CLASS: Record<CaseStudyStatus, string> = {
  private: 'tag tag--grey',
  pending: 'tag tag--blue',
  published: 'tag tag--green',
  'changes-requested': 'tag tag--amber',
  rejected: 'tag tag--red',
}

export function StatusTag({ status, live }: { status: CaseStudyStatus; live: boolean }) {
  return (
    <>
      <strong className={CLASS[status]}>{labelOf(CASE_STUDY_STATUSES, status)}</strong>
      {live && status !== 'published' && <span className="hint-inline"> (the approved version is still public)</span>}
    </>
  )
}
