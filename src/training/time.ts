/** Session times in words, in UK time whatever the server's zone: "Tuesday 3 March 2026, 9:30am to 12:30pm". */
import { SESSION_TIME_ZONE } from './statuses'

const day = new Intl.DateTimeFormat('en-GB', { timeZone: SESSION_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
// h12, not `hour12: true`: en-GB's 12-hour clock is h11, which writes midday as "0:30pm".
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: SESSION_TIME_ZONE, hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })

/** GOV.UK style times: 9am, 9:30am, 12pm (midday). */
export function timeOfDay(date: Date): string {
  const parts = clock.formatToParts(date)
  const hour = parts.find((p) => p.type === 'hour')?.value ?? ''
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00'
  const period = (parts.find((p) => p.type === 'dayPeriod')?.value ?? '').toLowerCase().replace(/\./g, '').replace(/\s/g, '')
  return `${hour}${minute === '00' ? '' : `:${minute}`}${period}`
}

/** "Tuesday 3 March 2026": built from the parts, since ICU versions differ on a comma after the weekday. */
export function dayOf(date: Date): string {
  const parts = day.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`
}

export function sessionWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const sameDay = dayOf(start) === dayOf(end)
  return sameDay ? `${dayOf(start)}, ${timeOfDay(start)} to ${timeOfDay(end)}` : `${dayOf(start)}, ${timeOfDay(start)} to ${dayOf(end)}, ${timeOfDay(end)}`
}

/** Whether the session has started at `now`. */
export const hasStarted = (startsAt: string, now: Date = new Date()): boolean => new Date(startsAt).getTime() <= now.getTime()
