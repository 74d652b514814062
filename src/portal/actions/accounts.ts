'use server'
/**
 * A setting lead's management of their setting's accounts: invite, change role, deactivate or reactivate, remove,
 * resend or withdraw an invitation. Everything runs as the lead (overrideAccess: false), so the accounts' access
 * rules hold; mayManageAccount keeps the lead off their own account and other settings' before anything is asked.
 */
import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import type { Role } from '@/access/roles'
import { mayManageAccount } from '@/accounts/invitationRules'
import { inviteAccount, resendInvitation, revokeInvitation } from '@/accounts/invitations'
import type { User } from '@/payload-types'

import { portalDocumentId } from '../documentId'
import { hubPayload } from '../payload'
import { requireLeadViewer } from '../requireViewer'
import { type FormState, field } from './formState'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const SETTING_ROLES: Role[] = ['setting-lead', 'setting-staff']

/** The account the form names, if the lead may manage it; otherwise back to the list. */
async function managedAccount(form: FormData): Promise<{ lead: User; account: User }> {
  const { user: lead } = await requireLeadViewer('/accounts')
  const id = portalDocumentId(field(form, 'id'))
  const payload = await hubPayload()
  const account = id ? await payload.findByID({ collection: 'users', id, depth: 0, user: lead, overrideAccess: false, disableErrors: true }) : null
  if (!account || !mayManageAccount(lead, account)) redirect('/accounts?error=not-yours')
  return { lead, account }
}

const asLead = async (lead: User) => createLocalReq({ user: { ...lead, collection: 'users' } }, await hubPayload())

export async function inviteColleague(_: FormState, form: FormData): Promise<FormState> {
  const { user: lead, setting } = await requireLeadViewer('/accounts')
  const values = { name: field(form, 'name'), email: field(form, 'email').toLowerCase(), role: field(form, 'role') }
  const errors = [
    ...(!values.name
      ? [{ field: 'name', message: 'Enter their full name' }]
      : values.name.length > 120
        ? [{ field: 'name', message: 'Name must be 120 characters or fewer' }]
        : []),
    ...(!values.email
      ? [{ field: 'email', message: 'Enter their email address' }]
      : !EMAIL.test(values.email) || values.email.length > 254
        ? [{ field: 'email', message: 'Enter an email address in the correct format, like name@school.org.uk' }]
        : []),
    ...(!SETTING_ROLES.includes(values.role as Role) ? [{ field: 'role', message: 'Select whether they are a setting lead or setting staff' }] : []),
  ]
  if (errors.length) return { errors, values }
  try {
    await inviteAccount(await asLead(lead), { email: values.email, name: values.name, role: values.role as Role, setting: setting.id })
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 409 && error instanceof Error) return { errors: [{ field: 'email', message: error.message }], values }
    throw error
  }
  redirect(`/accounts?invited=${encodeURIComponent(values.email)}`)
}

export async function changeRole(form: FormData): Promise<void> {
  const { lead, account } = await managedAccount(form)
  const role = field(form, 'role') as Role
  if (!SETTING_ROLES.includes(role)) redirect(`/accounts/${account.id}?error=role`)
  if (role !== account.role) {
    await (await hubPayload()).update({ collection: 'users', id: account.id, data: { role }, user: lead, overrideAccess: false, depth: 0 })
  }
  redirect(`/accounts?changed=${account.id}`)
}

export async function setActive(form: FormData): Promise<void> {
  const { lead, account } = await managedAccount(form)
  const active = field(form, 'active') === 'true'
  await (await hubPayload()).update({ collection: 'users', id: account.id, data: { active }, user: lead, overrideAccess: false, depth: 0 })
  redirect(`/accounts?${active ? 'reactivated' : 'deactivated'}=${account.id}`)
}

export async function removeAccount(form: FormData): Promise<void> {
  const { lead, account } = await managedAccount(form)
  await (await hubPayload()).delete({ collection: 'users', id: account.id, user: lead, overrideAccess: false })
  redirect(`/accounts?removed=${encodeURIComponent(account.name)}`)
}

export async function resendInvitationForm(form: FormData): Promise<void> {
  const { lead, account } = await managedAccount(form)
  await resendInvitation(await asLead(lead), account.id)
  redirect(`/accounts?resent=${account.id}`)
}

export async function revokeInvitationForm(form: FormData): Promise<void> {
  const { lead, account } = await managedAccount(form)
  await revokeInvitation(await asLead(lead), account.id)
  redirect(`/accounts?revoked=${account.id}`)
}
