/** The queued job that sends one email, retried with backoff so that a mail server that is down loses nothing. */
import type { TaskConfig } from 'payload'

import { delivery } from './delivery'

export const SEND_EMAIL_TASK = 'send-email'

export interface QueuedEmail {
  to: string
  subject: string
  html: string
  text?: string
  replyTo?: string
  /** A calendar invitation (iCalendar text) sent as the message's text/calendar part and as an .ics attachment. */
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string }
}

export const sendEmailTask: TaskConfig<{ input: QueuedEmail; output: { messageId: string } }> = {
  slug: SEND_EMAIL_TASK,
  label: 'Send an email',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'replyTo', type: 'text' },
    { name: 'calendar', type: 'json' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text', required: true }],
  // 12 attempts with exponential backoff from 30 s cover a mail server that is down for about a day.
  retries: { attempts: 12, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, job, req }) => {
    // One Message-ID per job: if a retry re-sends a message that did go, receivers see the same message.
    const messageId = `<hub-job-${job.id}@compassionate-schools-hub>`
    const send = await delivery(req.payload)
    const calendar = input.calendar
      ? {
          // Calendar programs read the text/calendar part; people can also open the attachment.
          icalEvent: { method: input.calendar.method, filename: input.calendar.filename, content: input.calendar.content },
          attachments: [
            {
              filename: input.calendar.filename,
              content: input.calendar.content,
              contentType: `text/calendar; charset=utf-8; method=${input.calendar.method}`,
            },
          ],
        }
      : {}
    await send({ to: input.to, subject: input.subject, html: input.html, text: input.text, replyTo: input.replyTo, messageId, ...calendar })
    return { output: { messageId } }
  },
}
