/**
 * A setting's self-assessment against the eight principles: a draft the lead answers, then — once submitted
 * through POST /api/assessments/:id/submit — an immutable record with the questions, scores and
 * recommendations frozen as they were.
 */
import type { CollectionConfig } from 'payload'

import { createInOwnSettingOnly, hasRole, isServiceAdminField, isServiceField, ownSettingAnd, serviceOrOwnSetting, systemOnly } from '@/access'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { submitEndpoint } from '@/assessment/submitEndpoint'
import { serverURL } from '@/config/env'
import { ensureOneDraftPerSetting, keepAnswersApplicable, recordStartedBy } from '@/assessment/assessmentHooks'
import { ANSWER_OPTIONS } from '@/assessment/scoring'
import { assessmentTitle } from '@/assessment/snapshot'

const DRAFTS = { status: { equals: 'draft' } } as const

export const Assessments: CollectionConfig = {
  slug: 'assessments',
  labels: { singular: 'Assessment', plural: 'Assessments' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'setting', 'status', 'submittedAt'],
    listSearchableFields: ['title'],
    group: 'Self-assessment',
    description: 'Settings’ self-assessments. Submitted assessments cannot be changed; service admins may add an internal note.',
    // "Preview" opens the setting's summary report, which the service may read for every setting.
    preview: (doc) => (doc?.status === 'submitted' ? `${serverURL}/assessment/${String(doc.id)}/report` : null),
  },
  defaultSort: '-updatedAt',
  // The county benchmark takes each setting's latest submitted assessment of a phase (src/assessment/loadReport.ts).
  indexes: [{ fields: ['phase', 'status', 'setting', 'submittedAt'] }],
  // A setting's own record: never locked by the admin panel (see src/access/builtInCollections.ts).
  lockDocuments: false,
  access: {
    read: serviceOrOwnSetting,
    // A setting starts its own self-assessment; the service reads them and never starts one for a setting.
    create: createInOwnSettingOnly('setting-lead'),
    // Only a draft of the lead's own setting can change; the service adds internal notes to any assessment.
    update: ({ req }) => (hasRole(req, 'service-admin') ? true : hasRole(req, 'setting-lead') && ownSettingAnd(req, DRAFTS)),
    // Drafts only: a lead's own setting's, or any for a service admin.
    delete: ({ req }) => (hasRole(req, 'service-admin') ? DRAFTS : hasRole(req, 'setting-lead') && ownSettingAnd(req, DRAFTS)),
  },
  endpoints: [submitEndpoint],
  hooks: {
    beforeValidate: [assignOwnSetting],
    beforeChange: [recordStartedBy, ensureOneDraftPerSetting, keepAnswersApplicable],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: { readOnly: true },
      access: { create: systemOnly, update: systemOnly },
      hooks: {
        beforeChange: [({ siblingData }) => assessmentTitle(siblingData.status, siblingData.submittedAt)],
      },
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
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { value: 'draft', label: 'Draft' },
        { value: 'submitted', label: 'Submitted' },
      ],
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'startedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'phase',
      type: 'text',
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar', description: 'The setting’s phase when submitted, for the county benchmark.' },
    },
    {
      // Not stored: the readable view of the assessment, its report, one click away (the rows below are its raw data).
      name: 'report',
      type: 'ui',
      admin: { components: { Field: '/admin/AssessmentReportLink#AssessmentReportLink' } },
    },
    {
      // Presentational only: the raw rows stay out of the way; the report above is how people read them.
      type: 'collapsible',
      label: 'Answers (raw data: read them in the report)',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'answers',
          type: 'array',
          maxRows: 500,
          access: { update: ({ req }) => hasRole(req, 'setting-lead') },
          admin: { readOnly: true, initCollapsed: true },
          fields: [
            { name: 'question', type: 'relationship', relationTo: 'questions', required: true },
            {
              name: 'value',
              type: 'select',
              options: ANSWER_OPTIONS.map((o) => ({ value: o.value, label: `${o.value === 'na' ? '' : `${o.value} `}${o.label}` })),
            },
            { name: 'evidence', label: 'Evidence note', type: 'textarea', maxLength: 2000 },
          ],
        },
      ],
    },
    {
      name: 'snapshot',
      type: 'json',
      access: { create: systemOnly, update: systemOnly },
      // Raw data behind the report, for the API and exports; the admin panel shows the report instead.
      admin: { hidden: true, description: 'The questions, principles and bands exactly as they were when this assessment was submitted.' },
    },
    { name: 'results', type: 'json', access: { create: systemOnly, update: systemOnly }, admin: { hidden: true } },
    { name: 'recommendations', type: 'json', access: { create: systemOnly, update: systemOnly }, admin: { hidden: true } },
    {
      name: 'internalNote',
      type: 'textarea',
      maxLength: 4000,
      access: { read: isServiceField, create: isServiceAdminField, update: isServiceAdminField },
      admin: { position: 'sidebar', description: 'Seen by the service only.' },
    },
  ],
}
