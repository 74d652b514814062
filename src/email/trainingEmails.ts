/** The emails of training: booking, waiting list, promotion, apologies, cancellation, reminder, champions. */
import { serverURL } from '@/config/env'

import { renderHtml, renderText, type EmailContent } from './layout'

const email = (subject: string, content: EmailContent) => ({ subject, html: renderHtml(content), text: renderText(content) })

export interface SessionFacts {
  id: number | string
  title: string
  when: string
  where: string
}

const sessionLink = (s: SessionFacts) => ({ label: 'See the session and your bookings', url: `${serverURL}/training/sessions/${s.id}` })
const place = (s: SessionFacts) => `${s.title}, ${s.when}. ${s.where}`

export const bookingConfirmedEmail = (s: SessionFacts, staffName: string, settingName: string) =>
  email(`Booked: ${s.title}`, {
    paragraphs: [
      `${staffName} of ${settingName} has a place on ${place(s)}`,
      'The calendar invitation is attached. If they can no longer come, send apologies from the Hub before the session starts, so that the place goes to the next person waiting.',
    ],
    action: sessionLink(s),
  })

export const waitlistedEmail = (s: SessionFacts, staffName: string, settingName: string, position: number) =>
  email(`Waiting list: ${s.title}`, {
    paragraphs: [
      `The session ${place(s)} is full. ${staffName} of ${settingName} is on its waiting list (number ${position}).`,
      'If a place frees up, they get it automatically and you will receive an email with the calendar invitation.',
    ],
    action: sessionLink(s),
  })

export const promotedEmail = (s: SessionFacts, staffName: string, settingName: string) =>
  email(`A place is now booked: ${s.title}`, {
    paragraphs: [
      `A place has freed up: ${staffName} of ${settingName} has moved from the waiting list to a booked place on ${place(s)}`,
      'The calendar invitation is attached. If they can no longer come, send apologies from the Hub.',
    ],
    action: sessionLink(s),
  })

export const apologiesEmail = (s: SessionFacts, staffName: string, settingName: string) =>
  email(`Apologies sent: ${s.title}`, {
    paragraphs: [`${staffName} of ${settingName} is no longer booked on ${place(s)}`, 'The attached calendar update removes the event.'],
    action: sessionLink(s),
  })

export const sessionCancelledEmail = (s: SessionFacts, staffNames: string[], settingName: string) =>
  email(`Cancelled: ${s.title}`, {
    paragraphs: [
      `The service has cancelled ${place(s)}`,
      `This cancels the booking of ${staffNames.join(', ')} (${settingName}). The attached calendar update removes the event. Other sessions of the course are listed on the Hub.`,
    ],
    action: { label: 'Find another session', url: `${serverURL}/training` },
  })

export const bookingCancelledEmail = (s: SessionFacts, staffName: string, settingName: string) =>
  email(`Booking cancelled: ${s.title}`, {
    paragraphs: [`The service has cancelled the booking of ${staffName} (${settingName}) on ${place(s)}`, 'The attached calendar update removes the event.'],
    action: sessionLink(s),
  })

export const reminderEmail = (s: SessionFacts, staffName: string, settingName: string, joiningLink?: string | null) =>
  email(`Reminder: ${s.title}`, {
    paragraphs: [
      `A reminder that ${staffName} of ${settingName} is booked on ${place(s)}`,
      ...(joiningLink ? [`Join online: ${joiningLink}`] : []),
      'If they can no longer come, send apologies from the Hub before the session starts.',
    ],
    action: sessionLink(s),
  })

export const championAwardedEmail = (staffName: string, settingName: string, attended: number) =>
  email(`A new Compassionate Champion: ${staffName}`, {
    paragraphs: [
      `Congratulations: ${staffName} of ${settingName} has attended ${attended} training sessions with the service and is now a Compassionate Champion.`,
      'Champions help keep emotional health and wellbeing at the heart of the whole setting. Thank you for the time you give to it.',
    ],
    action: { label: 'See your Training Dashboard', url: `${serverURL}/training` },
  })

export const championWithdrawnEmail = (staffName: string, settingName: string, attended: number, threshold: number) =>
  email(`Champion status corrected: ${staffName}`, {
    paragraphs: [
      `The attendance register has been corrected: ${staffName} of ${settingName} has now attended ${attended} of the ${threshold} sessions a Compassionate Champion needs, so the title has been withdrawn for now.`,
      'It returns automatically when they reach the threshold again.',
    ],
    action: { label: 'See your Training Dashboard', url: `${serverURL}/training` },
  })
