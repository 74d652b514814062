/** The moderation states of a case study, and the decisions a moderator can take. */

export const CASE_STUDY_STATUSES = [
  { value: 'private', label: 'Private' },
  { value: 'pending', label: 'Waiting for moderation' },
  { value: 'published', label: 'Published' },
  { value: 'changes-requested', label: 'Changes requested' },
  { value: 'rejected', label: 'Not published' },
] as const
export type CaseStudyStatus = (typeof CASE_STUDY_STATUSES)[number]['value']

export const DECISIONS = [
  { value: 'approved', label: 'Approved' },
  { value: 'changes-requested', label: 'Changes requested' },
  { value: 'rejected', label: 'Rejected' },
] as const
export type Decision = (typeof DECISIONS)[number]['value']

/** Where each decision leaves the case study. */
export const STATUS_AFTER: Record<Decision, CaseStudyStatus> = {
  approved: 'published',
  'changes-requested': 'changes-requested',
  rejected: 'rejected',
}

/** States in which setting staff may still edit the working text (a lead may edit in any state). */
export const EDITABLE_BY_STAFF: CaseStudyStatus[] = ['private', 'changes-requested']

/** States from which a lead may share the case study to the moderation queue. */
export const SHAREABLE: CaseStudyStatus[] = ['private', 'changes-requested', 'rejected', 'published']
