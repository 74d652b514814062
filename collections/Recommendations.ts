/** Personalised recommendations: rich text the service edits, triggered by a principle's band or a low answer. */
import type { CollectionConfig } from 'payload'

import { isServiceAdmin, serviceOrPublishedActive } from '@/access'
import { refuseDangerousRichText } from '@/richtext/safeRichText'

/** A trigger field that must be filled in when the trigger is of `kind`, and is ignored otherwise. */
const requiredFor =
  (kind: string, message: string) =>
  (value: unknown, { siblingData }: { siblingData: { kind?: string } }) =>
    siblingData?.kind !== kind || value ? true : message

const shownFor = (kind: string) => (_: unknown, sibling: { kind?: string }) => sibling?.kind === kind

export const Recommendations: CollectionConfig = {
  slug: 'recommendations',
  labels: { singular: 'Recommendation', plural: 'Recommendations' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'principle', 'priority', 'active'], group: 'Question bank' },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeValidate: [refuseDangerousRichText] },
  access: { read: serviceOrPublishedActive, create: isServiceAdmin, update: isServiceAdmin, delete: isServiceAdmin, readVersions: isServiceAdmin },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    { name: 'body', type: 'richText', required: true },
    { name: 'principle', type: 'relationship', relationTo: 'principles', required: true, index: true },
    {
      name: 'trigger',
      type: 'group',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'principle-band',
          options: [
            { value: 'principle-band', label: 'The principle scores in a band' },
            { value: 'question-level', label: 'A question is answered at or below a level' },
          ],
        },
        {
          name: 'band',
          type: 'select',
          options: [
            { value: 'red', label: 'Red' },
            { value: 'amber', label: 'Amber' },
            { value: 'green', label: 'Green' },
          ],
          admin: { condition: shownFor('principle-band') },
          validate: requiredFor('principle-band', 'Choose the band that triggers this recommendation.'),
        },
        {
          name: 'question',
          type: 'relationship',
          relationTo: 'questions',
          admin: { condition: shownFor('question-level') },
          validate: requiredFor('question-level', 'Choose the question that triggers this recommendation.'),
        },
        {
          name: 'level',
          type: 'select',
          options: [
            { value: '0', label: '0 Not yet in place' },
            { value: '1', label: '1 Emerging' },
            { value: '2', label: '2 Developing' },
          ],
          admin: { condition: shownFor('question-level'), description: 'Triggered when the answer is at or below this level.' },
          validate: requiredFor('question-level', 'Choose the answer level that triggers this recommendation.'),
        },
      ],
    },
    {
      name: 'priority',
      type: 'select',
      required: true,
      defaultValue: 'medium',
      options: [
        { value: 'high', label: 'High' },
        { value: 'medium', label: 'Medium' },
        { value: 'low', label: 'Low' },
      ],
    },
    {
      name: 'resources',
      label: 'Linked courses and resources',
      type: 'array',
      maxRows: 10,
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 200 },
        {
          name: 'url',
          label: 'Link',
          type: 'text',
          required: true,
          maxLength: 500,
          validate: (value: string | null | undefined) => (value && /^https:\/\/[^\s]+$/.test(value) ? true : 'Enter a link that starts with https://'),
        },
      ],
    },
    {
      name: 'courses',
      label: 'Linked training courses',
      type: 'relationship',
      relationTo: 'training-courses',
      hasMany: true,
      maxRows: 5,
      admin: { description: 'Courses of the catalogue that help with this recommendation: the report links to them.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true },
    { name: 'key', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } },
  ],
}
