/** The external frameworks a question can evidence (one list for the question bank, reports and exports). */

import { labelOf } from '@/config/options'
export const FRAMEWORKS = [
  { value: 'ofsted', label: 'Ofsted inspection framework' },
  { value: 'send-code', label: 'SEND Code of Practice' },
  { value: 'nice', label: 'NICE guidance' },
  { value: 'kcsie', label: 'Keeping Children Safe in Education' },
] as const

export type Framework = (typeof FRAMEWORKS)[number]['value']

/** A framework's name as reports show it (its key, for a framework since removed). */
export const frameworkLabel = (framework: string): string => labelOf(FRAMEWORKS, framework)

/** Reports list frameworks in this order: Ofsted first, as settings are inspected against it. */
export const frameworkOrder = (framework: string): number => {
  const i = FRAMEWORKS.findIndex((f) => f.value === framework)
  return i === -1 ? FRAMEWORKS.length : i
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A framework's version as people say it: "2025-11" is "November 2025"; anything else ("2019", "NG223") as it is. */
export function versionLabel(version: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(version.trim())
  const month = m ? Number(m[2]) : 0
  return m && month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${m[1]}` : version
}

/** A reference's own name: its section number and title ("1.1.2 Whole-school approaches"), or only the title when the code is an internal key. */
export function referenceLabel(ref: { code: string; title: string }): string {
  return /^[a-z]+(-[a-z]+)+$/.test(ref.code) || !ref.code.trim() ? ref.title : `${ref.code} ${ref.title}`
}

/** A reference cited in full, for exports: "Ofsted inspection framework (November 2025): Personal development and well-being". */
export function referenceCitation(ref: { framework: string; version: string; code: string; title: string }): string {
  return `${frameworkLabel(ref.framework)} (${versionLabel(ref.version)}): ${referenceLabel(ref)}`
}
