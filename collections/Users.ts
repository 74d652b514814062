/** Accounts: the service's psychologists and trainers, and the leads and staff of each setting. */
import type { CollectionConfig } from 'payload'

import { ROLES, ROLE_LABELS, hasRole, isServiceAdmin, isServiceAdminField, isServiceRole, isSettingRole, type HubUser } from '@/access'
import { changeAnotherAccount, createAccounts, deleteAccounts, mayUseAdminPanel, readAccounts, updateAccounts } from '@/access/accounts'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { guardUserRoleAndSetting } from '@/access/guardUserRoleAndSetting'
import { enforcePasswordPolicy } from '@/auth/enforcePasswordPolicy'
import { equalSignInWork } from '@/auth/equalSignInWork'
import { forgiveSuccessfulSignIn, limitSignInAndResetRequests } from '@/auth/limitRequests'
import { refuseInactiveAccounts } from '@/auth/refuseInactiveAccounts'
import { endSessionsOfDeactivatedAccount } from '@/auth/sessions'
import { secureCookies } from '@/config/env'
import { queueInTransaction } from '@/email/queueEmail'
import { passwordResetEmail } from '@/email/templates'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'setting'],
    group: 'Accounts',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: () => passwordResetEmail.subject,
      // Queued in the operation's transaction with the request (see queueInTransaction).
      generateEmailHTML: async (args) => {
        const reset = { token: args?.token ?? '', name: (args?.user as HubUser & { name?: string })?.name }
        const to = (args?.user as { email?: string } | undefined)?.email ?? ''
        return queueInTransaction(args!.req!, {
          to,
          subject: passwordResetEmail.subject,
          html: passwordResetEmail.html(reset),
          text: passwordResetEmail.text(reset),
        })
      },
    },
  },
  access: {
    admin: mayUseAdminPanel,
    read: readAccounts,
    create: createAccounts,
    update: updateAccounts,
    delete: deleteAccounts,
    unlock: isServiceAdmin,
  },
  hooks: {
    beforeOperation: [enforcePasswordPolicy, guardUserRoleAndSetting, limitSignInAndResetRequests, equalSignInWork],
    beforeValidate: [assignOwnSetting],
    beforeLogin: [refuseInactiveAccounts],
    afterLogin: [forgiveSuccessfulSignIn],
    afterChange: [endSessionsOfDeactivatedAccount],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'setting-staff',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      index: true,
      saveToJWT: true,
      access: { create: ({ req }) => hasRole(req, 'service-admin', 'setting-lead'), update: changeAnotherAccount },
    },
    {
      name: 'setting',
      type: 'relationship',
      relationTo: 'settings',
      index: true,
      saveToJWT: true,
      admin: {
        description: 'Required for setting leads and setting staff; service accounts belong to no setting.',
      },
      access: { update: isServiceAdminField },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<HubUser> }) => {
        const role = siblingData?.role
        if (isSettingRole(role) && !value) return 'Choose the setting this account belongs to.'
        if (isServiceRole(role) && value) return 'Service accounts do not belong to a setting. Remove the setting.'
        return true
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      access: { update: changeAnotherAccount },
      admin: {
        position: 'sidebar',
        description: 'Untick to deactivate the account: it is signed out everywhere at once and cannot sign in. Nobody can deactivate their own account.',
      },
    },
  ],
}
