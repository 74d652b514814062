/** The service's training catalogue: courses, each covering one or more of the eight principles. */
import type { CollectionConfig } from 'payload'

import { isServiceAdmin, serviceOrPublishedActive } from '@/access'
import { refuseDangerousRichText } from '@/richtext/safeRichText'
import { COURSE_AUDIENCES, COURSE_FORMATS } from '@/training/statuses'

export const TrainingCourses: CollectionConfig = {
  slug: 'training-courses',
  labels: { singular: 'Training course', plural: 'Training courses' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'principles', 'format', 'active'], group: 'Training' },
  defaultSort: 'title',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeValidate: [refuseDangerousRichText] },
  // Settings see the published, active catalogue; the service's admins write it.
  access: { read: serviceOrPublishedActive, create: isServiceAdmin, update: isServiceAdmin, delete: isServiceAdmin, readVersions: isServiceAdmin },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'One or two sentences, shown in lists (at most 300 characters).' },
    },
    { name: 'description', type: 'richText' },
    {
      name: 'principles',
      label: 'Principles covered',
      type: 'relationship',
      relationTo: 'principles',
      hasMany: true,
      required: true,
      minRows: 1,
      admin: { description: 'Staff who attend a session of this course count as trained in these principles.' },
    },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['staff'],
      options: COURSE_AUDIENCES.map((a) => ({ ...a })),
    },
    { name: 'format', type: 'select', required: true, defaultValue: 'in-person', options: COURSE_FORMATS.map((f) => ({ ...f })) },
    {
      name: 'durationMinutes',
      label: 'Duration (minutes)',
      type: 'number',
      required: true,
      min: 15,
      max: 7 * 24 * 60,
      admin: { step: 15, description: 'How long the course takes, e.g. 90 for an hour and a half, 360 for a day.' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { position: 'sidebar', description: 'Untick to retire the course: it leaves the catalogue.' },
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
