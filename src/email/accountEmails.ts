/** The emails of an account's invitation: the invitation itself, and the answer to a reset request before it is accepted. */
import { ROLE_LABELS, type Role } from '@/access/roles'
import { INVITATION_DAYS } from '@/accounts/invitationRules'
import { serverURL } from '@/config/env'

import { renderHtml, renderText, type EmailContent } from './layout'

const email = (subject: string, content: EmailContent) => ({ subject, html: renderHtml(content), text: renderText(content) })

export const invitationURL = (token: string): string => `${serverURL}/invitation?token=${encodeURIComponent(token)}`

const longDate = (date: Date): string => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

export interface InvitationFactsForEmail {
  token: string
  name: string
  role: Role
  /** The setting's name; none for a service account. */
  settingName?: string | null
  /** Who sent the invitation; none when the service's system did (an approved join request). */
  invitedByName?: string | null
  expiresAt: Date
}

export const invitationEmail = (i: InvitationFactsForEmail) => {
  const where = i.settingName ? `${i.settingName} as ${ROLE_LABELS[i.role].toLowerCase()}` : `the service as ${ROLE_LABELS[i.role].toLowerCase()}`
  const who = i.invitedByName ? `${i.invitedByName} has invited you` : 'The Compassionate Schools Hub team has invited you'
  return email(`You are invited to the Compassionate Schools Hub`, {
    paragraphs: [
      `Hello ${i.name},`,
      `${who} to join the Compassionate Schools Hub for ${where}.`,
      `To accept, use the link below to choose your password. The link works once and expires in ${INVITATION_DAYS} days, on ${longDate(i.expiresAt)}.`,
      `If the link has expired or does not work, ask ${i.invitedByName ?? 'the service'} to send you a new invitation.`,
      'If you were not expecting this email, you can ignore it: no account is usable until you choose a password.',
    ],
    action: { label: 'Accept the invitation and choose a password', url: invitationURL(i.token) },
  })
}

/** Asked for a reset link before accepting: the invitation is the only way in, so say how to get a new one. */
export const invitationPendingResetEmail = (name?: string | null) =>
  email('Reset your Compassionate Schools Hub password', {
    paragraphs: [
      `Hello${name ? ` ${name}` : ''},`,
      'Someone asked to reset the password for your Compassionate Schools Hub account, but you have not accepted your invitation yet, so there is no password to reset.',
      'Use the link in your invitation email to choose a password. If it has expired or was withdrawn, ask the person who invited you (or the service) to send you a new invitation.',
      'If you did not ask for this, you can ignore this email.',
    ],
  })
