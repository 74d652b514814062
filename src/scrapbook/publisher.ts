/** How a published case study names its setting: by name, or — if the setting chose — only by its kind. */
import type { SettingType } from '@/settings/settingTypes'

const KIND: Record<SettingType, string> = {
  primary: 'a Lancashire primary school',
  secondary: 'a Lancashire secondary school',
  special: 'a Lancashire special school',
  'alternative-provision': 'a Lancashire alternative provision setting',
  'all-through': 'a Lancashire all-through school',
  'sixth-form': 'a Lancashire sixth form',
  college: 'a Lancashire college',
}

export function publisherName(setting: { name: string; type: SettingType }, anonymous: boolean | null | undefined): string {
  return anonymous ? KIND[setting.type] : setting.name
}
