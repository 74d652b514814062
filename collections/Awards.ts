/**
 * A setting's award, one per award cycle: the checklist as last evaluated (the Hub keeps it, nobody types it),
 * achievement, validity, the certificate number and its unguessable verification code. The service confirms manual
 * criteria and may revoke; every other field is written by the rules in src/awards/, in the transaction of the change
 * that moved them.
 */
import type { CollectionConfig } from 'payload'

import { isServiceAdminField, isServiceField, isService, nobody, serviceOrOwnSetting, systemOnly } from '@/access'
import { AWARD_STATUSES } from '@/awards/criterionKinds'
import { afterAwardChange, stampAwardChanges } from '@/awards/hooks'
import { AWARD_TRACKS } from '@/settings/settingTypes'

const system = { create: systemOnly, update: systemOnly }
const readOnly = { readOnly: true }

export const Awards: CollectionConfig = {
  slug: 'awards',
  labels: { singular: 'Award', plural: 'Awards' },
  admin: {
    useAsTitle: 'certificateNumber',
    defaultColumns: ['setting', 'track', 'cycle', 'status', 'percentComplete', 'expiresAt'],
    group: 'Award',
    description: 'Each setting’s award cycles. The checklist updates itself; tick manual criteria and revoke here.',
  },
  defaultSort: '-updatedAt',
  indexes: [{ fields: ['setting', 'cycle'], unique: true }],
  access: {
    read: serviceOrOwnSetting,
    // Awards are started and evaluated by the Hub, never created by hand, and kept as history.
    create: nobody,
    update: isService,
    delete: nobody,
  },
  hooks: { beforeChange: [stampAwardChanges], afterChange: [afterAwardChange] },
  fields: [
    { name: 'setting', type: 'relationship', relationTo: 'settings', required: true, index: true, access: system, admin: readOnly },
    { name: 'track', type: 'select', required: true, options: AWARD_TRACKS, access: system, admin: readOnly },
    {
      name: 'cycle',
      type: 'number',
      required: true,
      defaultValue: 1,
      access: system,
      admin: { ...readOnly, description: '1 for the first award, 2 for its renewal, and so on.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'in-progress',
      index: true,
      options: AWARD_STATUSES.map((s) => ({ ...s })),
      access: system,
      admin: readOnly,
    },
    { name: 'percentComplete', type: 'number', defaultValue: 0, min: 0, max: 100, index: true, access: system, admin: readOnly },
    {
      name: 'checklist',
      type: 'array',
      access: system,
      admin: { readOnly: true, description: 'Kept by the Hub from the setting’s data and the published criteria.' },
      fields: [
        { name: 'criterion', type: 'relationship', relationTo: 'award-criteria', required: true },
        { name: 'title', type: 'text', required: true },
        { name: 'met', type: 'checkbox', defaultValue: false },
        { name: 'metAt', type: 'date' },
        { name: 'explanation', type: 'text', admin: { description: 'One sentence: the evidence, or what is missing.' } },
        { name: 'actionPath', type: 'text', admin: { description: 'Where in the portal the setting acts on it.' } },
        { name: 'actionLabel', type: 'text' },
      ],
    },
    {
      name: 'confirmations',
      label: 'Verified by the service',
      type: 'array',
      access: { read: isServiceField, create: systemOnly, update: isServiceField },
      admin: { description: 'Tick a manual criterion for this setting: choose it and say what you saw. Who and when are recorded.' },
      fields: [
        { name: 'criterion', type: 'relationship', relationTo: 'award-criteria', required: true, filterOptions: { rule: { equals: 'manual' } } },
        { name: 'note', type: 'textarea', required: true, maxLength: 1000 },
        { name: 'confirmedBy', type: 'relationship', relationTo: 'users', access: system, admin: readOnly },
        { name: 'confirmedAt', type: 'date', access: system, admin: readOnly },
      ],
    },
    { name: 'lastEvaluatedAt', type: 'date', access: system, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'achievedAt', type: 'date', index: true, access: system, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'expiresAt', type: 'date', index: true, access: system, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'certificateNumber', type: 'text', unique: true, index: true, access: system, admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'verificationCode',
      type: 'text',
      unique: true,
      index: true,
      access: system,
      admin: { ...readOnly, position: 'sidebar', description: 'Unguessable: the certificate’s QR code opens /verify/<code>.' },
    },
    {
      name: 'achievedEmailQueuedAt',
      type: 'date',
      access: system,
      admin: { ...readOnly, position: 'sidebar', description: 'Set once: the achievement email is queued exactly once.' },
    },
    { name: 'renewalReminderSentAt', type: 'date', access: system, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'expiredAt', type: 'date', access: system, admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'revocationReason',
      type: 'textarea',
      maxLength: 1000,
      access: { create: systemOnly, update: isServiceAdminField },
      admin: { position: 'sidebar', description: 'Service admins: enter a reason and save to revoke an achieved award. The setting is emailed.' },
    },
    { name: 'revokedAt', type: 'date', access: system, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'revokedBy', type: 'relationship', relationTo: 'users', access: system, admin: { ...readOnly, position: 'sidebar' } },
  ],
}
