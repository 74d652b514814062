/**
 * A case study of good practice in a setting's scrapbook. The setting edits the working text; sharing sends it to
 * the moderation queue; an approval copies it into `published`, which is all the public ever sees — so a
 * published case study being edited keeps its last approved text public until the next approval.
 */
import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { CollectionConfig, Where } from 'payload'

import { createInOwnSettingOnly, hasRole, ownSettingWrite, serviceOrOwnSetting, systemOnly } from '@/access'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { refuseDangerousRichText } from '@/richtext/safeRichText'
import { keepImagesInSetting, recordAuthor, returnEditsToModeration, tellServiceOfEdits } from '@/scrapbook/caseStudyHooks'
import { caseStudyEndpoints } from '@/scrapbook/endpoints'
import { keepImagePublicityCurrent, releaseImagesOfDeletedCaseStudy } from '@/scrapbook/publishedImages'
import { CASE_STUDY_STATUSES, DECISIONS, EDITABLE_BY_STAFF } from '@/scrapbook/statuses'
import { caseStudyMoved, recomputeAwardAfterDelete, recomputeAwardWhen } from '@/awards/hooks'

export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: { singular: 'Case study', plural: 'Case studies' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'setting', 'status', 'updatedAt'],
    group: 'Community Scrapbook',
    description: 'Settings’ case studies. The service moderates them in the moderation queue; it never edits a setting’s text.',
  },
  defaultSort: '-updatedAt',
  // A setting's own record: never locked by the admin panel (see src/access/builtInCollections.ts).
  lockDocuments: false,
  access: {
    read: serviceOrOwnSetting,
    create: createInOwnSettingOnly('setting-lead', 'setting-staff'),
    // Leads edit their setting's case studies in any state; staff only while private or sent back for changes.
    update: (args) => {
      const own = ownSettingWrite('setting-lead', 'setting-staff')(args) as Where | boolean
      if (!own || own === true || hasRole(args.req, 'setting-lead')) return own
      return { and: [own, { status: { in: EDITABLE_BY_STAFF } }] }
    },
    delete: ownSettingWrite('setting-lead'),
  },
  endpoints: caseStudyEndpoints,
  hooks: {
    beforeValidate: [assignOwnSetting, refuseDangerousRichText],
    beforeChange: [recordAuthor, keepImagesInSetting, returnEditsToModeration],
    // Published case studies count towards the award.
    afterChange: [tellServiceOfEdits, keepImagePublicityCurrent, recomputeAwardWhen(caseStudyMoved)],
    afterDelete: [releaseImagesOfDeletedCaseStudy, recomputeAwardAfterDelete((doc) => doc.status === 'published')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 150 },
    { name: 'summary', type: 'textarea', required: true, maxLength: 300, admin: { description: 'At most 300 characters: shown in the gallery.' } },
    {
      name: 'body',
      type: 'richText',
      required: true,
      // Headings, lists, links, quotes and images: nothing that can carry raw HTML or script.
      editor: lexicalEditor({
        features: [
          ParagraphFeature(),
          HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
          BoldFeature(),
          ItalicFeature(),
          UnorderedListFeature(),
          OrderedListFeature(),
          LinkFeature({ enabledCollections: [] }),
          BlockquoteFeature(),
          UploadFeature({ collections: { media: { fields: [] } } }),
          FixedToolbarFeature(),
        ],
      }),
    },
    { name: 'principles', type: 'relationship', relationTo: 'principles', hasMany: true, required: true, minRows: 1 },
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      maxRows: 6,
    },
    {
      name: 'anonymous',
      label: 'Show the setting as “a Lancashire primary school” (or the setting’s type) instead of its name',
      type: 'checkbox',
      defaultValue: false,
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
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'private',
      index: true,
      options: CASE_STUDY_STATUSES.map((s) => ({ ...s })),
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'sharedAt', type: 'date', index: true, access: { create: systemOnly, update: systemOnly }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'pupilConfirmation',
      label: 'Confirmation that nothing identifies a pupil',
      type: 'group',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
      fields: [
        { name: 'confirmedBy', type: 'relationship', relationTo: 'users' },
        { name: 'confirmedAt', type: 'date' },
      ],
    },
    { name: 'feedback', label: 'Moderator’s feedback', type: 'textarea', access: { create: systemOnly, update: systemOnly }, admin: { readOnly: true } },
    {
      name: 'decisions',
      label: 'Moderation decisions',
      type: 'array',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'decision', type: 'select', options: DECISIONS.map((d) => ({ ...d })), required: true },
        { name: 'decidedBy', type: 'relationship', relationTo: 'users' },
        { name: 'decidedAt', type: 'date' },
        { name: 'feedback', type: 'textarea' },
      ],
    },
    {
      name: 'published',
      label: 'Published version (what the public sees)',
      type: 'group',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
      fields: [
        { name: 'live', type: 'checkbox', defaultValue: false, index: true },
        { name: 'title', type: 'text' },
        { name: 'summary', type: 'textarea' },
        { name: 'body', type: 'json' },
        { name: 'bodyText', type: 'textarea' },
        { name: 'images', type: 'relationship', relationTo: 'media', hasMany: true },
        { name: 'principles', type: 'relationship', relationTo: 'principles', hasMany: true },
        { name: 'settingType', type: 'text', index: true },
        { name: 'publisherName', type: 'text' },
        { name: 'publishedAt', type: 'date', index: true },
      ],
    },
  ],
}
