/**
 * Who may give which role and setting to an account: a setting lead only ever manages setting roles within
 * their own setting, and nobody but a service admin makes a service account. Refusals are 403s, never silent.
 */
import { type CollectionBeforeValidateHook, Forbidden } from 'payload'

import { type HubUser, hasRole, isServiceRole, isSettingRole, sameId, settingOf } from './index'

export const guardUserRoleAndSetting: CollectionBeforeValidateHook = ({ data, originalDoc, req, operation }) => {
  if (!req.user || hasRole(req, 'service-admin')) return data
  const actor = req.user as HubUser
  const role = data?.role ?? originalDoc?.role
  const setting = data?.setting === undefined ? originalDoc?.setting : data.setting

  if (operation === 'create' || (data && ('role' in data || 'setting' in data))) {
    if (isServiceRole(role) && (operation === 'create' || data?.role !== originalDoc?.role)) throw new Forbidden(req.t)
    if (isSettingRole(actor.role) && isSettingRole(role) && !sameId(setting, settingOf(actor))) throw new Forbidden(req.t)
  }
  return data
}
