/**
 * Every email the Hub sends goes through here: it becomes a job in the request's transaction, so an email
 * is queued exactly when the change that caused it is committed, and is sent by the jobs runner.
 */
import type { EmailAdapter, PayloadRequest, SendEmailOptions } from 'payload'

import { sender } from './sender'
import { SEND_EMAIL_TASK, type QueuedEmail } from './sendEmailTask'

const addresses = (value: SendEmailOptions['to']): string => {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.map((a) => (typeof a === 'string' ? a : a.address)).join(', ')
}

export async function queueEmail(req: PayloadRequest, email: QueuedEmail): Promise<void> {
  await req.payload.jobs.queue({ task: SEND_EMAIL_TASK, input: email, req })
}

/**
 * Stands for an email that was already queued in the request's transaction (by a `generateEmailHTML` that had the
 * request): Payload then hands this text to the adapter, which has nothing left to do.
 */
export const QUEUED_IN_TRANSACTION = '<!-- queued in the request transaction -->'

/**
 * The password reset email, queued in the forgotten-password operation's transaction: Payload calls the adapter
 * without the request, so the email is queued here (where the request is known) and the adapter skips it.
 */
export async function queueInTransaction(req: PayloadRequest, email: QueuedEmail): Promise<string> {
  await queueEmail(req, email)
  return QUEUED_IN_TRANSACTION
}

/**
 * Any other email of Payload's own comes through its email adapter; this adapter queues it too (outside a
 * transaction: the adapter is not given the request), so that it shares the retries of every other email.
 */
export const queuedEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'hub-queued-email',
  defaultFromAddress: sender.address,
  defaultFromName: sender.name,
  sendEmail: async (message) => {
    if (message.html === QUEUED_IN_TRANSACTION) return { queued: true }
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
