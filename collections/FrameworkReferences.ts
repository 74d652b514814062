/** Sections of external frameworks (Ofsted, SEND Code of Practice, NICE, KCSIE) that questions evidence, kept by version. */
import type { CollectionConfig } from 'payload'

import { isServiceAdmin, isSignedIn } from '@/access'
import { FRAMEWORKS } from '@/assessment/frameworks'
import { SETTING_TYPES } from '@/settings/settingTypes'

export const FrameworkReferences: CollectionConfig = {
  slug: 'framework-references',
  labels: { singular: 'Framework reference', plural: 'Framework references' },
  admin: { useAsTitle: 'title', defaultColumns: ['framework', 'version', 'code', 'title', 'settingTypes', 'superseded'], group: 'Question bank' },
  defaultSort: 'code',
  access: { read: isSignedIn, create: isServiceAdmin, update: isServiceAdmin, delete: isServiceAdmin },
  fields: [
    { name: 'framework', type: 'select', required: true, options: FRAMEWORKS.map((f) => ({ ...f })), index: true },
    { name: 'version', type: 'text', required: true, maxLength: 40, admin: { description: 'For example 2025-11 or 2019.' } },
    { name: 'code', label: 'Code or section', type: 'text', required: true, maxLength: 40 },
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    {
      name: 'settingTypes',
      label: 'Applies to setting types',
      type: 'select',
      hasMany: true,
      options: SETTING_TYPES.map((t) => ({ ...t })),
      admin: {
        description:
          'Leave empty for guidance every setting follows. A report cites this reference only for these types, for example the further education and skills toolkit for colleges and sixth forms. Reports already submitted keep what they cited.',
      },
    },
    {
      name: 'url',
      label: 'Link',
      type: 'text',
      maxLength: 500,
      validate: (value: string | null | undefined) => (!value || /^https:\/\/[^\s]+$/.test(value) ? true : 'Enter a link that starts with https://'),
    },
    {
      name: 'superseded',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Kept so that older reports can still cite it; not offered for new questions.' },
    },
    { name: 'key', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } },
  ],
}
