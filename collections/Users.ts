/** Accounts: the service's psychologists and trainers, and the leads and staff of each setting. */
import type { CollectionConfig } from 'payload'

import { ROLES, ROLE_LABELS, hasRole, isServiceAdmin, isServiceAdminField, isServiceRole, isSettingRole, systemOnly, type HubUser } from '@/access'
import { changeAnotherAccount, createAccounts, deleteAccounts, mayUseAdminPanel, readAccounts, updateAccounts } from '@/access/accounts'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { guardUserRoleAndSetting } from '@/access/guardUserRoleAndSetting'
import { awaitsAcceptance, type InvitationFacts } from '@/accounts/invitationRules'
import { sendInvitationOnCreate, startInvitation } from '@/accounts/invitations'
import { enforcePasswordPolicy } from '@/auth/enforcePasswordPolicy'
import { equalSignInWork } from '@/auth/equalSignInWork'
import { recordLastSignIn } from '@/auth/lastSignIn'
import { forgiveSuccessfulSignIn, limitSignInAndResetRequests } from '@/auth/limitRequests'
import { refuseInactiveAccounts } from '@/auth/refuseInactiveAccounts'
import { endSessionsOfDeactivatedAccount } from '@/auth/sessions'
import { secureCookies } from '@/config/env'
import { invitationPendingResetEmail } from '@/email/accountEmails'
import { queueInTransaction } from '@/email/queueEmail'
import { passwordResetEmail } from '@/email/templates'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'setting', 'lastSignInAt'],
    group: 'Accounts',
    description:
      'New accounts are created by invitation: use “Invite a user”. The person chooses their own password from the email; the create form’s password is refused.',
    // Accounts are created by invitation (the create form would ask for the person's password).
    components: { beforeListTable: ['/admin/InviteUserView#InviteUserLink'] },
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
        // Before accepting an invitation there is no password to reset: a reset link would be a second way in.
        if (awaitsAcceptance(args?.user as InvitationFacts)) return queueInTransaction(args!.req!, { to, ...invitationPendingResetEmail(reset.name) })
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
    beforeChange: [startInvitation],
    beforeLogin: [refuseInactiveAccounts],
    afterLogin: [forgiveSuccessfulSignIn, recordLastSignIn],
    afterChange: [endSessionsOfDeactivatedAccount, sendInvitationOnCreate],
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
    // The invitation's state: written only by src/accounts/invitations.ts (never through the API).
    { name: 'invitationTokenHash', type: 'text', index: true, hidden: true, access: { read: systemOnly, create: systemOnly, update: systemOnly } },
    {
      name: 'invitedAt',
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'invitedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'invitationExpiresAt',
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Empty while invited: the invitation was withdrawn.',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'invitationAcceptedAt',
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastSignInAt',
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
