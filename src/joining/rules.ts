/** What a join request must say, checked alike by the /join form and by the collection on every route. */
import type { FieldError } from '@/components/ErrorSummary'
import { SETTING_TYPES } from '@/settings/settingTypes'

export const JOIN_REQUEST_STATUSES = [
  { value: 'new', label: 'New' },
  { value: 'approved', label: 'Approved' },
  { value: 'declined', label: 'Declined' },
] as const
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number]['value']

/** Lengths a person can fill without meeting them, and short enough that a request is read, not an essay. */
export const LIMITS = { settingName: 200, district: 100, contactName: 100, jobTitle: 100, email: 254, message: 2000, declineReason: 2000 } as const

/** A school's Unique Reference Number on Get Information about Schools: exactly six digits for Lancashire's settings. */
export const URN_PATTERN = /^\d{6}$/
export const URN_MESSAGE = 'Enter the URN as 6 digits, like 119234'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const EMAIL_MESSAGE = 'Enter an email address in the correct format, like name@school.org.uk'
export const isEmailAddress = (value: unknown): value is string => typeof value === 'string' && EMAIL.test(value) && value.length <= LIMITS.email

export const CONSENT_MESSAGE = 'Confirm that the Hub’s team may contact you about this request'

export interface JoinRequestInput {
  settingName: string
  urn: string
  settingType: string
  district: string
  contactName: string
  jobTitle: string
  email: string
  message: string
  consent: boolean
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** The request's answers as plain, trimmed values (the URN without spaces: people copy it as "119 234"). */
export function joinRequestInput(values: Record<string, unknown>): JoinRequestInput {
  return {
    settingName: text(values.settingName),
    urn: text(values.urn).replace(/\s+/g, ''),
    settingType: text(values.settingType),
    district: text(values.district),
    contactName: text(values.contactName),
    jobTitle: text(values.jobTitle),
    email: text(values.email).toLowerCase(),
    message: text(values.message),
    consent: values.consent === true || values.consent === 'true' || values.consent === 'yes' || values.consent === 'on',
  }
}

const required = (value: string, field: keyof typeof LIMITS, missing: string, label: string): FieldError[] => {
  if (!value) return [{ field, message: missing }]
  if (value.length > LIMITS[field]) return [{ field, message: `${label} must be ${LIMITS[field]} characters or fewer` }]
  return []
}

/** Every problem with a request, in the order of the form, with the GOV.UK wording for each. */
export function joinRequestProblems(input: JoinRequestInput): FieldError[] {
  return [
    ...required(input.settingName, 'settingName', 'Enter the name of your school or college', 'The name'),
    ...(!input.urn ? [{ field: 'urn', message: 'Enter your setting’s URN' }] : URN_PATTERN.test(input.urn) ? [] : [{ field: 'urn', message: URN_MESSAGE }]),
    ...(SETTING_TYPES.some((t) => t.value === input.settingType) ? [] : [{ field: 'settingType', message: 'Select the type of setting' }]),
    ...required(input.district, 'district', 'Enter your district, like Preston or West Lancashire', 'The district'),
    ...required(input.contactName, 'contactName', 'Enter your full name', 'Your name'),
    ...required(input.jobTitle, 'jobTitle', 'Enter your job title', 'Your job title'),
    ...(!input.email
      ? [{ field: 'email', message: 'Enter your email address' }]
      : !isEmailAddress(input.email)
        ? [{ field: 'email', message: EMAIL_MESSAGE }]
        : []),
    ...(input.message.length > LIMITS.message ? [{ field: 'message', message: `Your message must be ${LIMITS.message} characters or fewer` }] : []),
    ...(input.consent ? [] : [{ field: 'consent', message: CONSENT_MESSAGE }]),
  ]
}
