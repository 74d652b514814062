/** The real delivery of an email: nodemailer over SMTP_URL, or .eml files under MAIL_DIR when none is set. */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { Payload, SendEmailOptions } from 'payload'

import { mailDir, smtpURL } from '@/config/env'

import { fileTransport } from './fileTransport'
import { sender } from './sender'

type Deliver = (message: SendEmailOptions) => Promise<unknown>
let deliver: Promise<Deliver> | undefined

/**
 * A mail server that accepts the connection and then says nothing would hold the jobs runner for nodemailer's
 * defaults (2 minutes to connect, 10 minutes of silence): give up sooner, and let the job's retries try again.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }

/** Built once per process; the SMTP server is not verified at start so that a server that is down delays nothing. */
export function delivery(payload: Payload): Promise<Deliver> {
  deliver ??= (async () => {
    // An SMTPTransport of our own: given options with a `url`, createTransport keeps the URL's and drops the rest.
    const transport = smtpURL
      ? nodemailer.createTransport(new SMTPTransport({ url: smtpURL, ...SMTP_TIMEOUTS }))
      : nodemailer.createTransport(fileTransport(mailDir))
    const adapter = await nodemailerAdapter({
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      skipVerify: true,
      transport: transport as never,
    })
    const { sendEmail } = adapter({ payload })
    return sendEmail
  })()
  return deliver
}
