/**
 * A setting lead's download of their setting's data: requested in the portal, built by the `setting-data-export` job
 * (src/data/), downloaded once by the same lead before it expires. Every field is written by the Hub alone.
 */
import type { CollectionConfig } from 'payload'

import { nobody, systemOnly } from '@/access'
import { readOwnExports } from '@/data/exportAccess'
import { EXPORT_STATUSES } from '@/data/exportStatuses'

const system = { create: systemOnly, update: systemOnly }
const hidden = { read: systemOnly, create: systemOnly, update: systemOnly }

export const DataExports: CollectionConfig = {
  slug: 'data-exports',
  labels: { singular: 'Data export', plural: 'Data exports' },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['setting', 'requestedBy', 'status', 'progress', 'expiresAt'],
    group: 'Accounts',
    description: 'Settings’ downloads of their own data. Built and removed by the Hub.',
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: readOwnExports, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'setting', type: 'relationship', relationTo: 'settings', required: true, index: true, access: system, admin: { readOnly: true } },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', index: true, access: system, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: EXPORT_STATUSES.map((s) => ({ ...s })),
      access: system,
      admin: { readOnly: true },
    },
    { name: 'progress', type: 'number', defaultValue: 0, min: 0, max: 100, access: system, admin: { readOnly: true } },
    { name: 'step', type: 'text', access: system, admin: { readOnly: true, description: 'What the job is doing now.' } },
    { name: 'bytes', type: 'number', access: system, admin: { readOnly: true } },
    { name: 'readyAt', type: 'date', access: system, admin: { readOnly: true } },
    { name: 'expiresAt', type: 'date', index: true, access: system, admin: { readOnly: true } },
    { name: 'downloadedAt', type: 'date', access: system, admin: { readOnly: true } },
    { name: 'failure', type: 'text', access: system, admin: { readOnly: true } },
    // Where the zip is on the server (outside the public media folder): nobody reads it through the API.
    { name: 'fileLocation', type: 'text', access: hidden, admin: { hidden: true } },
  ],
}
