/** Accounts: the service's psychologists and trainers, and the leads and staff of each setting. */
import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import {
  ROLES,
  ROLE_LABELS,
  hasRole,

  isServiceAdmin,
  isServiceRole,
  isSettingRole,
  keepsOwnSetting,
  sameId,
  settingOf,
  type HubUser,
} from '@/access'
import { assignOwnSetting } from '@/access/assignOwnSetting'
import { guardUserRoleAndSetting } from '@/access/guardUserRoleAndSetting'
import { enforcePasswordPolicy } from '@/auth/enforcePasswordPolicy'
import { equalSignInWork } from '@/auth/equalSignInWork'
import { forgiveSuccessfulSignIn, limitSignInAndResetRequests } from '@/auth/limitRequests'
import { refuseInactiveSetting } from '@/auth/refuseInactiveSetting'
import { secureCookies } from '@/config/env'
import { passwordResetEmail } from '@/email/templates'

const self = (user: HubUser): Where => ({ id: { equals: user.id } })

/** Service users read every account; a setting lead their setting's accounts; anyone else only their own. */
const readUsers: Access = ({ req }) => {
  const user = req.user as HubUser | null
  if (!user) return false
  if (isServiceRole(user.role)) return true
  if (user.role === 'setting-lead') return { setting: { equals: settingOf(user) } }
  return self(user)
}

/** Service admins and setting leads (within their own setting) create accounts; there is no public sign-up. */
const createUsers: Access = ({ req, data }) => {
  if (hasRole(req, 'service-admin')) return true
  if (!hasRole(req, 'setting-lead')) return false
  return keepsOwnSetting(req, data)
}

const updateUsers: Access = ({ req, data }) => {
  const user = req.user as HubUser | null
  if (!user) return false
  if (user.role === 'service-admin') return true
  if (!keepsOwnSetting(req, data)) return false
  if (user.role === 'setting-lead') return { setting: { equals: settingOf(user) } }
  return self(user)
}

/** A setting lead removes other accounts of their own setting, never their own. */
const deleteUsers: Access = ({ req }): Where | boolean => {
  const user = req.user as HubUser | null
  if (!user) return false
  const notSelf: Where = { id: { not_equals: user.id } }
  if (user.role === 'service-admin') return notSelf
  if (user.role === 'setting-lead') return { and: [{ setting: { equals: settingOf(user) } }, notSelf] }
  return false
}

/** A role is given by a service admin, or by a setting lead to another account of their setting. */
const changeRole: FieldAccess = ({ req, doc }) => {
  if (hasRole(req, 'service-admin')) return true
  return hasRole(req, 'setting-lead') && !sameId(doc?.id, req.user?.id)
}

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
      generateEmailHTML: (args) => passwordResetEmail.html({ token: args?.token ?? '', name: (args?.user as HubUser & { name?: string })?.name }),
    },
  },
  access: {
    admin: ({ req }) => isServiceRole((req.user as HubUser | null)?.role),
    read: readUsers,
    create: createUsers,
    update: updateUsers,
    delete: deleteUsers,
    unlock: isServiceAdmin,
  },
  hooks: {
    beforeOperation: [enforcePasswordPolicy, guardUserRoleAndSetting, limitSignInAndResetRequests, equalSignInWork],
    beforeValidate: [assignOwnSetting],
    beforeLogin: [refuseInactiveSetting],
    afterLogin: [forgiveSuccessfulSignIn],
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
      access: { create: ({ req }) => hasRole(req, 'service-admin', 'setting-lead'), update: changeRole },
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
      access: { update: ({ req }) => hasRole(req, 'service-admin') },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<HubUser> }) => {
        const role = siblingData?.role
        if (isSettingRole(role) && !value) return 'Choose the setting this account belongs to.'
        if (isServiceRole(role) && value) return 'Service accounts do not belong to a setting. Remove the setting.'
        return true
      },
    },
  ],
}

