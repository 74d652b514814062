// `npm run test:e2e`: browser tests (Debian's chromium driven by playwright-core) against the Hub served over real
// HTTP, on a fresh database with the demo settings and accounts seeded. Extra arguments go to vitest.
import { existsSync } from 'node:fs'
import path from 'node:path'

import { ensureInstalled, root } from './lib/install.mjs'
import { run } from './lib/run.mjs'

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!existsSync(chromiumPath)) {
  console.error(`No Chromium at ${chromiumPath}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  process.exit(1)
}

await ensureInstalled()
const { startTestStack } = await import('./lib/testStack.mjs')
// Queued email stays queued: the browser tests only see that a reset was asked for (email has its own tests).
const stack = await startTestStack({ seedDemo: true, serverEnv: { JOBS_AUTORUN: 'false' } })
let code = 0
try {
  await run(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'tests/vitest.e2e.config.ts', ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, ...stack.env, CHROMIUM_PATH: chromiumPath },
  })
} catch (error) {
  console.error(error.message)
  if (process.env.HUB_TEST_VERBOSE) console.error(stack.serverLog())
  code = 1
} finally {
  await stack.stop()
}
process.exit(code)
