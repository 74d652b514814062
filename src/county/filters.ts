/** The county overview's filters: phase (setting types grouped as the service plans its work) and district, read from a GET query. */
import type { SettingType } from '@/settings/settingTypes'

export const PHASE_GROUPS = [
  { value: 'primary', label: 'Primary', types: ['primary'] },
  { value: 'secondary', label: 'Secondary', types: ['secondary'] },
  { value: 'special', label: 'Special', types: ['special'] },
  { value: 'alternative-provision', label: 'Alternative provision', types: ['alternative-provision'] },
  { value: 'all-through', label: 'All-through', types: ['all-through'] },
  { value: 'post-16', label: 'Post-16 (sixth forms and colleges)', types: ['sixth-form', 'college'] },
] as const satisfies readonly { value: string; label: string; types: readonly SettingType[] }[]

export type PhaseGroup = (typeof PHASE_GROUPS)[number]['value']

/** A setting with no district recorded is counted under this name (never a blank row). */
export const NO_DISTRICT = 'Not recorded'

export interface CountyFilter {
  phase: PhaseGroup | null
  district: string | null
}

export const ALL: CountyFilter = { phase: null, district: null }

export const phaseLabel = (phase: PhaseGroup | null): string => (phase ? PHASE_GROUPS.find((g) => g.value === phase)!.label : 'All phases')

export const typesOf = (phase: PhaseGroup): readonly SettingType[] => PHASE_GROUPS.find((g) => g.value === phase)!.types

const first = (v: unknown): string => (Array.isArray(v) ? String(v[0] ?? '') : typeof v === 'string' ? v : '').trim()

/**
 * The filter a query asks for. An unknown phase or district (a stale bookmark, a hand-typed address) is not an error
 * worth a page of its own: it is dropped, and named in `ignored` so the page can say so. `districts` null takes any
 * district as asked (to read the figures that list the county's districts).
 */
export function parseFilter(query: Record<string, unknown> | undefined, districts: readonly string[] | null): { filter: CountyFilter; ignored: string[] } {
  const phase = first(query?.phase)
  const district = first(query?.district)
  const ignored: string[] = []
  const knownPhase = PHASE_GROUPS.find((g) => g.value === phase)?.value ?? null
  if (phase && !knownPhase) ignored.push(`phase “${phase.slice(0, 40)}”`)
  const knownDistrict = district && (districts === null || districts.includes(district)) ? district.slice(0, 200) : null
  if (district && !knownDistrict) ignored.push(`district “${district.slice(0, 40)}”`)
  return { filter: { phase: knownPhase, district: knownDistrict }, ignored }
}

/** The query string of a filter (for the CSV link and the heat map's district links). */
export function filterQuery(filter: CountyFilter): string {
  const params = new URLSearchParams()
  if (filter.phase) params.set('phase', filter.phase)
  if (filter.district) params.set('district', filter.district)
  const s = params.toString()
  return s ? `?${s}` : ''
}

export const filterLabel = (filter: CountyFilter): string => `${phaseLabel(filter.phase)}, ${filter.district ?? 'all districts'}`
