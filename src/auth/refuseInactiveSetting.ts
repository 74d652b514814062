/** Users of a setting the service has deactivated cannot sign in. */
import { type CollectionBeforeLoginHook, APIError } from 'payload'

import { settingOf, type HubUser } from '@/access/roles'

export const refuseInactiveSetting: CollectionBeforeLoginHook = async ({ user, req }) => {
  const setting = settingOf(user as HubUser)
  if (setting === null) return user
  const found = await req.payload.findByID({ collection: 'settings', id: setting, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!found || found.active === false) {
    throw new APIError('This account’s setting is no longer active on the Hub. Contact the service for help.', 403, undefined, true)
  }
  return user
}
