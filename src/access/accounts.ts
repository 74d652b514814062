/**
 * Who may see and change which accounts: the service every account (service admins change them); a setting lead
 * their own setting's accounts; anyone else only their own. Nobody removes or deactivates their own account.
 */
import type { Access, FieldAccess, Where } from 'payload'

import { actorOf, hasRole, isServiceUser, keepsOwnSetting, ownSettingAnd, ownSettingOnly, selfOnly } from './index'
import { sameId } from './roles'

const notSelf = (id: number | string): Where => ({ id: { not_equals: id } })

export const readAccounts: Access = (args) => {
  if (isServiceUser(args.req)) return true
  if (hasRole(args.req, 'setting-lead')) return ownSettingOnly(args.req)
  return selfOnly(args.req)
}

/** Service admins and setting leads (within their own setting) create accounts; there is no public sign-up. */
export const createAccounts: Access = ({ req, data }) => {
  if (hasRole(req, 'service-admin')) return true
  return hasRole(req, 'setting-lead') && keepsOwnSetting(req, data)
}

export const updateAccounts: Access = ({ req, data }) => {
  if (hasRole(req, 'service-admin')) return true
  if (!actorOf(req) || !keepsOwnSetting(req, data)) return false
  if (hasRole(req, 'setting-lead')) return ownSettingOnly(req)
  return selfOnly(req)
}

/** A service admin removes any other account; a setting lead other accounts of their own setting. */
export const deleteAccounts: Access = ({ req }) => {
  const actor = actorOf(req)
  if (!actor) return false
  if (hasRole(req, 'service-admin')) return notSelf(actor.id)
  if (hasRole(req, 'setting-lead')) return ownSettingAnd(req, notSelf(actor.id))
  return false
}

/**
 * A role, or whether an account is active, is changed by a service admin, or by a setting lead for another account
 * of their setting (row access keeps the lead within it); never by the account itself.
 */
export const changeAnotherAccount: FieldAccess = ({ req, doc }) => {
  if (sameId(doc?.id, actorOf(req)?.id)) return false
  return hasRole(req, 'service-admin', 'setting-lead')
}

/** Service users may use the admin panel; settings use the portal. */
export const mayUseAdminPanel = ({ req }: { req: Parameters<Access>[0]['req'] }): boolean => isServiceUser(req)
