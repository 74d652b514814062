/** The emails of joining the Hub: to the person who asked, and to the service's inbox. */
import { serverURL } from '@/config/env'
import { settingTypeLabel } from '@/settings/settingTypes'

import { renderHtml, renderText, type EmailContent } from './layout'

const REQUESTER_REASON = 'You received this email because you asked for your setting to join the Compassionate Schools Hub.'

const email = (subject: string, content: EmailContent) => ({ subject, html: renderHtml(content), text: renderText(content) })

export interface JoinRequestFacts {
  id: number | string
  settingName: string
  urn: string
  settingType: string
  district: string
  contactName: string
  jobTitle: string
  email: string
  message?: string | null
}

export const joinRequestReceivedEmail = (r: JoinRequestFacts) =>
  email('We have your request to join the Compassionate Schools Hub', {
    paragraphs: [
      `Dear ${r.contactName},`,
      `Thank you for asking for ${r.settingName} (URN ${r.urn}) to join the Compassionate Schools Hub.`,
      'The Lancashire Emotional Health in Schools and Colleges Service (LEHSS) will look at your request, usually within 5 working days. If it is approved, we will email you a link to set up your account.',
      'If you did not send this request, you can ignore this email.',
    ],
    reason: REQUESTER_REASON,
  })

export const joinRequestForServiceEmail = (r: JoinRequestFacts) =>
  email(`Join request: ${r.settingName} (URN ${r.urn})`, {
    paragraphs: [
      `${r.contactName} (${r.jobTitle}, ${r.email}) asks for ${r.settingName} to join the Hub.`,
      `URN ${r.urn} · ${settingTypeLabel(r.settingType)} · ${r.district}`,
      ...(r.message ? [`Their message: ${r.message}`] : []),
      'Approve or decline it in the admin panel.',
    ],
    action: { label: 'Open the join request', url: `${serverURL}/admin/collections/join-requests/${r.id}` },
    reason: 'You received this email because this address is the service inbox of the Compassionate Schools Hub.',
  })

export const joinRequestDeclinedEmail = (r: Pick<JoinRequestFacts, 'contactName' | 'settingName'>, reason: string) =>
  email('Your request to join the Compassionate Schools Hub', {
    paragraphs: [
      `Dear ${r.contactName},`,
      `We are sorry: your request for ${r.settingName} to join the Compassionate Schools Hub has not been approved.`,
      `The reason: ${reason}`,
      'If you have questions, reply to this email or contact the LEHSS team.',
    ],
    reason: REQUESTER_REASON,
  })
