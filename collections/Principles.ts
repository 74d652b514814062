/** The eight principles of a whole school or college approach (Public Health England, now OHID, with the DfE, 2021); the spine of the question bank. */
import type { CollectionConfig } from 'payload'

import { anyone, isServiceAdmin } from '@/access'

export const Principles: CollectionConfig = {
  slug: 'principles',
  labels: { singular: 'Principle', plural: 'Principles' },
  admin: { useAsTitle: 'label', defaultColumns: ['order', 'label', 'title'], group: 'Question bank' },
  defaultSort: 'order',
  access: { read: anyone, create: isServiceAdmin, update: isServiceAdmin, delete: isServiceAdmin },
  fields: [
    { name: 'order', type: 'number', required: true, unique: true, min: 1, max: 99, admin: { step: 1 } },
    { name: 'label', label: 'Short label', type: 'text', required: true, maxLength: 40 },
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    { name: 'description', type: 'textarea', maxLength: 2000 },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: 'A stable identifier used by imports and seed content.' },
    },
  ],
}
