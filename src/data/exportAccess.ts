/**
 * Who reads a data export: the lead who asked for it (while still a lead of that setting) and service admins. Nobody
 * else, not even the setting's other leads: an export holds every colleague's details. Decided from `req.user` alone.
 */
import type { Access } from 'payload'

import { actorOf, hasRole, ownSettingAnd } from '@/access'

export const readOwnExports: Access = ({ req }) => {
  if (hasRole(req, 'service-admin')) return true
  const actor = actorOf(req)
  if (!actor || !hasRole(req, 'setting-lead')) return false
  return ownSettingAnd(req, { requestedBy: { equals: actor.id } })
}
