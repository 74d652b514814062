/**
 * Who may give which role and setting to an account. A setting lead manages setting roles within their own
 * setting, never their own role; nobody but a service admin makes a service account or moves an account
 * between settings. Refusals are 403s — checked before Payload's field access would silently drop the change.
 */
import { type CollectionBeforeOperationHook, Forbidden } from 'payload'

import { type HubUser, hasRole, idOf, isSettingRole, sameId, settingOf } from './index'

export const guardUserRoleAndSetting: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!req.user || hasRole(req, 'service-admin')) return args
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: { role?: unknown; setting?: unknown } }).data
  if (!data || (data.role === undefined && data.setting === undefined)) return args
  const actor = req.user as HubUser

  if (operation === 'create') {
    if (data.role !== undefined && !(actor.role === 'setting-lead' && isSettingRole(data.role))) throw new Forbidden(req.t)
    if (data.setting !== undefined && data.setting !== null && !sameId(data.setting, settingOf(actor))) throw new Forbidden(req.t)
    return args
  }

  const id = idOf((args as { id?: unknown }).id)
  if (id === null) throw new Forbidden(req.t) // bulk role or setting changes are for service admins only
  const target = await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!target) return args // the update itself answers 404
  const roleChanges = data.role !== undefined && data.role !== target.role
  const settingChanges = data.setting !== undefined && !sameId(data.setting, target.setting)
  if (settingChanges) throw new Forbidden(req.t)
  if (roleChanges) {
    const leadOfTarget = actor.role === 'setting-lead' && sameId(target.setting, settingOf(actor)) && !sameId(target.id, actor.id)
    if (!leadOfTarget || !isSettingRole(data.role) || !isSettingRole(target.role)) throw new Forbidden(req.t)
  }
  return args
}
