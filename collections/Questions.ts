/** The self-assessment question bank, edited by the service with drafts and versions. */
import type { CollectionConfig } from 'payload'

import { isServiceAdmin, serviceOrPublishedActive } from '@/access'
import { keepAnsweredQuestions } from '@/assessment/keepAnsweredQuestions'
import { refuseDangerousRichText } from '@/richtext/safeRichText'
import { SETTING_TYPES } from '@/settings/settingTypes'

export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: 'Question', plural: 'Questions' },
  admin: { useAsTitle: 'prompt', defaultColumns: ['prompt', 'principle', 'order', 'weight', 'active'], group: 'Question bank' },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeValidate: [refuseDangerousRichText], beforeDelete: [keepAnsweredQuestions] },
  access: { read: serviceOrPublishedActive, create: isServiceAdmin, update: isServiceAdmin, delete: isServiceAdmin, readVersions: isServiceAdmin },
  fields: [
    {
      name: 'principle',
      type: 'relationship',
      relationTo: 'principles',
      required: true,
      index: true,
      admin: { components: { Cell: '/admin/PrincipleCell#PrincipleCell' } },
    },
    { name: 'order', type: 'number', required: true, min: 1, admin: { step: 1 } },
    { name: 'prompt', type: 'textarea', required: true, maxLength: 500 },
    { name: 'guidance', type: 'richText' },
    {
      name: 'weight',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 0.5,
      max: 5,
      admin: { step: 0.5, description: 'How much this question counts towards its principle’s score (default 1).' },
    },
    {
      name: 'settingTypes',
      label: 'Applies to setting types',
      type: 'select',
      hasMany: true,
      options: SETTING_TYPES.map((t) => ({ ...t })),
      admin: { description: 'Leave empty for a question every setting answers.' },
    },
    {
      name: 'frameworkReferences',
      type: 'relationship',
      relationTo: 'framework-references',
      hasMany: true,
      filterOptions: { superseded: { not_equals: true } },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true },
    { name: 'key', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } },
  ],
}
