/**
 * Who may do what: the small named predicates every collection reuses.
 * Row-level isolation is a Where constraint on `setting`; functions never trust the client's claims. Every predicate
 * starts from `actorOf(req)`, so a deactivated account or a setting account without a setting is denied everywhere.
 * They decide from `req.user` alone (no queries): `payload.auth()` evaluates every collection's access on each call.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { type HubUser, type Role, actingUser, isServiceRole, isSettingRole, sameId, settingOf } from './roles'

export * from './roles'

/** The user the rules act for on this request (see `actingUser`), or null. */
export const actorOf = (req: PayloadRequest): HubUser | null => actingUser(req.user as HubUser | null)

export const hasRole = (req: PayloadRequest, ...roles: Role[]): boolean => {
  const role = actorOf(req)?.role
  return !!role && roles.includes(role)
}

export const isSignedIn: Access = ({ req }) => actorOf(req) !== null

export const isServiceAdmin: Access = ({ req }) => hasRole(req, 'service-admin')

/** Whether the actor is of the service (a service admin or service staff). */
export const isServiceUser = (req: PayloadRequest): boolean => isServiceRole(actorOf(req)?.role)

/** Service admins and service staff. */
export const isService: Access = ({ req }) => isServiceUser(req)

export const nobody: Access = () => false

export const anyone: Access = () => true

/** Fields only the Hub itself writes (status, snapshots, who and when): closed to every client. */
export const systemOnly: FieldAccess = () => false

export const isServiceAdminField: FieldAccess = ({ req }) => hasRole(req, 'service-admin')

/** Fields for the service's eyes or hands only (service admins and service staff). */
export const isServiceField: FieldAccess = ({ req }) => isServiceUser(req)

/** The actor's own account: `{ id: { equals: <their id> } }`, or nothing. */
export function selfOnly(req: PayloadRequest): Where | false {
  const actor = actorOf(req)
  return actor ? { id: { equals: actor.id } } : false
}

/** Rows of the user's own setting: `{ setting: { equals: <their setting> } }`, or no rows at all. */
export function ownSettingOnly(req: PayloadRequest, field = 'setting'): Where | false {
  const setting = settingOf(actorOf(req))
  return setting === null ? false : { [field]: { equals: setting } }
}

/** Rows of the user's own setting that also match `where`, or no rows at all. */
export function ownSettingAnd(req: PayloadRequest, where: Where): Where | false {
  const own = ownSettingOnly(req)
  return own ? { and: [own, where] } : false
}

/** Service users see every row; setting users only their own setting's rows; anonymous nothing. */
export const serviceOrOwnSetting: Access = ({ req }) => (isServiceUser(req) ? true : ownSettingOnly(req))

/** The settings collection itself: the service reads every setting, a setting user only their own record. */
export const serviceOrOwnSettingRecord: Access = ({ req }) => (isServiceUser(req) ? true : ownSettingOnly(req, 'id'))

/**
 * A write by a setting user must keep the record in their own setting: a `setting` in the incoming
 * data that names another setting is refused (403), never silently moved.
 */
export function keepsOwnSetting(req: PayloadRequest, data: Record<string, unknown> | undefined): boolean {
  if (!data || !('setting' in data) || data.setting === undefined) return true
  return sameId(data.setting, settingOf(actorOf(req)))
}

/** Setting users with one of `roles`, writing within their own setting. */
export const ownSettingWrite =
  (...roles: Role[]): Access =>
  ({ req, data }) => {
    if (!hasRole(req, ...roles) || !isSettingRole(actorOf(req)?.role)) return false
    if (!keepsOwnSetting(req, data as Record<string, unknown> | undefined)) return false
    return ownSettingOnly(req)
  }

/** Service admins anywhere, or setting users with `roles` within their own setting. */
export const serviceAdminOrOwnSetting =
  (...roles: Role[]): Access =>
  (args) =>
    hasRole(args.req, 'service-admin') ? true : ownSettingWrite(...roles)(args)

/**
 * Create access for records only a setting creates (the service reads them, it does not start them): setting users
 * with one of `roles`, and the incoming `setting`, if given, must be the user's own.
 */
export const createInOwnSettingOnly =
  (...roles: Role[]): Access =>
  ({ req, data }) => {
    if (!hasRole(req, ...roles) || !isSettingRole(actorOf(req)?.role)) return false
    const setting = (data as Record<string, unknown> | undefined)?.setting
    return setting === undefined || sameId(setting, settingOf(actorOf(req)))
  }

/** Create access for setting-owned records: service admins anywhere; setting users with `roles` in their own setting. */
export const createInOwnSetting =
  (...roles: Role[]): Access =>
  (args) =>
    hasRole(args.req, 'service-admin') ? true : createInOwnSettingOnly(...roles)(args)

/** Published, active rows of the question bank for settings; everything for the service. */
const publishedActive: Where = { and: [{ active: { equals: true } }, { _status: { equals: 'published' } }] }

export const serviceOrPublishedActive: Access = ({ req }) => {
  if (isServiceUser(req)) return true
  return actorOf(req) ? publishedActive : false
}

/** Training sessions: the service sees every session; signed-in setting users the scheduled ones (the ones they can book). */
export const serviceOrScheduled: Access = ({ req }) => {
  if (isServiceUser(req)) return true
  return actorOf(req) ? { status: { equals: 'scheduled' } } : false
}

/**
 * Bookings: the service changes any (cancels, marks the register); a setting lead their own setting's (apologies,
 * booking again). Which change is allowed, and when, is decided by src/training/transitions.ts in the booking hooks.
 */
export const updateAttendances: Access = ({ req, data }) => {
  if (isServiceUser(req)) return true
  if (!hasRole(req, 'setting-lead') || !keepsOwnSetting(req, data as Record<string, unknown> | undefined)) return false
  return ownSettingOnly(req)
}
