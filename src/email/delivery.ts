/** The real delivery of an email: nodemailer over SMTP_URL, or .eml files under MAIL_DIR when none is set. */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Payload, SendEmailOptions } from 'payload'

import { mailDir, smtpURL } from '@/config/env'

import { fileTransport } from './fileTransport'
import { sender } from './sender'

type Deliver = (message: SendEmailOptions) => Promise<unknown>
let deliver: Promise<Deliver> | undefined

/** Built once per process; the SMTP server is not verified at start so that a server that is down delays nothing. */
export function delivery(payload: Payload): Promise<Deliver> {
  deliver ??= (async () => {
    const transport = smtpURL ? nodemailer.createTransport(smtpURL) : nodemailer.createTransport(fileTransport(mailDir))
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
