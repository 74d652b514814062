/** The kinds of setting the Hub serves, and the award each kind works towards. */

import { labelOf } from '@/config/options'

export const SETTING_TYPES = [
  { value: 'primary', label: 'Primary school' },
  { value: 'secondary', label: 'Secondary school' },
  { value: 'special', label: 'Special school' },
  { value: 'alternative-provision', label: 'Alternative provision' },
  { value: 'all-through', label: 'All-through school' },
  { value: 'sixth-form', label: 'Sixth form' },
  { value: 'college', label: 'College' },
] as const

export type SettingType = (typeof SETTING_TYPES)[number]['value']
export type AwardTrack = 'school' | 'college'

export const AWARD_TRACKS: { value: AwardTrack; label: string }[] = [
  { value: 'school', label: 'Compassionate School Award' },
  { value: 'college', label: 'Compassionate College Award' },
]

/** Colleges and sixth forms work towards the College Award; every other setting the School Award. */
export function awardTrackFor(type: SettingType): AwardTrack {
  return type === 'college' || type === 'sixth-form' ? 'college' : 'school'
}

export const settingTypeLabel = (type: string): string => labelOf(SETTING_TYPES, type)
