/** Which questions a setting answers: active ones, for every setting type or including the setting's own. */
import type { SettingType } from '@/settings/settingTypes'

export interface QuestionApplicability {
  active?: boolean | null
  settingTypes?: readonly string[] | null
}

export function appliesTo(question: QuestionApplicability, type: SettingType): boolean {
  if (question.active === false) return false
  return !question.settingTypes?.length || question.settingTypes.includes(type)
}
