// `npm test`: unit and integration tests against a real PostgreSQL and the running Hub, started here.
// Extra arguments go to vitest (e.g. `npm test -- tests/unit`).
import { ensureInstalled } from './lib/install.mjs'

await ensureInstalled()
const { runVitestAgainstStack } = await import('./lib/testStack.mjs')
// The tests run queued jobs themselves (and deliver to their own SMTP sink), so the server must not.
await runVitestAgainstStack({ config: 'tests/vitest.config.ts', stackOptions: { serverEnv: { JOBS_AUTORUN: 'false' } }, env: { JOBS_AUTORUN: 'false' } })
