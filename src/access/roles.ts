/** The four roles of the Hub and the facts about a signed-in user that every access rule asks. */

export const ROLES = ['service-admin', 'service-staff', 'setting-lead', 'setting-staff'] as const
export type Role = (typeof ROLES)[number]

export const SERVICE_ROLES: readonly Role[] = ['service-admin', 'service-staff']
export const SETTING_ROLES: readonly Role[] = ['setting-lead', 'setting-staff']

export const ROLE_LABELS: Record<Role, string> = {
  'service-admin': 'Service administrator',
  'service-staff': 'Service staff',
  'setting-lead': 'Setting lead',
  'setting-staff': 'Setting staff',
}

/** The shape of `req.user` that access rules rely on (a subset of the generated User type). */
export interface HubUser {
  id: number | string
  role?: Role | null
  setting?: number | string | { id: number | string } | null
  /** False once the account is deactivated: it then acts as nobody. */
  active?: boolean | null
  collection?: string
}

export const isServiceRole = (role: unknown): boolean => SERVICE_ROLES.includes(role as Role)
export const isSettingRole = (role: unknown): boolean => SETTING_ROLES.includes(role as Role)

/** The id of a relationship value, whether it arrived populated or as a bare id. */
export function idOf(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  if (typeof value === 'number') return value
  if (typeof value === 'string') return /^\d+$/.test(value) ? Number(value) : value
  return null
}

/** The setting a user belongs to, or null for service users and anonymous visitors. */
export function settingOf(user: HubUser | null | undefined): number | string | null {
  if (!user || !isSettingRole(user.role)) return null
  return idOf(user.setting)
}

/**
 * The user the access rules act for, or null. A deactivated account, and a setting account that has lost its setting
 * (a setting role with no setting), act as nobody: without this, a user with no setting would look like the service
 * to any rule that only asks "which setting?".
 */
export function actingUser(user: HubUser | null | undefined): HubUser | null {
  if (!user || user.active === false) return null
  if (isServiceRole(user.role)) return user
  return isSettingRole(user.role) && settingOf(user) !== null ? user : null
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== null && y !== null && String(x) === String(y)
}
