// `npm test`: unit and integration tests against a real PostgreSQL and the running Hub, started here.
// Extra arguments go to vitest (e.g. `npm test -- tests/unit`).
import path from 'node:path'

import { ensureInstalled, root } from './lib/install.mjs'
import { run } from './lib/run.mjs'

await ensureInstalled()
const { startTestStack } = await import('./lib/testStack.mjs')
const stack = await startTestStack({ serverEnv: { JOBS_AUTORUN: 'false' } })
let code = 0
try {
  await run(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, ...stack.env, JOBS_AUTORUN: 'false' },
  })
} catch (error) {
  console.error(error.message)
  if (process.env.HUB_TEST_VERBOSE) console.error(stack.serverLog())
  code = 1
} finally {
  await stack.stop()
}
process.exit(code)
