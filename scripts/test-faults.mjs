// `npm run test:faults`: fault tests with real processes (tests/faults/) — the mail server down during a burst of
// email, PostgreSQL stopped and restarted under a burst of writes, hooks that throw, concurrent duplicates — against
// a fresh PostgreSQL and the served Hub started here. Extra arguments go to vitest.
import { ensureInstalled } from './lib/install.mjs'

await ensureInstalled()
const { runVitestAgainstStack } = await import('./lib/testStack.mjs')
// As in `npm test`, the tests run the queued jobs themselves, delivering to their own SMTP sink; the database-outage
// file serves a second Hub on a PostgreSQL of its own, which it stops and starts.
await runVitestAgainstStack({ config: 'tests/vitest.faults.config.ts', stackOptions: { serverEnv: { JOBS_AUTORUN: 'false' } }, env: { JOBS_AUTORUN: 'false' } })
