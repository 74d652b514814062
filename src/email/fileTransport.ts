/** With no mail server configured, each message is written as an .eml file that a person can open. */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

export function fileTransport(dir: string): Transport<{ messageId: string; path: string; envelope: unknown }> {
  return {
    name: 'hub-file',
    version: '1',
    send(mail: MailMessage, callback) {
      const messageId = mail.message.messageId()
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const file = path.resolve(dir, `${stamp}-${messageId.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 60)}.eml`)
      const chunks: Buffer[] = []
      const stream = mail.message.createReadStream()
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', (error: Error) => callback(error, undefined as never))
      stream.on('end', () => {
        fs.mkdir(dir, { recursive: true })
          .then(() => fs.writeFile(file, Buffer.concat(chunks), { mode: 0o600 }))
          .then(() => {
            console.log(`[email] no SMTP_URL set: "${mail.data.subject}" written to ${file}`)
            callback(null, { messageId, path: file, envelope: mail.message.getEnvelope() })
          })
          .catch((error: Error) => callback(error, undefined as never))
      })
    },
  }
}
