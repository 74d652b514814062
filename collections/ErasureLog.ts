/**
 * The record of each erasure of a setting's personal data: who, when, and how many of each kind of record were
 * erased or anonymised. Written by the erasure alone (src/data/erasure.ts); the service reads it; nobody changes or
 * deletes it through the Hub, since it is the service's evidence that an erasure was done.
 */
import type { CollectionConfig } from 'payload'

import { isService, nobody, systemOnly } from '@/access'

const system = { create: systemOnly, update: systemOnly }

export const ErasureLog: CollectionConfig = {
  slug: 'erasure-log',
  labels: { singular: 'Erasure', plural: 'Erasure log' },
  admin: {
    useAsTitle: 'settingName',
    defaultColumns: ['settingName', 'erasedByName', 'erasedAt'],
    group: 'Accounts',
    description: 'Every erasure of a setting’s personal data. Written by the Hub; never changed or deleted.',
  },
  defaultSort: '-erasedAt',
  lockDocuments: false,
  access: { read: isService, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'setting', type: 'relationship', relationTo: 'settings', index: true, access: system, admin: { readOnly: true } },
    { name: 'settingName', type: 'text', required: true, access: system, admin: { readOnly: true } },
    { name: 'erasedBy', type: 'relationship', relationTo: 'users', access: system, admin: { readOnly: true } },
    // Kept as text too: the service admin's account may itself be removed later.
    { name: 'erasedByName', type: 'text', access: system, admin: { readOnly: true } },
    { name: 'erasedAt', type: 'date', required: true, index: true, access: system, admin: { readOnly: true } },
    { name: 'counts', type: 'json', required: true, access: system, admin: { readOnly: true, description: 'How many records of each kind.' } },
  ],
}
