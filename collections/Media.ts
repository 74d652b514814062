/** Images uploaded by settings and the service: checked by content, re-encoded, stripped of metadata. */
import type { CollectionConfig } from 'payload'

import { createInOwnSetting, isService, isServiceAdminField, serviceAdminOrOwnSetting, systemOnly } from '@/access'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { readImageOwner, readImages } from '@/access/images'
import { mediaDir } from '@/config/env'
import { keepPublishedImagesUnchanged } from '@/scrapbook/publishedImages'
import { ACCEPTED_MIME_TYPES } from '@/uploads/imagePolicy'
import { reencodeUploadedImage } from '@/uploads/reencodeImage'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { useAsTitle: 'alt', group: 'Content', defaultColumns: ['filename', 'alt', 'setting'] },
  // Settings' images: never locked by the admin panel (see src/access/builtInCollections.ts).
  lockDocuments: false,
  access: {
    read: readImages,
    create: (args) => isService(args) || createInOwnSetting('setting-lead', 'setting-staff')(args),
    update: serviceAdminOrOwnSetting('setting-lead', 'setting-staff'),
    delete: serviceAdminOrOwnSetting('setting-lead'),
  },
  hooks: {
    // The published-image check first: nothing of an image the public sees is touched, not even its file.
    beforeOperation: [keepPublishedImagesUnchanged, reencodeUploadedImage],
    beforeValidate: [assignOwnSetting],
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ACCEPTED_MIME_TYPES,
    pasteURL: false,
    crop: false,
    focalPoint: false,
    imageSizes: [{ name: 'thumbnail', width: 480, height: 360, fit: 'inside', withoutEnlargement: true }],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'Describe the image for someone who cannot see it.' },
    },
    {
      name: 'setting',
      type: 'relationship',
      relationTo: 'settings',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: readImageOwner, update: isServiceAdminField },
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, position: 'sidebar', description: 'Shown in a live published case study (kept up to date by moderation).' },
    },
  ],
}
