// Regenerates what Payload derives from the config: types, the admin import map, and a migration for any schema change.
// Usage: npm run generate [-- migration-name]
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureSecret } from './lib/env.mjs'
import { ensureInstalled } from './lib/install.mjs'
import { migrate, payloadCli } from './lib/payloadCli.mjs'
import { startEmbeddedPostgres } from './lib/postgres.mjs'

await ensureInstalled()
ensureSecret()
const name = process.argv[2] || 'schema'
const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-generate-'))
const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'hub', persistent: false })
try {
  const env = { DATABASE_URL: db.url }
  process.stdout.write(await payloadCli(['generate:types'], { env, expect: /Types written|Compiling TS types/i }))
  process.stdout.write(await payloadCli(['generate:importmap'], { env, expect: /import ?map/i }))
  process.stdout.write(await migrate(db.url))
  // With --skip-empty and no schema change, Payload 3.90 exits right after "DOWN statements generation complete"
  // without printing anything else (no "No schema changes" line): that line is the proof it ran.
  process.stdout.write(
    await payloadCli(['migrate:create', name, '--skip-empty'], { env, expect: /(Migration created|No schema changes|DOWN statements generation complete)/i }),
  )
} finally {
  await db.stop()
  rmSync(dir, { recursive: true, force: true })
}
