/**
 * A staff member's booking on a session, and what the register says of it. The setting is derived from the staff
 * member (never from the request). The rules — capacity, the waiting list and its promotion, who may change what and
 * when, champions — run in the write's transaction with the session's row locked: see src/training/.
 */
import type { CollectionConfig } from 'payload'

import { createInOwnSettingOnly, nobody, serviceOrOwnSetting, systemOnly, updateAttendances } from '@/access'
import { afterAttendanceChange, placeBooking } from '@/training/bookingHooks'
import { ATTENDANCE_STATUSES } from '@/training/statuses'

const system = { create: systemOnly, update: systemOnly }

export const Attendances: CollectionConfig = {
  slug: 'attendances',
  labels: { singular: 'Attendance', plural: 'Attendances' },
  admin: {
    defaultColumns: ['session', 'staffMember', 'setting', 'status'],
    group: 'Training',
    description: 'Bookings and the attendance register. Mark a session’s register from the session’s register view.',
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  indexes: [{ fields: ['session', 'staffMember'], unique: true }],
  access: {
    read: serviceOrOwnSetting,
    // Setting leads book their own staff; the status is then moved by the rules in src/training/transitions.ts.
    create: createInOwnSettingOnly('setting-lead'),
    update: updateAttendances,
    // Bookings are history: apologies or cancellation, never deletion (erasure deletes the staff member).
    delete: nobody,
  },
  hooks: { beforeChange: [placeBooking], afterChange: [afterAttendanceChange] },
  fields: [
    { name: 'session', type: 'relationship', relationTo: 'training-sessions', required: true, index: true, access: { update: systemOnly } },
    { name: 'staffMember', type: 'relationship', relationTo: 'staff-members', required: true, index: true, access: { update: systemOnly } },
    {
      name: 'setting',
      type: 'relationship',
      relationTo: 'settings',
      index: true,
      access: system,
      admin: { readOnly: true, position: 'sidebar', description: 'The staff member’s setting.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'booked',
      index: true,
      options: ATTENDANCE_STATUSES.map((s) => ({ ...s })),
      // Create: the booking rules decide between booked and the waiting list, whatever the request says.
      access: { create: systemOnly },
    },
    { name: 'bookedBy', type: 'relationship', relationTo: 'users', access: system, admin: { readOnly: true } },
    { name: 'bookedAt', type: 'date', access: system, admin: { readOnly: true } },
    { name: 'waitlistedAt', type: 'date', access: system, admin: { readOnly: true, description: 'The waiting list is promoted in this order.' } },
    { name: 'statusChangedBy', type: 'relationship', relationTo: 'users', access: system, admin: { readOnly: true } },
    { name: 'statusChangedAt', type: 'date', access: system, admin: { readOnly: true } },
    { name: 'markedBy', label: 'Register marked by', type: 'relationship', relationTo: 'users', access: system, admin: { readOnly: true } },
    { name: 'markedAt', label: 'Register marked at', type: 'date', access: system, admin: { readOnly: true } },
    { name: 'reminderSentAt', type: 'date', access: system, admin: { readOnly: true } },
  ],
}
