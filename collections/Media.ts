/** Images uploaded by settings and the service: checked by content, re-encoded, stripped of metadata. */
import type { CollectionConfig, Where } from 'payload'

import { createInOwnSetting, hasRole, isServiceRole, ownSettingOnly, serviceAdminOrOwnSetting, type HubUser } from '@/access'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { mediaDir } from '@/config/env'
import { ACCEPTED_MIME_TYPES } from '@/uploads/imagePolicy'
import { publishedImageIds } from '@/scrapbook/publishedImages'
import { reencodeUploadedImage } from '@/uploads/reencodeImage'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { useAsTitle: 'alt', group: 'Content', defaultColumns: ['filename', 'alt', 'setting'] },
  access: {
    // The service sees every image; a setting its own; anyone the images of published case studies.
    read: async ({ req }) => {
      if (isServiceRole((req.user as HubUser | null)?.role)) return true
      const own = ownSettingOnly(req)
      const ids = await publishedImageIds(req)
      const published: Where | false = ids.length ? { id: { in: ids } } : false
      if (own && published) return { or: [own, published] }
      return own || published
    },
    create: (args) =>
      isServiceRole((args.req.user as HubUser | null)?.role) ||
      createInOwnSetting('setting-lead', 'setting-staff')(args),
    update: serviceAdminOrOwnSetting('setting-lead', 'setting-staff'),
    delete: serviceAdminOrOwnSetting('setting-lead'),
  },
  hooks: {
    beforeOperation: [reencodeUploadedImage],
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
      access: { update: ({ req }) => hasRole(req, 'service-admin') },
    },
  ],
}
