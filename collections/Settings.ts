/** A school or college with an account on the Hub. */
import type { CollectionConfig } from 'payload'

import { isServiceAdmin, serviceOrOwnSettingRecord } from '@/access'
import { endSessionsOfDeactivatedSetting } from '@/auth/sessions'
import { settingEndpoints } from '@/data/erasureEndpoint'
import { recomputeAwardWhen } from '@/awards/hooks'
import { keepSettingsInUse } from '@/settings/keepSettingsInUse'
import { AWARD_TRACKS, SETTING_TYPES, awardTrackFor, type SettingType } from '@/settings/settingTypes'

export const Settings: CollectionConfig = {
  slug: 'settings',
  labels: { singular: 'Setting', plural: 'Settings' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'district', 'awardTrack', 'active'],
    group: 'Accounts',
    description: 'Schools and colleges with an account on the Hub.',
  },
  access: {
    read: serviceOrOwnSettingRecord,
    create: isServiceAdmin,
    update: isServiceAdmin,
    delete: isServiceAdmin,
  },
  endpoints: settingEndpoints,
  hooks: {
    beforeChange: [
      // The award track is always derived from the type, whatever the client sent.
      ({ data, originalDoc }) => {
        const type = (data?.type ?? originalDoc?.type) as SettingType | undefined
        return type ? { ...data, awardTrack: awardTrackFor(type) } : data
      },
    ],
    // A change of type may change the award it works towards: the award in progress follows.
    afterChange: [
      endSessionsOfDeactivatedSetting,
      recomputeAwardWhen((doc, previous, operation) => operation === 'update' && doc.awardTrack !== previous?.awardTrack, 'id'),
    ],
    beforeDelete: [keepSettingsInUse],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'urn',
      label: 'URN',
      type: 'text',
      unique: true,
      index: true,
      admin: { description: 'Unique Reference Number from Get Information about Schools (6 to 8 digits).' },
      validate: (value: string | null | undefined) => (!value || /^\d{6,8}$/.test(value) ? true : 'A URN is 6 to 8 digits, for example 119234.'),
    },
    {
      name: 'type',
      label: 'Setting type',
      type: 'select',
      required: true,
      options: SETTING_TYPES.map((t) => ({ ...t })),
      index: true,
    },
    { name: 'district', type: 'text', maxLength: 100 },
    {
      name: 'awardTrack',
      type: 'select',
      options: AWARD_TRACKS,
      admin: { readOnly: true, description: 'Derived from the setting type.' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: {
        description: 'Untick to retire the setting: its users are signed out at once and cannot sign in. Settings with accounts or data cannot be deleted.',
      },
    },
    {
      // Not stored: service admins erase the setting's personal data here (typed confirmation; src/data/erasure.ts).
      name: 'erasePersonalData',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/EraseSettingData#EraseSettingData' } },
    },
  ],
}
