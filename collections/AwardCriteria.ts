/**
 * The award's checklist, as data the service edits: each criterion has a track, an order, guidance for settings and
 * a rule with its parameters (src/awards/criterionKinds.ts names them and says what is valid). Publishing a change
 * recomputes every setting of its track in a queued job (src/awards/).
 */
import type { CollectionConfig, Validate } from 'payload'

import { isServiceAdmin, serviceOrPublishedActive } from '@/access'
import {
  CRITERION_TRACKS,
  type CriterionParameters,
  RULE_KINDS,
  RULE_PARAMETERS,
  type RuleKind,
  STAFF_MEASURES,
  criterionProblems,
} from '@/awards/criterionKinds'
import { queueAwardRecompute, queueAwardRecomputeAfterDelete } from '@/awards/hooks'
import { keepCriteriaInUse } from '@/awards/tasks'

/** A parameter field's own message from `criterionProblems`, so the admin form shows it beside the field. */
const validParameter =
  (field: keyof CriterionParameters): Validate =>
  (_value, { siblingData }) =>
    criterionProblems(siblingData as CriterionParameters).find((p) => p.field === field)?.message ?? true

/** Shown only for the rules that use the parameter. */
const usedBy = (field: keyof CriterionParameters) => (_: unknown, sibling: { rule?: RuleKind }) =>
  !!sibling?.rule && RULE_PARAMETERS[sibling.rule]?.includes(field)

export const AwardCriteria: CollectionConfig = {
  slug: 'award-criteria',
  labels: { singular: 'Award criterion', plural: 'Award criteria' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', 'track', 'rule', 'active'],
    group: 'Award',
    description: 'The checklist settings work through. Publishing a change re-checks every setting of its track.',
    components: { beforeList: ['/admin/AwardRecomputeNotice#AwardRecomputeNotice'] },
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: serviceOrPublishedActive, create: isServiceAdmin, update: isServiceAdmin, delete: isServiceAdmin, readVersions: isServiceAdmin },
  hooks: {
    afterChange: [queueAwardRecompute],
    beforeDelete: [keepCriteriaInUse],
    afterDelete: [queueAwardRecomputeAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'What the setting has to do, e.g. “Train at least half of your staff”.' },
    },
    { name: 'track', type: 'select', required: true, defaultValue: 'both', index: true, options: CRITERION_TRACKS.map((t) => ({ ...t })) },
    {
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 10,
      min: 0,
      max: 10000,
      index: true,
      admin: { description: 'Lower numbers come first in the checklist.' },
    },
    {
      name: 'guidance',
      label: 'Guidance for settings',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'Shown under the criterion in the setting’s checklist: why it matters and how to meet it.' },
    },
    {
      name: 'rule',
      type: 'select',
      required: true,
      options: RULE_KINDS.map((k) => ({ ...k })),
      validate: validParameter('rule'),
    },
    {
      name: 'months',
      type: 'number',
      admin: { condition: usedBy('months'), description: 'The self-assessment must have been submitted within this many months.' },
      validate: validParameter('months'),
    },
    {
      name: 'staffMeasure',
      label: 'Count staff as',
      type: 'select',
      options: STAFF_MEASURES.map((m) => ({ ...m })),
      admin: { condition: usedBy('staffMeasure') },
      validate: validParameter('staffMeasure'),
    },
    {
      name: 'minimum',
      label: 'At least (number)',
      type: 'number',
      admin: { condition: usedBy('minimum'), description: 'The smallest number that meets the criterion.' },
      validate: validParameter('minimum'),
    },
    {
      name: 'percent',
      label: 'At least (%)',
      type: 'number',
      admin: { condition: usedBy('percent'), description: 'A principle’s score, or the share of active staff, that meets the criterion.' },
      validate: validParameter('percent'),
    },
    {
      name: 'principle',
      type: 'relationship',
      relationTo: 'principles',
      admin: {
        condition: usedBy('principle'),
        description: 'Principle score: leave empty for every principle. Staff trained: optionally, the principle the sessions must cover.',
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { position: 'sidebar', description: 'Untick to retire the criterion: it leaves every checklist.' },
    },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: 'A stable identifier used by imports and seed content.' },
    },
  ],
}
