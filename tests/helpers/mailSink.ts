/** A real SMTP server in the test process that keeps what it receives, so tests assert on delivered email. */
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface MailSink {
  url: string
  port: number
  messages: ParsedMail[]
  stop(): Promise<void>
  start(): Promise<void>
  waitFor(predicate: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>
}

export async function startMailSink(port = 0): Promise<MailSink> {
  const messages: ParsedMail[] = []
  let server: SMTPServer
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail) => {
              messages.push(mail)
              callback()
            })
            .catch(callback)
        },
      })
      server.on('error', reject)
      server.listen(p, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port))
    })
  const actualPort = await listen(port)
  const sink: MailSink = {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
    start: async () => {
      await listen(actualPort)
    },
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = messages.find(predicate)
        if (found) return found
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`no matching email arrived; received: ${messages.map((m) => m.subject).join(', ') || 'none'}`)
    },
  }
  return sink
}
