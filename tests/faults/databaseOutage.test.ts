/**
 * PostgreSQL stopped and restarted during a burst of writes over HTTP, against a Hub served on a PostgreSQL of its
 * own (the shared test database is never touched): every write answered 2xx is stored; requests during the outage
 * fail fast with a 503 and a message a person understands; the same server process recovers, jobs included.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrate, payloadCli as runPayloadCli } from '../../scripts/lib/payloadCli.mjs'
import { freePort, startEmbeddedPostgres } from '../../scripts/lib/postgres.mjs'
import { startNext, waitForHttp } from '../../scripts/lib/server.mjs'

// The script's options are inferred from its defaults, which leave `expect` out.
const payloadCli = runPayloadCli as (args: string[], options: { env?: Record<string, string>; expect?: RegExp }) => Promise<string>

const WRITERS = 6
const OUTAGE_MS = 4_000
/** "Fail fast": no request may take longer than this while the database is down. */
const FAST_MS = 5_000
const LEAD = 'lead@brookside.example.org'
const PASSWORD = 'compassionate-demo'

let tmp: string
let db: Awaited<ReturnType<typeof startEmbeddedPostgres>>
let server: ChildProcess
let base: string
let serverLog = ''
let mailDir: string

interface Attempt {
  name: string
  startedAt: number
  ms: number
  status: number
  body: unknown
}

const request = async (method: string, url: string, init: { token?: string; json?: unknown; accept?: string } = {}) => {
  const headers: Record<string, string> = {}
  if (init.token) headers.Authorization = `JWT ${init.token}`
  if (init.json !== undefined) headers['Content-Type'] = 'application/json'
  if (init.accept) headers.Accept = init.accept
  const t0 = performance.now()
  try {
    const res = await fetch(`${base}${url}`, {
      method,
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    })
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      /* a page */
    }
    return { status: res.status, body, ms: performance.now() - t0, headers: res.headers }
  } catch (error) {
    // 0: no answer at all (a refused connection, or the 30 s timeout: a hang).
    return { status: 0, body: String(error), ms: performance.now() - t0, headers: new Headers() }
  }
}

const signIn = async (): Promise<string> => {
  const res = await request('POST', '/api/users/login', { json: { email: LEAD, password: PASSWORD } })
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`)
  return (res.body as { token: string }).token
}

const storedNames = async (): Promise<Set<string>> => {
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>("SELECT name FROM staff_members WHERE name LIKE 'Outage writer %'")
    return new Set(rows.map((r) => r.name))
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'hub-faults-db-'))
  // Persistent, so that stopping the server keeps its data (as a real database restart does).
  db = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), database: 'hub_faults', persistent: true })
  const port = await freePort()
  mailDir = path.join(tmp, 'mail')
  const env = {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    SERVER_URL: `http://localhost:${port}`,
    MAIL_DIR: mailDir,
    MEDIA_DIR: path.join(tmp, 'media'),
    EXPORT_DIR: path.join(tmp, 'exports'),
    DEMO_PASSWORD: PASSWORD,
    SMTP_URL: '',
    // One worker, which runs the queued jobs itself: the jobs runner must recover too.
    HUB_WORKERS: '1',
    JOBS_AUTORUN: 'true',
  }
  const t0 = performance.now()
  await migrate(db.url)
  const migrated = performance.now()
  // The demo accounts are seeded while the server starts.
  server = startNext({ port, env, quiet: true })
  server.stdout?.on('data', (d) => (serverLog += d))
  server.stderr?.on('data', (d) => (serverLog += d))
  base = `http://127.0.0.1:${port}`
  await Promise.all([payloadCli(['run', 'src/seed/cli.ts'], { env: { ...env, NODE_ENV: 'development' }, expect: /Seed/ }), waitForHttp(`${base}/`)])
  console.log(
    `Database outage: own PostgreSQL migrated in ${Math.round(migrated - t0)} ms, seeded and served in ${Math.round(performance.now() - migrated)} ms`,
  )
})

afterAll(async () => {
  if (server && server.exitCode === null) {
    await new Promise((resolve) => {
      server.once('exit', resolve)
      server.kill('SIGTERM')
    })
  }
  await db?.stop()
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('PostgreSQL stopped and restarted during a burst of writes', () => {
  it('keeps every acknowledged write, answers the outage with a fast 503, and recovers without a restart', async () => {
    const token = await signIn()
    const attempts: Attempt[] = []
    let running = true
    let counter = 0
    const writer = async () => {
      while (running) {
        const name = `Outage writer ${++counter}`
        const startedAt = Date.now()
        const res = await request('POST', '/api/staff-members', { token, json: { name, jobRole: 'Teaching assistant' } })
        attempts.push({ name, startedAt, ms: res.ms, status: res.status, body: res.body })
        // A client that is told "unavailable" waits a moment before it tries again.
        if (res.status >= 500 || res.status === 0) await new Promise((r) => setTimeout(r, 200))
      }
    }
    const writers = Array.from({ length: WRITERS }, writer)

    await new Promise((r) => setTimeout(r, 2_000))
    const stopAt = Date.now()
    await db.server.stop()
    const stoppedAt = Date.now()

    // While it is down: a REST read, a portal page and a sign-in answer quickly and say what is wrong.
    const read = await request('GET', '/api/staff-members?limit=1', { token })
    const page = await request('GET', '/community', { accept: 'text/html' })
    const login = await request('POST', '/api/users/login', { json: { email: LEAD, password: PASSWORD } })
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))))

    await db.server.start()
    const restartedAt = Date.now()
    // The writers go on; the app must take writes again within seconds, on its own.
    let recoveredAt = 0
    while (!recoveredAt && Date.now() - restartedAt < 30_000) {
      await new Promise((r) => setTimeout(r, 250))
      recoveredAt = attempts.find((a) => a.startedAt >= restartedAt && a.status === 201)?.startedAt ?? 0
    }
    await new Promise((r) => setTimeout(r, 2_000))
    running = false
    await Promise.all(writers)

    const acknowledged = attempts.filter((a) => a.status >= 200 && a.status < 300)
    const refused = attempts.filter((a) => !(a.status >= 200 && a.status < 300))
    const duringOutage = attempts.filter((a) => a.startedAt >= stoppedAt && a.startedAt < restartedAt)
    const slowest = Math.max(...duringOutage.map((a) => a.ms), read.ms, page.ms, login.ms)
    console.log(
      `Database outage: ${attempts.length} writes by ${WRITERS} writers; ${acknowledged.length} acknowledged, ${refused.length} refused ` +
        `(${[...new Set(refused.map((a) => a.status))].join(', ') || 'none'}); outage ${restartedAt - stopAt} ms; ` +
        `slowest answer during it ${Math.round(slowest)} ms; writes again ${recoveredAt - restartedAt} ms after the restart; ` +
        `page during the outage ${page.status}, REST read ${read.status}, sign-in ${login.status}; load ${os.loadavg()[0].toFixed(2)}`,
    )
    for (const a of refused.filter((r) => r.status !== 503)) {
      console.log(`  ${a.status} at ${a.startedAt - stopAt} ms after the stop (restart at ${restartedAt - stopAt} ms): ${JSON.stringify(a.body).slice(0, 200)}`)
    }

    // Every acknowledged write is stored.
    const stored = await storedNames()
    expect(acknowledged.filter((a) => !stored.has(a.name)).map((a) => a.name)).toEqual([])
    expect(acknowledged.length).toBeGreaterThan(WRITERS)

    // The outage was answered, fast, with a 503 and a plain message: never a hang, a bare 500 or a dropped connection.
    expect(duringOutage.length).toBeGreaterThan(0)
    expect(refused.map((a) => a.status).filter((s) => s !== 503)).toEqual([])
    for (const a of refused) expect(JSON.stringify(a.body)).toContain('temporarily unavailable')
    expect(slowest).toBeLessThan(FAST_MS)
    for (const res of [read, login]) {
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBeTruthy()
      expect(JSON.stringify(res.body)).toContain('The Hub is temporarily unavailable')
    }
    // A page says so too, with a 503 from the proxy (a page of its own, readable without JavaScript: Next.js could
    // only send the site's error page as a 500 that the browser draws).
    expect(page.status).toBe(503)
    expect(page.headers.get('retry-after')).toBeTruthy()
    expect(String(page.body)).toContain('The Hub is temporarily unavailable')

    // It recovered by itself: writes were taken again, every write after that succeeded, and the server never restarted.
    expect(recoveredAt).toBeGreaterThan(0)
    expect(attempts.filter((a) => a.startedAt >= recoveredAt && a.status !== 201)).toEqual([])
    expect(serverLog).not.toMatch(/Hub worker \d+ stopped/)
    expect((await request('GET', '/api/staff-members?limit=1', { token })).status).toBe(200)
    expect((await request('GET', '/community', { accept: 'text/html' })).status).toBe(200)
    // Signing in (its request limits are counted in PostgreSQL) and a signed-in page work again too.
    const again = await request('POST', '/api/users/login', { json: { email: LEAD, password: PASSWORD } })
    expect(again.status).toBe(200)
    const dashboard = await fetch(`${base}/dashboard`, {
      headers: { Cookie: `payload-token=${(again.body as { token: string }).token}`, 'Sec-Fetch-Site': 'same-origin' },
      redirect: 'manual',
    })
    expect(dashboard.status).toBe(200)
  })

  it('runs queued jobs again after the restart: an email asked for afterwards is delivered', async () => {
    const asked = await request('POST', '/api/users/forgot-password', { json: { email: LEAD } })
    expect(asked.status).toBe(200)
    const deadline = Date.now() + 30_000
    let files: string[] = []
    while (Date.now() < deadline) {
      files = existsSync(mailDir)
        ? readdirSync(mailDir).filter(
            (f) => f.endsWith('.eml') && readFileSync(path.join(mailDir, f), 'utf8').includes('Reset your Compassionate Schools Hub password'),
          )
        : []
      if (files.length) break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(files.length).toBeGreaterThan(0)
  })
})
