/**
 * A setting's staff list for training (not necessarily Hub users): minimal personal data — a name, a job role, an
 * optional email — never pupil data. Leads manage their own setting's list; staff read it; no other setting sees it.
 */
import type { CollectionConfig } from 'payload'

import { createInOwnSettingOnly, ownSettingWrite, serviceOrOwnSetting, systemOnly } from '@/access'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { recomputeAwardAfterDelete, recomputeAwardWhen, staffMoved } from '@/awards/hooks'
import { eraseAttendanceOfStaffMember } from '@/training/bookingHooks'

export const StaffMembers: CollectionConfig = {
  slug: 'staff-members',
  labels: { singular: 'Staff member', plural: 'Staff members' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'jobRole', 'setting', 'champion', 'active'],
    group: 'Training',
    description: 'Each setting’s staff list, kept by its leads in the portal.',
  },
  defaultSort: 'name',
  lockDocuments: false,
  access: {
    read: serviceOrOwnSetting,
    create: createInOwnSettingOnly('setting-lead'),
    update: ownSettingWrite('setting-lead'),
    // Deleting a staff member erases their bookings and attendance too (per-setting erasure).
    delete: ownSettingWrite('setting-lead'),
  },
  hooks: {
    beforeValidate: [assignOwnSetting],
    beforeDelete: [eraseAttendanceOfStaffMember],
    // Active staff and champions count towards the award.
    afterChange: [recomputeAwardWhen(staffMoved)],
    afterDelete: [recomputeAwardAfterDelete((doc) => doc.active !== false)],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'jobRole', label: 'Job role', type: 'text', maxLength: 120, admin: { description: 'For example: teaching assistant, head of year 7.' } },
    { name: 'email', type: 'email', admin: { description: 'Optional: booking confirmations and reminders go here too.' } },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { description: 'Untick when the person leaves: they leave the training figures.' },
    },
    {
      name: 'setting',
      type: 'relationship',
      relationTo: 'settings',
      required: true,
      index: true,
      access: { update: systemOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'champion',
      label: 'Compassionate Champion',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar', description: 'Kept by the Hub from the attendance register.' },
    },
    { name: 'championSince', type: 'date', access: { create: systemOnly, update: systemOnly }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'sessionsAttended',
      type: 'number',
      defaultValue: 0,
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar', description: 'Sessions attended, kept by the Hub from the attendance register.' },
    },
  ],
}
