/** The setting's action plan: recommendations turned into actions with an owner, a due date and a status. */
import type { CollectionConfig } from 'payload'

import { createInOwnSettingOnly, ownSettingWrite, serviceOrOwnSetting } from '@/access'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { keepActionLinksInSetting } from '@/assessment/actionHooks'
import { actionMoved, recomputeAwardAfterDelete, recomputeAwardWhen } from '@/awards/hooks'

export const ACTION_STATUSES = [
  { value: 'not-started', label: 'Not started' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
]

export const Actions: CollectionConfig = {
  slug: 'actions',
  labels: { singular: 'Action', plural: 'Actions' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'setting', 'owner', 'dueDate', 'status'], group: 'Self-assessment' },
  defaultSort: 'dueDate',
  // A setting's own record: never locked by the admin panel (see src/access/builtInCollections.ts).
  lockDocuments: false,
  access: {
    read: serviceOrOwnSetting,
    // The action plan is the setting's own: the service reads it, it does not write it.
    create: createInOwnSettingOnly('setting-lead'),
    update: ownSettingWrite('setting-lead'),
    delete: ownSettingWrite('setting-lead'),
  },
  hooks: {
    beforeValidate: [assignOwnSetting],
    beforeChange: [keepActionLinksInSetting],
    // Done actions count towards the award.
    afterChange: [recomputeAwardWhen(actionMoved)],
    afterDelete: [recomputeAwardAfterDelete((doc) => doc.status === 'done')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'setting',
      type: 'relationship',
      relationTo: 'settings',
      required: true,
      index: true,
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'assessment', type: 'relationship', relationTo: 'assessments', index: true },
    { name: 'recommendation', type: 'relationship', relationTo: 'recommendations' },
    { name: 'owner', type: 'text', maxLength: 120, admin: { description: 'Who will do this (a name or role).' } },
    { name: 'dueDate', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } },
    { name: 'status', type: 'select', required: true, defaultValue: 'not-started', options: ACTION_STATUSES, index: true },
    { name: 'notes', type: 'textarea', maxLength: 4000 },
  ],
}
