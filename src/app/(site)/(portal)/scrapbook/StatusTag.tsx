/** A case study's moderation status as a tag, noting when an earlier approved version is still public. */
import { CASE_STUDY_STATUSES, type CaseStudyStatus } from '@/scrapbook/statuses'

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
      <strong className={CLASS[status]}>{CASE_STUDY_STATUSES.find((s) => s.value === status)?.label}</strong>
      {live && status !== 'published' && <span className="hint-inline"> (the approved version is still public)</span>}
    </>
  )
}
