/**
 * What counts as a setting's personal data, and what the erasure does with each piece: the one list the erasure,
 * its log and the README follow. Results (answers, scores, the latest results, awards) and the counts behind the
 * county figures are not personal: they stay, detached from people.
 */

export type Treatment = 'removed' | 'anonymised' | 'unlinked' | 'cleared'

export interface PersonalField {
  collection: string
  /** The fields, or '*' for the whole record. */
  fields: string[] | '*'
  treatment: Treatment
  why: string
}

export const PERSONAL_DATA: readonly PersonalField[] = [
  { collection: 'users', fields: '*', treatment: 'removed', why: 'Accounts name and reach people; their sessions end with them.' },
  {
    collection: 'staff-members',
    fields: ['name', 'jobRole', 'email'],
    treatment: 'anonymised',
    why: 'The staff list names people. The rows stay as “Staff member N” so that staff trained and champions still count.',
  },
  { collection: 'case-studies', fields: ['author', 'pupilConfirmation.confirmedBy'], treatment: 'unlinked', why: 'Who wrote and who confirmed are people.' },
  {
    collection: 'assessments',
    fields: ['startedBy', 'submittedBy'],
    treatment: 'unlinked',
    why: 'Who started and submitted are people; answers and scores stay.',
  },
  { collection: 'actions', fields: ['owner'], treatment: 'cleared', why: 'The owner is “a name or role”: a name is personal.' },
  { collection: 'attendances', fields: ['bookedBy', 'statusChangedBy'], treatment: 'unlinked', why: 'Who booked and who changed a booking are people.' },
  {
    collection: 'join-requests',
    fields: ['contactName', 'jobTitle', 'email', 'message'],
    treatment: 'anonymised',
    why: 'The request that brought the setting to the Hub names and reaches its contact; the request itself stays as the record of the decision.',
  },
  { collection: 'data-exports', fields: '*', treatment: 'removed', why: 'An export is a copy of everything above; its file goes too.' },
  { collection: 'payload-jobs', fields: '*', treatment: 'removed', why: 'Emails still waiting to be sent to the setting’s people.' },
]

/** The anonymous name a staff member keeps: a number within the setting, nothing else. */
export const ANONYMOUS_STAFF_PREFIX = 'Staff member '
export const anonymousStaffName = (n: number): string => `${ANONYMOUS_STAFF_PREFIX}${n}`

/** The name of an erased account wherever a name must be shown. */
export const ERASED_ACCOUNT = 'Erased account'

/** What an erased join request says instead of its contact's name, job title and address. */
export const ERASED_CONTACT = 'Erased'
export const erasedContactEmail = (joinRequestId: number | string): string => `erased-${joinRequestId}@erased.invalid`

/** The erasure asks for the setting's name, typed: the same words, whatever the case and spacing. */
export const confirmsSettingName = (typed: unknown, settingName: string): boolean => {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
  return typeof typed === 'string' && typed.trim() !== '' && norm(typed) === norm(settingName)
}

export interface ErasureCounts {
  accountsRemoved: number
  sessionsEnded: number
  staffMembersAnonymised: number
  caseStudiesUnlinked: number
  assessmentsUnlinked: number
  actionOwnersCleared: number
  attendancesUnlinked: number
  exportsRemoved: number
  emailsCancelled: number
  joinRequestsAnonymised: number
}
