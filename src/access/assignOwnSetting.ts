/** A record created by a setting user belongs to that user's setting unless it says so already. */
import type { CollectionBeforeValidateHook } from 'payload'

import { settingOf, type HubUser } from './roles'

export const assignOwnSetting: CollectionBeforeValidateHook = ({ data, req, operation }) => {
  const setting = settingOf(req.user as HubUser | null)
  if (operation === 'create' && data && setting !== null && (data.setting === undefined || data.setting === null)) {
    return { ...data, setting }
  }
  return data
}
