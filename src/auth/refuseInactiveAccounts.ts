/**
 * Who may not sign in: a deactivated account, a setting account with no setting, and the users of a setting the
 * service has deactivated. (Sessions already open end when the account or setting is deactivated: see sessions.ts.)
 */
import { type CollectionBeforeLoginHook, APIError } from 'payload'

import { awaitsAcceptance, type InvitationFacts } from '@/accounts/invitationRules'
import { isSettingRole, settingOf, type HubUser } from '@/access/roles'

const refuse = (message: string) => new APIError(message, 403, undefined, true)

export const refuseInactiveAccounts: CollectionBeforeLoginHook = async ({ user, req }) => {
  const account = user as HubUser
  if (account.active === false) throw refuse('This account has been deactivated. Contact your setting’s lead or the service for help.')
  // Its password is one nobody knows; should that ever not hold, an invitation still has to be accepted first.
  if (awaitsAcceptance(user as InvitationFacts))
    throw refuse('This account has not been set up yet. Use the link in your invitation email to choose a password.')
  if (!isSettingRole(account.role)) return user
  const setting = settingOf(account)
  if (setting === null) throw refuse('This account does not belong to a setting any more. Contact the service for help.')
  const found = await req.payload.findByID({
    collection: 'settings',
    id: setting,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { active: true },
  })
  if (!found || found.active === false) throw refuse('This account’s setting is no longer active on the Hub. Contact the service for help.')
  return user
}
