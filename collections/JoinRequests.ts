/**
 * A school's or college's request to join the Hub, sent from the public /join form. Anyone may send one; only the
 * service reads them; a service admin approves (creating or linking the setting and inviting its lead) or declines
 * with a reason, through the endpoints in src/joining/endpoints.ts — nobody edits a request.
 */
import type { CollectionConfig } from 'payload'

import { anyone, isService, isServiceAdmin, nobody, systemOnly } from '@/access'
import { joinRequestEndpoints } from '@/joining/endpoints'
import { tellOfNewJoinRequest } from '@/joining/hooks'
import { CONSENT_MESSAGE, EMAIL_MESSAGE, JOIN_REQUEST_STATUSES, isEmailAddress, LIMITS, URN_MESSAGE, URN_PATTERN } from '@/joining/rules'
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, guardJoinRequest, recordFormNonce } from '@/joining/spamGuard'
import { SETTING_TYPES } from '@/settings/settingTypes'

const system = { create: systemOnly, update: systemOnly }

export const JoinRequests: CollectionConfig = {
  slug: 'join-requests',
  labels: { singular: 'Join request', plural: 'Join requests' },
  admin: {
    useAsTitle: 'settingName',
    defaultColumns: ['settingName', 'urn', 'contactName', 'status', 'createdAt'],
    group: 'Accounts',
    description: 'Requests from schools and colleges to join the Hub, sent from the public “Join the Hub” page. Open one to approve or decline it.',
  },
  defaultSort: '-createdAt',
  // Nobody edits a request, so nothing is ever locked.
  lockDocuments: false,
  access: {
    read: isService,
    create: anyone,
    update: nobody,
    delete: isServiceAdmin,
  },
  endpoints: joinRequestEndpoints,
  hooks: {
    beforeOperation: [guardJoinRequest],
    beforeChange: [recordFormNonce],
    afterChange: [tellOfNewJoinRequest],
  },
  fields: [
    { name: 'settingName', label: 'Name of the school or college', type: 'text', required: true, maxLength: LIMITS.settingName },
    {
      name: 'urn',
      label: 'URN',
      type: 'text',
      required: true,
      index: true,
      validate: (value: string | null | undefined) => (typeof value === 'string' && URN_PATTERN.test(value) ? true : URN_MESSAGE),
    },
    { name: 'settingType', label: 'Type of setting', type: 'select', required: true, options: SETTING_TYPES.map((t) => ({ ...t })) },
    { name: 'district', type: 'text', required: true, maxLength: LIMITS.district },
    { name: 'contactName', label: 'Contact name', type: 'text', required: true, maxLength: LIMITS.contactName },
    { name: 'jobTitle', label: 'Job title', type: 'text', required: true, maxLength: LIMITS.jobTitle },
    {
      name: 'email',
      type: 'email',
      required: true,
      validate: (value: string | null | undefined) => (isEmailAddress(value) ? true : EMAIL_MESSAGE),
    },
    { name: 'message', type: 'textarea', maxLength: LIMITS.message },
    {
      name: 'consent',
      label: 'Agreed to be contacted about the request',
      type: 'checkbox',
      required: true,
      validate: (value: boolean | null | undefined) => (value === true ? true : CONSENT_MESSAGE),
    },
    // The spam protection's inputs: checked by guardJoinRequest, never stored.
    { name: HONEYPOT_FIELD, type: 'text', virtual: true, access: { read: systemOnly }, admin: { hidden: true } },
    { name: FORM_TOKEN_FIELD, type: 'text', virtual: true, access: { read: systemOnly }, admin: { hidden: true } },
    {
      name: 'formNonce',
      type: 'text',
      unique: true,
      access: { read: systemOnly, ...system },
      admin: { hidden: true, description: 'The nonce of the form that sent the request: one form sends one request.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: JOIN_REQUEST_STATUSES.map((s) => ({ ...s })),
      access: system,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'declineReason', label: 'Reason for declining', type: 'textarea', access: system, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', access: system, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decidedAt', type: 'date', access: system, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'setting',
      type: 'relationship',
      relationTo: 'settings',
      index: true,
      access: system,
      admin: { readOnly: true, position: 'sidebar', description: 'The setting created or linked when the request was approved.' },
    },
    {
      name: 'lead',
      label: 'Invited lead',
      type: 'relationship',
      relationTo: 'users',
      access: system,
      admin: { readOnly: true, position: 'sidebar', description: 'The setting-lead account invited when the request was approved.' },
    },
  ],
}
