/**
 * Who may see an image: the service every image; a setting its own; anyone the images a live published case study
 * shows (`public`, kept current in the moderation transaction). Constant-time: decided from the user and indexed columns.
 */
import type { Access, FieldAccess, Where } from 'payload'

import { actorOf, isServiceUser, ownSettingOnly } from './index'
import { sameId, settingOf } from './roles'

const PUBLIC: Where = { public: { equals: true } }

export const readImages: Access = (args) => {
  if (isServiceUser(args.req)) return true
  const own = ownSettingOnly(args.req)
  return own ? { or: [own, PUBLIC] } : PUBLIC
}

/**
 * Which setting an image belongs to is the service's and that setting's to know: a public image of an anonymous case
 * study must not name its setting.
 */
export const readImageOwner: FieldAccess = ({ req, doc }) => isServiceUser(req) || sameId(doc?.setting, settingOf(actorOf(req)))
