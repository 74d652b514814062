/**
 * A dated run of a course: in person at a venue or online, with a capacity and a waiting list. The service's staff
 * and admins manage sessions and their registers; setting users read scheduled ones and book their staff.
 */
import type { CollectionConfig } from 'payload'

import { isService, isServiceField, serviceOrScheduled } from '@/access'
import { trainingSessionEndpoints } from '@/training/endpoints'
import { keepSessionsWithBookings, onSessionChange, refuseUnsafeSessionChange } from '@/training/bookingHooks'
import { SESSION_STATUSES, SESSION_TIME_ZONE } from '@/training/statuses'

export const TrainingSessions: CollectionConfig = {
  slug: 'training-sessions',
  labels: { singular: 'Training session', plural: 'Training sessions' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'capacity', 'status'], group: 'Training' },
  defaultSort: 'startsAt',
  access: { read: serviceOrScheduled, create: isService, update: isService, delete: isService },
  endpoints: trainingSessionEndpoints,
  hooks: { beforeChange: [refuseUnsafeSessionChange], afterChange: [onSessionChange], beforeDelete: [keepSessionsWithBookings] },
  fields: [
    { name: 'course', type: 'relationship', relationTo: 'training-courses', required: true, index: true },
    {
      name: 'title',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Leave empty to use the course title with the date.' },
    },
    {
      name: 'startsAt',
      label: 'Starts',
      type: 'date',
      required: true,
      index: true,
      timezone: { defaultTimezone: SESSION_TIME_ZONE, supportedTimezones: [{ label: 'UK time (Europe/London)', value: SESSION_TIME_ZONE }] },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
    },
    {
      name: 'endsAt',
      label: 'Ends',
      type: 'date',
      required: true,
      timezone: { defaultTimezone: SESSION_TIME_ZONE, supportedTimezones: [{ label: 'UK time (Europe/London)', value: SESSION_TIME_ZONE }] },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
      validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: unknown } }) => {
        if (!value) return 'Enter when the session ends.'
        const start = siblingData?.startsAt ? new Date(String(siblingData.startsAt)).getTime() : Number.NaN
        const end = new Date(String(value)).getTime()
        return Number.isFinite(start) && Number.isFinite(end) && end <= start ? 'The session must end after it starts.' : true
      },
    },
    {
      name: 'mode',
      type: 'select',
      required: true,
      defaultValue: 'in-person',
      options: [
        { value: 'in-person', label: 'In person' },
        { value: 'online', label: 'Online' },
      ],
    },
    {
      name: 'venue',
      type: 'textarea',
      maxLength: 500,
      admin: { condition: (_, sibling) => sibling?.mode !== 'online', description: 'The address, with the room and where to park.' },
      validate: (value: unknown, { siblingData }: { siblingData: { mode?: string } }) =>
        siblingData?.mode !== 'online' && !value ? 'Enter the venue of an in-person session.' : true,
    },
    {
      name: 'joiningLink',
      label: 'Online joining link',
      type: 'text',
      maxLength: 500,
      // Shown to the service here; a setting sees it in the portal only with a confirmed booking.
      access: { read: isServiceField },
      admin: { condition: (_, sibling) => sibling?.mode === 'online' },
      validate: (value: unknown, { siblingData }: { siblingData: { mode?: string } }) => {
        if (siblingData?.mode !== 'online') return true
        return typeof value === 'string' && /^https:\/\/[^\s<>"]+$/.test(value)
          ? true
          : 'Enter the joining link of an online session (it starts with https://).'
      },
    },
    { name: 'capacity', label: 'Places', type: 'number', required: true, defaultValue: 20, min: 1, max: 1000, admin: { step: 1 } },
    {
      name: 'waitingListSize',
      label: 'Waiting list places',
      type: 'number',
      required: true,
      defaultValue: 10,
      min: 0,
      max: 1000,
      admin: { step: 1, description: 'Bookings beyond the places wait here and are promoted, first come first served, when a place frees up.' },
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'scheduled', index: true, options: SESSION_STATUSES.map((s) => ({ ...s })) },
    {
      name: 'trainer',
      type: 'relationship',
      relationTo: 'users',
      filterOptions: { role: { in: ['service-admin', 'service-staff'] } },
      admin: { description: 'A member of the service.' },
    },
    {
      // Not stored: links to the session's register and sign-in sheet on its edit view.
      name: 'registerLinks',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/RegisterLink#RegisterLink' } },
    },
    { name: 'notes', label: 'Notes for the service', type: 'textarea', maxLength: 2000, access: { read: isServiceField } },
  ],
}
