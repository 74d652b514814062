/** What applies to a type of setting: the questions it answers and the framework references its report cites. */
import type { SettingType } from '@/settings/settingTypes'

/** Anything the service limits to some types of setting; no types named means every setting. */
export interface ForSettingTypes {
  settingTypes?: readonly string[] | null
}

export interface QuestionApplicability extends ForSettingTypes {
  active?: boolean | null
}

const forType = (item: ForSettingTypes, type: SettingType): boolean => !item.settingTypes?.length || item.settingTypes.includes(type)

/** A setting answers the active questions for every type or for its own. */
export function appliesTo(question: QuestionApplicability, type: SettingType): boolean {
  if (question.active === false) return false
  return forType(question, type)
}

/**
 * The framework references a setting's report cites: those for every type or for its own (a primary school is
 * not inspected under the further education and skills toolkit, nor a college under the schools toolkit).
 */
export function referencesFor<R extends ForSettingTypes>(references: readonly R[], type: SettingType): R[] {
  return references.filter((r) => forType(r, type))
}
