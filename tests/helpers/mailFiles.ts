/**
 * The emails of the Hub the browser tests serve: no SMTP server is configured, so its jobs runner writes each email
 * as an .eml file in MAIL_DIR.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { expect } from 'vitest'

/**
 * The path (with its query) of the link to `linkPath` (for example '/invitation?token=') in the newest email to
 * `to`, once the jobs runner has written it.
 */
export async function linkInEmail(to: string, linkPath: string): Promise<string> {
  const dir = process.env.MAIL_DIR!
  const pattern = new RegExp(`(http://[^\\s"<]+${linkPath.replace('?', '\\?')}[A-Za-z0-9%_-]+)`)
  let link = ''
  await expect
    .poll(
      () => {
        // File names start with the time written: the last match is the newest email.
        for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
          const eml = readFileSync(path.join(dir, file), 'utf8')
            .replace(/=\r?\n/g, '')
            .replace(/=3D/g, '=')
          if (eml.includes(to) && eml.includes(linkPath)) link = pattern.exec(eml)?.[1] ?? link
        }
        return link
      },
      { timeout: 30_000, interval: 500 },
    )
    .not.toBe('')
  const url = new URL(link)
  return url.pathname + url.search
}
