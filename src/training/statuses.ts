/** The words of the training model: attendance statuses, course audiences and formats, session statuses. */

import { labelOf } from '@/config/options'

export const ATTENDANCE_STATUSES = [
  { value: 'booked', label: 'Booked' },
  { value: 'waitlisted', label: 'On the waiting list' },
  { value: 'apologies', label: 'Apologies sent' },
  { value: 'cancelled', label: 'Cancelled by the service' },
  { value: 'attended', label: 'Attended' },
  { value: 'absent', label: 'Absent' },
] as const
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]['value']
export const ATTENDANCE_STATUS_VALUES: readonly AttendanceStatus[] = ATTENDANCE_STATUSES.map((s) => s.value)

/** A booking still going ahead: a place, or a place on the waiting list. */
export const LIVE: readonly AttendanceStatus[] = ['booked', 'waitlisted']
/** What the register records once the session has started. */
export const REGISTER_MARKS = ['attended', 'absent'] as const satisfies readonly AttendanceStatus[]
export type RegisterMarkStatus = (typeof REGISTER_MARKS)[number]

export const attendanceStatusLabel = (status: string): string => labelOf(ATTENDANCE_STATUSES, status)

export const SESSION_STATUSES = [
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'completed', label: 'Completed' },
] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]['value']

export const COURSE_AUDIENCES = [
  { value: 'staff', label: 'Staff' },
  { value: 'pupils', label: 'Pupils and learners' },
  { value: 'parents-carers', label: 'Parents and carers' },
] as const

export const COURSE_FORMATS = [
  { value: 'in-person', label: 'In person' },
  { value: 'online', label: 'Online' },
  { value: 'blended', label: 'Blended' },
] as const
export type CourseFormat = (typeof COURSE_FORMATS)[number]['value']

/** Sessions are held in the county: every time is shown, and entered in the admin panel, in UK time. */
export const SESSION_TIME_ZONE = 'Europe/London'
