/** The emails of the award: achieved (with the certificate and its verification link), renewal reminder, revoked. */
import { awardName, verificationURL as verificationURLOn } from '@/awards/certificate'
import { serverURL } from '@/config/env'
import type { AwardTrack } from '@/settings/settingTypes'

import { renderHtml, renderText, type EmailContent } from './layout'

const email = (subject: string, content: EmailContent) => ({ subject, html: renderHtml(content), text: renderText(content) })

const longDate = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

export interface AwardFacts {
  settingName: string
  track: AwardTrack
  certificateNumber: string
  verificationCode: string
  achievedAt: string
  expiresAt: string
}

export const certificateURL = `${serverURL}/award/certificate`
export const verificationURL = (code: string) => verificationURLOn(serverURL, code)

export const awardAchievedEmail = (a: AwardFacts) =>
  email(`${a.settingName} has achieved the ${awardName(a.track)}`, {
    paragraphs: [
      `Congratulations: ${a.settingName} has met every criterion of the ${awardName(a.track)} and achieved it on ${longDate(a.achievedAt)}.`,
      `The award is valid until ${longDate(a.expiresAt)}. Certificate number: ${a.certificateNumber}.`,
      `Anyone can check the certificate at ${verificationURL(a.verificationCode)}`,
      'Thank you for the work your whole setting has put into emotional health and wellbeing.',
    ],
    action: { label: 'Print your certificate', url: certificateURL },
  })

export const awardRenewalReminderEmail = (a: AwardFacts, days: number) =>
  email(`Your ${awardName(a.track)} expires on ${longDate(a.expiresAt)}`, {
    paragraphs: [
      `The ${awardName(a.track)} of ${a.settingName} (certificate ${a.certificateNumber}) expires on ${longDate(a.expiresAt)}, in ${days} days or fewer.`,
      'When it expires a new award cycle starts: your checklist on the Hub shows what to renew, such as a recent self-assessment.',
    ],
    action: { label: 'See your award checklist', url: `${serverURL}/award` },
  })

export const awardRevokedEmail = (a: Pick<AwardFacts, 'settingName' | 'track' | 'certificateNumber'>, reason: string) =>
  email(`Your ${awardName(a.track)} has been revoked`, {
    paragraphs: [
      `The service has revoked the ${awardName(a.track)} of ${a.settingName} (certificate ${a.certificateNumber}).`,
      `The reason given: ${reason}`,
      'Its verification page now says it is revoked. A new award cycle has started: your checklist on the Hub shows what to do next. Contact the service with any questions.',
    ],
    action: { label: 'See your award checklist', url: `${serverURL}/award` },
  })
