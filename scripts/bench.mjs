// `npm run bench`: measures the Hub's hot paths at county scale against a raw-SQL baseline of the same work.
// Starts its own PostgreSQL, migrates, loads ~650 settings, then runs tests/bench/*.bench.ts through vitest.
import path from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { randomBytes } from 'node:crypto'

import { ensureInstalled, root } from './lib/install.mjs'
import { run } from './lib/run.mjs'

await ensureInstalled()
const { startEmbeddedPostgres } = await import('./lib/postgres.mjs')
const { migrate } = await import('./lib/payloadCli.mjs')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'))
const db = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), database: 'hub_bench', persistent: false })
let code = 0
try {
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
  const env = { ...process.env, DATABASE_URL: db.url, MAIL_DIR: path.join(tmp, 'mail'), MEDIA_DIR: path.join(tmp, 'media'), JOBS_AUTORUN: 'false' }
  await migrate(db.url)
  await run(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'tests/vitest.bench.config.ts', ...process.argv.slice(2)], { cwd: root, env })
} catch (error) {
  console.error(error.message)
  code = 1
} finally {
  await db.stop()
  rmSync(tmp, { recursive: true, force: true })
}
process.exit(code)
