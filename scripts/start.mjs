// `npm start` (and `npm run dev`): install if needed, start PostgreSQL, migrate, seed, build, serve.
// Uses only Node built-ins until dependencies are installed.
import path from 'node:path'

import { ensureBuilt } from './lib/build.mjs'
import { dataDir, ensureSecret, loadDotEnv } from './lib/env.mjs'
import { ensureInstalled } from './lib/install.mjs'

const dev = process.argv.includes('--dev')
await ensureInstalled()
loadDotEnv()
ensureSecret()

const { migrate, payloadCli } = await import('./lib/payloadCli.mjs')
const { startEmbeddedPostgres } = await import('./lib/postgres.mjs')
const { startNext, waitForHttp } = await import('./lib/server.mjs')

const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || '127.0.0.1'
process.env.PORT = String(port)
process.env.SERVER_URL ||= `http://localhost:${port}`

let db
if (!process.env.DATABASE_URL) {
  console.log('› Starting the embedded PostgreSQL (data in .data/postgres)')
  db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), database: 'hub' })
  process.env.DATABASE_URL = db.url
}

let next
let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  if (next && next.exitCode === null) {
    next.kill('SIGTERM')
    await new Promise((r) => next.once('exit', r))
  }
  if (db) await db.stop()
  process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

try {
  console.log('› Applying database migrations')
  await migrate(process.env.DATABASE_URL)
  console.log('› Seeding an empty database')
  process.stdout.write(await payloadCli(['run', 'src/seed/cli.ts'], { expect: /Seed/ }))
  if (!dev) await ensureBuilt()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await stop(1)
}

next = startNext({ port, host, dev })
next.on('exit', (code) => {
  if (!stopping) {
    console.error(`The Hub's server stopped (exit ${code}).`)
    stop(code ?? 1)
  }
})
await waitForHttp(`http://127.0.0.1:${port}/`)
const password = process.env.DEMO_PASSWORD || 'compassionate-demo'
console.log(`
  The Compassionate Schools Hub is running.

    Hub:          ${process.env.SERVER_URL}
    Admin panel:  ${process.env.SERVER_URL}/admin

  Demo logins (password: ${password}) — created on an empty database outside production:
    admin@service.example.org      service admin   (admin panel)
    trainer@service.example.org    service staff   (admin panel)
    lead@brookside.example.org     setting lead    Brookside Primary School
    staff@brookside.example.org    setting staff   Brookside Primary School
    lead@pendlevale.example.org    setting lead    Pendle Vale High School
    lead@ribblevalley.example.org  setting lead    Ribble Valley College
    lead@1199011.example.org       setting lead    Oakfield Primary School

  The award in the demo (admin panel: Awards overview):
    Brookside Primary School   achieved, with a certificate (/award/certificate; /verify/<code>)
    Ribble Valley College      close: all but the service's visit (tick it on the award in the admin panel)
    Oakfield Primary School    just started: one self-assessment
    Pendle Vale High School    under way

  Email is written to .data/mail/ unless SMTP_URL is set. Press Ctrl-C to stop.
`)
