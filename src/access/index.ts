/**
 * Who may do what: the small named predicates every collection reuses.
 * Row-level isolation is a Where constraint on `setting`; functions never trust the client's claims.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { type HubUser, type Role, isServiceRole, isSettingRole, sameId, settingOf } from './roles'

export * from './roles'

const userOf = (req: PayloadRequest): HubUser | null => (req.user as HubUser | null) ?? null

export const hasRole = (req: PayloadRequest, ...roles: Role[]): boolean => {
  const role = userOf(req)?.role
  return !!role && roles.includes(role)
}

export const isSignedIn: Access = ({ req }) => !!req.user

export const isServiceAdmin: Access = ({ req }) => hasRole(req, 'service-admin')

/** Service admins and service staff. */
export const isService: Access = ({ req }) => isServiceRole(userOf(req)?.role)

export const isServiceAdminField: FieldAccess = ({ req }) => hasRole(req, 'service-admin')

export const nobody: Access = () => false

export const anyone: Access = () => true

/** Rows of the user's own setting: `{ setting: { equals: <their setting> } }`, or no rows at all. */
export function ownSettingOnly(req: PayloadRequest, field = 'setting'): Where | false {
  const setting = settingOf(userOf(req))
  return setting === null ? false : { [field]: { equals: setting } }
}

/** Service users see every row; setting users only their own setting's rows; anonymous nothing. */
export const serviceOrOwnSetting: Access = ({ req }) => {
  if (isServiceRole(userOf(req)?.role)) return true
  return ownSettingOnly(req)
}

/**
 * A write by a setting user must keep the record in their own setting: a `setting` in the incoming
 * data that names another setting is refused (403), never silently moved.
 */
export function keepsOwnSetting(req: PayloadRequest, data: Record<string, unknown> | undefined): boolean {
  if (!data || !('setting' in data) || data.setting === undefined) return true
  return sameId(data.setting, settingOf(userOf(req)))
}

/** Setting users with one of `roles`, writing within their own setting. */
export const ownSettingWrite =
  (...roles: Role[]): Access =>
  ({ req, data }) => {
    if (!hasRole(req, ...roles) || !isSettingRole(userOf(req)?.role)) return false
    if (!keepsOwnSetting(req, data as Record<string, unknown> | undefined)) return false
    return ownSettingOnly(req)
  }

/** Service admins anywhere, or setting users with `roles` within their own setting. */
export const serviceAdminOrOwnSetting =
  (...roles: Role[]): Access =>
  (args) => (hasRole(args.req, 'service-admin') ? true : ownSettingWrite(...roles)(args))

/**
 * Create access for records only a setting creates (the service reads them, it does not start them): setting users
 * with one of `roles`, and the incoming `setting`, if given, must be the user's own.
 */
export const createInOwnSettingOnly =
  (...roles: Role[]): Access =>
  ({ req, data }) => {
    if (!hasRole(req, ...roles) || !isSettingRole(userOf(req)?.role)) return false
    const setting = (data as Record<string, unknown> | undefined)?.setting
    return setting === undefined || sameId(setting, settingOf(userOf(req)))
  }

/** Create access for setting-owned records: service admins anywhere; setting users with `roles` in their own setting. */
export const createInOwnSetting =
  (...roles: Role[]): Access =>
  (args) =>
    hasRole(args.req, 'service-admin') ? true : createInOwnSettingOnly(...roles)(args)

/** Published, active rows of the question bank for settings; everything for the service. */
const publishedActive: Where = { and: [{ active: { equals: true } }, { _status: { equals: 'published' } }] }

export const serviceOrPublishedActive: Access = ({ req }) => {
  if (isServiceRole(userOf(req)?.role)) return true
  if (!req.user) return false
  return publishedActive
}
