// Pages over HTTP on the built Hub (`next start` on the county), each beside its two baselines in the same run:
// a node:http + pg server running the page's SQL, and a node:http server answering the page's own bytes.
import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ensureBuilt } from '../build.mjs'
import { freePort } from '../postgres.mjs'
import { startNext, waitForHttp } from '../server.mjs'
import { concurrent, quantile, request, round, sequential, settle } from './http.mjs'
import { benchPages, discoverContext } from './pages.mjs'

/** A run's figures without its raw samples (kept out of the results file). */
const withoutTimes = ({ times, ...figures }) => figures

async function signIn(base, email, password) {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = await res.json()
  if (!res.ok || !body.token) throw new Error(`Signing in as ${email} failed: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`)
  return `payload-token=${body.token}`
}

export function startBaseline(mode, config, dir) {
  const file = path.join(dir, `${mode}.json`)
  writeFileSync(file, JSON.stringify(config))
  const child = fork(path.join(import.meta.dirname, 'baselineServer.mjs'), [mode], {
    env: { ...process.env, BASELINE_CONFIG: file },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child))
    child.once('exit', (code) => reject(new Error(`the ${mode} baseline server exited with ${code}`)))
  })
}

/** A server busy with a backlog may not stop on SIGTERM: it is killed after `graceMs`. */
export const stopChild = (child, graceMs = 5_000) =>
  new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve()
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })

/** Asserts a response is the page with its real content; returns its body. */
function checkPage(page, r, who) {
  if (r.status !== 200) throw new Error(`${who} ${page.path} answered ${r.status || r.error} (expected 200)`)
  if (page.kind === 'file') {
    if (r.body.length !== page.bytes) throw new Error(`${who} ${page.path} sent ${r.body.length} bytes, the image has ${page.bytes}`)
  } else {
    const html = r.body.toString()
    for (const text of page.expect) if (!html.includes(text)) throw new Error(`${who} ${page.path} does not contain “${text}”`)
  }
  return r.body
}

/**
 * POST /api/attendances over HTTP: 20 concurrent bookings of one fresh session by the training setting's lead
 * (distinct staff), in rounds; every request's time to its 201, median and p95. The raw-SQL figure of the same work
 * is the Local API bench's (tests/bench/booking.bench.ts).
 */
async function benchBookingOverHttp({ app, db, context, password, quick, log }) {
  const CONCURRENT = 20
  const rounds = quick ? 3 : 10
  log(`› booking: ${CONCURRENT} concurrent POST /api/attendances of one session × ${rounds}`)
  const login = await (
    await fetch(`${app}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: context.training.lead.email, password }),
    })
  ).json()
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` }
  const staff = (
    await db.query('SELECT id FROM staff_members WHERE setting_id = $1 AND active ORDER BY id LIMIT $2', [context.training.setting.id, CONCURRENT])
  ).rows.map((r) => r.id)
  const course = (await db.query('SELECT id FROM training_courses ORDER BY id LIMIT 1')).rows[0].id
  const times = []
  const statuses = { booked: 0, waitlisted: 0, other: 0 }
  for (let r = 0; r < rounds + 1; r++) {
    const start = new Date(Date.now() + 14 * 86_400_000)
    const session = (
      await db.query(
        `INSERT INTO training_sessions (course_id, starts_at, ends_at, mode, venue, capacity, waiting_list_size, status)
         VALUES ($1, $2, $3, 'in-person', 'County Education Centre, Preston', 15, 10, 'scheduled') RETURNING id`,
        [course, start, new Date(start.getTime() + 7_200_000)],
      )
    ).rows[0].id
    const results = await Promise.all(
      staff.map(async (id) => {
        const t0 = performance.now()
        const res = await fetch(`${app}/api/attendances?depth=0`, { method: 'POST', headers, body: JSON.stringify({ session, staffMember: id }) })
        const body = await res.json().catch(() => ({}))
        return { ms: performance.now() - t0, status: res.status, booking: body.doc?.status }
      }),
    )
    if (r === 0) continue // warm-up
    for (const x of results) {
      if (x.status !== 201) throw new Error(`A booking answered ${x.status} (expected 201)`)
      times.push(x.ms)
      statuses[x.booking === 'booked' || x.booking === 'waitlisted' ? x.booking : 'other']++
    }
  }
  times.sort((a, b) => a - b)
  const figures = { concurrent: CONCURRENT, rounds, requests: times.length, p50: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)), statuses }
  log(`    p50 ${figures.p50} ms, p95 ${figures.p95} ms (${statuses.booked} booked, ${statuses.waitlisted} waitlisted)`)
  return figures
}

/**
 * Runs the page benchmark. `db` is a pg Pool on the bench's copy of the county. Returns { context, pages, image }.
 */
export async function benchPagesOverHttp({ db, databaseURL, mediaDir, password, quick, only, workDir, log = console.log }) {
  const context = await discoverContext(db)
  let pages = benchPages(context).filter((p) => (only ? only.includes(p.key) : !quick || p.quick))
  const skipped = []
  // A slow page stops early (at least 10 requests) so that a run stays bounded.
  const single = quick ? { n: 10, warmup: 2, maxSeconds: 10 } : { n: 50, warmup: 5, maxSeconds: 60 }
  const seconds = quick ? { app: 5, raw: 5, static: 5 } : { app: 30, raw: 15, static: 10 }
  mkdirSync(workDir, { recursive: true })

  await ensureBuilt()
  const [port, rawPort, staticPort] = [await freePort(), await freePort(), await freePort()]
  const app = `http://127.0.0.1:${port}`
  log(`› next start on the county (JOBS_AUTORUN=false, MEDIA_DIR=${mediaDir})`)
  const env = {
    DATABASE_URL: databaseURL,
    // One secret for every start, so that the sessions signed in below survive a restart.
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    SERVER_URL: `http://localhost:${port}`,
    JOBS_AUTORUN: 'false',
    MEDIA_DIR: mediaDir,
    MAIL_DIR: path.join(workDir, 'mail'),
  }
  let serverLog = ''
  let next = null
  const startHub = async () => {
    next = startNext({ port, quiet: true, env })
    next.stdout.on('data', (d) => (serverLog += d))
    next.stderr.on('data', (d) => (serverLog += d))
    await waitForHttp(`${app}/`)
  }
  const children = []
  // Ctrl-C or a kill of the bench stops its servers too (PostgreSQL's own orphan is stopped by the next start).
  const onSignal = () => {
    for (const child of [next, ...children]) child?.kill('SIGKILL')
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    await startHub()
    const cookies = { lead: await signIn(app, context.lead.email, password), admin: await signIn(app, context.admin.email, password) }
    if (context.training) cookies.trainingLead = await signIn(app, context.training.lead.email, password)
    // Portal pages read the payload-token cookie only on a same-origin request (STACK-NOTES pitfall 25).
    const headersFor = (page) => (page.as ? { cookie: cookies[page.as], 'sec-fetch-site': 'same-origin' } : {})

    log('› Checking that every page answers 200 with its real content')
    const bodies = {}
    for (const page of [...pages]) {
      const first = await request(`${app}${page.path}`, { headers: headersFor(page), keepBody: true, timeoutMs: 120_000 })
      if (page.optional && first.status === 404) {
        skipped.push(`${page.key} (${page.path}): the Hub answers 404 — the page is not on this branch yet, so it was not measured.`)
        log(`  ${page.path} answers 404: skipped (not built on this branch)`)
        pages = pages.filter((p) => p !== page)
        continue
      }
      const body = checkPage(page, first, 'The Hub:')
      const file = path.join(workDir, `${page.key}.body`)
      writeFileSync(file, body)
      bodies[page.path] = { type: page.kind === 'file' ? 'image/jpeg' : 'text/html; charset=utf-8', file, bytes: body.length }
    }
    children.push(await startBaseline('raw', { port: rawPort, context, databaseURL, mediaDir }, workDir))
    children.push(await startBaseline('static', { port: staticPort, bodies }, workDir))
    const rawBase = `http://127.0.0.1:${rawPort}`
    const staticBase = `http://127.0.0.1:${staticPort}`
    const rawBytes = {}
    for (const page of pages)
      rawBytes[page.key] = checkPage(
        page,
        await request(`${rawBase}${page.path}`, { headers: headersFor(page), keepBody: true }),
        'The raw-SQL baseline:',
      ).length

    const results = []
    for (const page of pages) {
      const headers = headersFor(page)
      log(`› ${page.key} (${page.path})`)
      const entry = {
        key: page.key,
        path: page.path,
        kind: page.kind,
        as: page.as ?? 'visitor',
        bytes: { app: bodies[page.path].bytes, raw: rawBytes[page.key] },
      }
      entry.single = {
        app: withoutTimes(await sequential(`${app}${page.path}`, { headers, ...single })),
        raw: withoutTimes(await sequential(`${rawBase}${page.path}`, { headers, ...single })),
        static: withoutTimes(await sequential(`${staticBase}${page.path}`, { headers, ...single })),
      }
      log(
        `    1 connection  p50/p95 ms: app ${entry.single.app.p50}/${entry.single.app.p95}  raw SQL ${entry.single.raw.p50}/${entry.single.raw.p95}  static ${entry.single.static.p50}/${entry.single.static.p95}`,
      )
      entry.concurrent = { app: await concurrent(`${app}${page.path}`, { headers, seconds: seconds.app }) }
      if (entry.concurrent.app.timeouts || entry.concurrent.app.unanswered) {
        // A collapsed server keeps rendering the abandoned requests for minutes: start it afresh for the next
        // measurement rather than timing that backlog.
        entry.restartedAfterLoad = true
        await stopChild(next, 1_000)
        await startHub()
      } else await settle(`${app}${page.path}`, { headers })
      entry.concurrent.raw = await concurrent(`${rawBase}${page.path}`, { headers, seconds: seconds.raw })
      entry.concurrent.static = await concurrent(`${staticBase}${page.path}`, { headers, seconds: seconds.static })
      const c = entry.concurrent
      log(
        `    50 connections: app ${c.app.requestsPerSecond} req/s p99 ${c.app.p99} ms (${c.app.answered} of ${c.app.sent} answered, ${c.app.errors} errors, ${c.app.timeouts} timeouts, ${c.app.non2xx} non-2xx)` +
          `  raw SQL ${c.raw.requestsPerSecond} req/s p99 ${c.raw.p99} ms  static ${c.static.requestsPerSecond} req/s p99 ${c.static.p99} ms`,
      )
      results.push(entry)
    }

    // Is an image request's time independent of how many case studies are published? The same request with the
    // full county published and with all but 50 case studies (the image's own kept) unpublished — images' `public`
    // flags brought up to date as moderation would — measured in alternating rounds, so that neither state gets
    // the server warmer or quieter than the other.
    let image = null
    const imagePage = pages.find((p) => p.key === 'image')
    if (imagePage) {
      log('› image file: full county vs. most case studies unpublished (alternating rounds)')
      const url = `${app}${imagePage.path}`
      const published = async () => (await db.query('SELECT count(*)::int AS n FROM case_studies WHERE published_live')).rows[0].n
      const refreshPublic = () =>
        db.query(`UPDATE media m SET public = EXISTS (SELECT 1 FROM case_studies_rels r JOIN case_studies cs ON cs.id = r.parent_id
          WHERE r.path = 'published.images' AND r.media_id = m.id AND cs.published_live = true)`)
      const counts = { full: await published(), few: 0 }
      const times = { full: [], few: [] }
      const rounds = 4
      const perRound = { ...single, n: Math.max(10, Math.ceil(single.n / rounds)), warmup: 3 }
      for (let round = 0; round < rounds; round++) {
        times.full.push(...(await sequential(url, perRound)).times)
        const { rows } = await db.query(
          `UPDATE case_studies SET published_live = false WHERE published_live AND id <> $1
             AND id NOT IN (SELECT id FROM case_studies WHERE published_live ORDER BY id LIMIT 49) RETURNING id`,
          [context.caseStudy.id],
        )
        await refreshPublic()
        try {
          checkPage(imagePage, await request(url, { keepBody: true }), 'The Hub (few published):')
          counts.few = await published()
          times.few.push(...(await sequential(url, perRound)).times)
        } finally {
          await db.query('UPDATE case_studies SET published_live = true WHERE id = ANY($1)', [rows.map((r) => r.id)])
          await refreshPublic()
        }
      }
      const stats = (list) => {
        const sorted = [...list].sort((a, b) => a - b)
        return { requests: sorted.length, p50: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)) }
      }
      const full = { published: counts.full, ...stats(times.full) }
      const few = { published: counts.few, ...stats(times.few) }
      image = { full, few, ratio: few.p50 ? Math.round((full.p50 / few.p50) * 100) / 100 : null }
      log(`    ${full.published} published: p50 ${full.p50} ms · ${few.published} published: p50 ${few.p50} ms`)
    }
    const booking = context.training && (!only || only.includes('booking')) ? await benchBookingOverHttp({ app, db, context, password, quick, log }) : null
    return { context, pages: results, image, booking, skipped }
  } catch (error) {
    if (process.env.HUB_TEST_VERBOSE) console.error(serverLog)
    throw error
  } finally {
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
    for (const child of children) await stopChild(child)
    await stopChild(next)
  }
}
