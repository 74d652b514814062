/** The external frameworks a question can evidence (one list for the question bank, reports and exports). */
export const FRAMEWORKS = [
  { value: 'ofsted', label: 'Ofsted inspection framework' },
  { value: 'send-code', label: 'SEND Code of Practice' },
  { value: 'nice', label: 'NICE guidance' },
  { value: 'kcsie', label: 'Keeping Children Safe in Education' },
] as const

export type Framework = (typeof FRAMEWORKS)[number]['value']

/** A framework's name as reports show it (its key, for a framework since removed). */
export const frameworkLabel = (framework: string): string => FRAMEWORKS.find((f) => f.value === framework)?.label ?? framework
