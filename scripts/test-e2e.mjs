// `npm run test:e2e`: browser tests (Debian's chromium driven by playwright-core) against the Hub served over real
// HTTP, on a fresh database with the demo settings and accounts seeded. Extra arguments go to vitest.
import { existsSync } from 'node:fs'

import { ensureInstalled } from './lib/install.mjs'

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!existsSync(chromiumPath)) {
  console.error(`No Chromium at ${chromiumPath}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  process.exit(1)
}

await ensureInstalled()
const { runVitestAgainstStack } = await import('./lib/testStack.mjs')
// The served Hub runs its own jobs: with no SMTP_URL it writes each email to MAIL_DIR, where the tests read it.
await runVitestAgainstStack({
  config: 'tests/vitest.e2e.config.ts',
  stackOptions: { seedDemo: true, serverEnv: { JOBS_AUTORUN: 'true' } },
  env: { CHROMIUM_PATH: chromiumPath },
})
