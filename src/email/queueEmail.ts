/**
 * Every email the Hub sends goes through here: it becomes a job in the request's transaction, so an email
 * is queued exactly when the change that caused it is committed, and is sent by the jobs runner.
 */
import type { EmailAdapter, PayloadRequest, SendEmailOptions } from 'payload'

import { sender } from './delivery'
import { SEND_EMAIL_TASK, type QueuedEmail } from './sendEmailTask'

const addresses = (value: SendEmailOptions['to']): string => {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.map((a) => (typeof a === 'string' ? a : a.address)).join(', ')
}

export async function queueEmail(req: PayloadRequest, email: QueuedEmail): Promise<void> {
  await req.payload.jobs.queue({ task: SEND_EMAIL_TASK, input: email, req })
}

/**
 * Payload's own emails (password reset) come through its email adapter; this adapter queues them too,
 * so that they share the retries of every other email.
 */
export const queuedEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'hub-queued-email',
  defaultFromAddress: sender.address,
  defaultFromName: sender.name,
  sendEmail: async (message) => {
    await payload.jobs.queue({
      task: SEND_EMAIL_TASK,
      input: {
        to: addresses(message.to),
        subject: message.subject ?? '',
        html: typeof message.html === 'string' ? message.html : '',
        text: typeof message.text === 'string' ? message.text : undefined,
      },
    })
    return { queued: true }
  },
})
