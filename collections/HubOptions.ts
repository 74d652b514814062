/** The service's thresholds and contact details: RAG bands, champion threshold, benchmark minimum, award validity. */
import type { GlobalConfig } from 'payload'

import { isServiceAdmin, isSignedIn } from '@/access'
import { queueChampionRecompute } from '@/training/recomputeChampions'

export const HubOptions: GlobalConfig = {
  slug: 'hub-options',
  label: 'Hub options',
  admin: { group: 'Service' },
  access: { read: isSignedIn, update: isServiceAdmin },
  // A new champion threshold re-decides every champion, in a queued job rather than in the save.
  hooks: { afterChange: [queueChampionRecompute] },
  fields: [
    {
      name: 'ragBands',
      label: 'RAG bands',
      type: 'group',
      admin: { description: 'A principle below the red limit is red, below the amber limit amber, otherwise green.' },
      fields: [
        { name: 'redBelow', label: 'Red below (%)', type: 'number', required: true, defaultValue: 40, min: 1, max: 99 },
        {
          name: 'amberBelow',
          label: 'Amber below (%)',
          type: 'number',
          required: true,
          defaultValue: 75,
          min: 1,
          max: 100,
          validate: (value: number | null | undefined, { siblingData }: { siblingData: { redBelow?: number } }) =>
            typeof value === 'number' && typeof siblingData?.redBelow === 'number' && value <= siblingData.redBelow
              ? 'The amber limit must be higher than the red limit.'
              : true,
        },
      ],
    },
    {
      name: 'championThreshold',
      type: 'number',
      required: true,
      defaultValue: 3,
      min: 1,
      max: 50,
      admin: { description: 'Training sessions attended to become a Compassionate Champion.' },
    },
    {
      name: 'benchmarkMinimum',
      type: 'number',
      required: true,
      defaultValue: 5,
      min: 2,
      max: 1000,
      admin: { description: 'The county benchmark is shown only when at least this many settings contribute.' },
    },
    { name: 'serviceInbox', type: 'email', admin: { description: 'Where the service receives notifications (join requests, case studies to moderate).' } },
    { name: 'awardValidityYears', label: 'Award validity (years)', type: 'number', required: true, defaultValue: 3, min: 1, max: 10 },
    {
      name: 'awardRenewalReminderDays',
      label: 'Renewal reminder (days before expiry)',
      type: 'number',
      required: true,
      defaultValue: 60,
      min: 1,
      max: 365,
      admin: { description: 'The setting’s leads are reminded once, this many days before their award expires.' },
    },
  ],
}
