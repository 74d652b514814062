// The whole-product load mix over HTTP (`npm run bench -- --only mix`): one `next start` process, then two behind a
// round-robin balancer, on the same copy of the county; each closed-loop (no think time) and with a person's think
// time; beside the node:http ceiling (the static baseline answering the dashboard's bytes under the same 50
// connections). Records the load average and the database's connections (pg_stat_activity) during every run.
import { fork, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { ensureBuilt } from '../build.mjs'
import { root } from '../install.mjs'
import { freePort } from '../postgres.mjs'
import { startNext, waitForHttp } from '../server.mjs'
import { concurrent, round } from './http.mjs'
import { chooseUsers, LEAD_MIX, requestFor, runMix, SERVICE_MIX, seeded, serverActionIds, signInAll } from './mix.mjs'
import { startBaseline, stopChild } from './pagesBench.mjs'

const withoutNodeEnv = ({ NODE_ENV, ...env }) => env
const load = () => os.loadavg().map((l) => Math.round(l * 100) / 100)

/** Samples the bench database's connections every second: the most seen in all, running a query, idle inside a
 * transaction (the app's thread busy elsewhere), and waiting on a lock. */
function watchConnections(db, database) {
  const seen = { samples: 0, maxTotal: 0, maxActive: 0, maxIdleInTransaction: 0, maxWaitingOnLock: 0, meanActive: 0 }
  let active = 0
  const timer = setInterval(async () => {
    try {
      const { rows } = await db.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE state = 'active')::int AS active,
           count(*) FILTER (WHERE state = 'idle in transaction')::int AS in_transaction,
           count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS lock
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [database],
      )
      const r = rows[0]
      seen.samples++
      active += r.active
      seen.maxTotal = Math.max(seen.maxTotal, r.total)
      seen.maxActive = Math.max(seen.maxActive, r.active)
      seen.maxWaitingOnLock = Math.max(seen.maxWaitingOnLock, r.lock)
      seen.maxIdleInTransaction = Math.max(seen.maxIdleInTransaction, r.in_transaction)
    } catch {}
  }, 1_000)
  return () => {
    clearInterval(timer)
    seen.meanActive = seen.samples ? round(active / seen.samples) : 0
    return seen
  }
}

/** One request with the given Host header (fetch would name the address it connects to). */
const send = (url, { method, headers, body }) =>
  new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString() }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })

/** Checks every kind of request once for a lead and a service user before any timing: each must succeed. */
async function checkMix(db, base, origin, users, world) {
  const failures = []
  const lead = users.find((u) => u.kind === 'lead')
  const service = users.find((u) => u.kind === 'service')
  const random = seeded(1)
  for (const [user, kinds] of [
    [lead, Object.keys(LEAD_MIX)],
    [service, Object.keys(SERVICE_MIX)],
  ]) {
    for (const kind of kinds) {
      const r = requestFor(kind, user, { ...world, origin }, random)
      const res = await send(`${base}${r.path}`, r)
      const outcome = r.check(res.status, res.text, res.headers)
      if (outcome.startsWith('error')) failures.push(`${user.email} ${kind} ${r.method} ${r.path}: ${outcome} ${res.text.slice(0, 300)}`)
      // An autosave that answers "saved" must have saved the answer in the setting's draft.
      if (r.stored) {
        const { rows } = await db.query(
          `SELECT x.value FROM assessments_answers x JOIN assessments a ON a.id = x._parent_id WHERE a.setting_id = $1 AND a.status = 'draft' AND x.question_id = $2`,
          [user.setting, r.stored.question],
        )
        if (rows[0]?.value !== r.stored.value)
          failures.push(`${user.email} autosave: the draft holds ${rows[0]?.value} for question ${r.stored.question}, not ${r.stored.value}`)
      }
    }
  }
  if (failures.length) throw new Error(`The mix's requests do not all succeed:\n${failures.join('\n')}`)
}

/**
 * Where the profiled instance's thread spent its time, from the V8 CPU profile `--cpu-prof` wrote when it stopped
 * (the busiest profile: the `next start` worker, not the idle cluster primary): how busy the thread was in each 10 s
 * of its life, and its busy time by file group and by function (top 25).
 */
export function summariseProfiles(dir) {
  const profiles = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')))
  const idleOf = (p) => new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id))
  const busyOf = (p) => {
    const idle = idleOf(p)
    return p.samples.reduce((ms, id, i) => ms + (idle.has(id) ? 0 : p.timeDeltas[i] / 1000), 0)
  }
  const profile = profiles.sort((a, b) => busyOf(b) - busyOf(a))[0]
  const idle = idleOf(profile)
  const windows = []
  let t = 0
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] / 1000
    const w = Math.floor(t / 10_000)
    windows[w] ??= { busy: 0, all: 0 }
    windows[w].all += profile.timeDeltas[i] / 1000
    if (!idle.has(id)) windows[w].busy += profile.timeDeltas[i] / 1000
  })
  const hits = new Map(profile.nodes.map((n) => [n.id, 0]))
  profile.samples.forEach((id, i) => {
    hits.set(id, hits.get(id) + profile.timeDeltas[i] / 1000)
  })
  const self = new Map()
  const groups = new Map()
  let busy = 0
  for (const node of profile.nodes) {
    const ms = hits.get(node.id)
    if (!ms || idle.has(node.id)) continue
    const { functionName, url } = node.callFrame
    const where = url.replace(/^file:\/\//, '').replace(`${root}/`, '')
    const pkg = where.split('node_modules/').at(-1)
    const group = !url
      ? `(${functionName || 'native'})`
      : where.startsWith('.next/server/chunks/ssr/')
        ? 'the Hub’s server chunks (its code, Payload, drizzle, React components)'
        : where.includes('next/dist/compiled/next-server/')
          ? 'Next.js server runtime (React’s server rendering inside)'
          : where.includes('node_modules/')
            ? pkg
                .split('/')
                .slice(0, pkg.startsWith('@') ? 2 : 1)
                .join('/')
            : where.startsWith('node:')
              ? 'Node.js built-ins (async hooks, streams, http)'
              : where
    const name = `${functionName || '(anonymous)'} ${where.split('/').slice(-2).join('/')}`
    self.set(name, (self.get(name) ?? 0) + ms)
    groups.set(group, (groups.get(group) ?? 0) + ms)
    busy += ms
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((1000 * ms) / busy) / 10 }))
  return {
    busyMs: Math.round(busy),
    busyPer10s: windows.map((w) => (w ? Math.round((100 * w.busy) / w.all) : 0)),
    groups: top(groups, 12),
    functions: top(self, 25),
  }
}

export async function benchMix({ db, databaseURL, mediaDir, password, quick, workDir, profile = false, workers = 0, log = console.log }) {
  const seconds = quick ? 10 : 60
  const think = [1_000, 3_000]
  mkdirSync(workDir, { recursive: true })
  await ensureBuilt()
  const actions = serverActionIds()
  const world = { ...(await chooseUsers(db)), actions }
  const database = new URL(databaseURL).pathname.slice(1)
  const [portA, portB, portLB, portStatic] = [await freePort(), await freePort(), await freePort(), await freePort()]
  const secret = randomBytes(32).toString('hex')
  const origin = `http://localhost:${portLB}`
  const hubs = []
  const children = []
  const profileDir = path.join(workDir, 'profile')
  const startHub = async (port, { cpuProfile = false, processes = 1 } = {}) => {
    const env = {
      DATABASE_URL: databaseURL,
      PAYLOAD_SECRET: secret,
      PORT: String(port),
      // Both instances answer to the one public address (the balancer's), as behind a real load balancer.
      SERVER_URL: origin,
      JOBS_AUTORUN: 'false',
      // One `next start` process per instance (serve-cluster.mjs would otherwise start one per core).
      HUB_WORKERS: String(processes),
      MEDIA_DIR: mediaDir,
      MAIL_DIR: path.join(workDir, 'mail'),
    }
    // V8 writes a thread's CPU profile when its process stops; --cpu-prof is refused in NODE_OPTIONS, so the
    // profiled instance is started here with it (cluster workers inherit the primary's flags).
    const child = cpuProfile
      ? spawn(
          process.execPath,
          ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, path.join(root, 'scripts', 'lib', 'serve-cluster.mjs'), '-p', String(port), '-H', '127.0.0.1'],
          {
            cwd: root,
            env: { ...withoutNodeEnv(process.env), NEXT_TELEMETRY_DISABLED: '1', ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        )
      : startNext({ port, quiet: true, env })
    let output = ''
    child.stdout.on('data', (d) => (output = (output + d).slice(-4000)))
    child.stderr.on('data', (d) => (output = (output + d).slice(-4000)))
    hubs.push(child)
    await waitForHttp(`http://127.0.0.1:${port}/`)
    return () => output
  }
  const onSignal = () => {
    for (const child of [...hubs, ...children]) child?.kill('SIGKILL')
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const runs = []
  /** Untimed: the first requests of a fresh process compile and fill its caches, which no later user waits for. */
  const warmUp = async (base) => {
    log(`› warm-up: the mix for ${quick ? 5 : 15} s (not counted)`)
    await runMix({ base, origin, users: world.users, world, seconds: quick ? 5 : 15, seed: 7 })
    await new Promise((r) => setTimeout(r, 3_000))
  }
  const measure = async (name, instances, base, thinkMs, seed) => {
    log(`› ${name}: ${world.users.length} users, ${seconds} s${thinkMs[1] ? `, think time ${thinkMs[0] / 1000}–${thinkMs[1] / 1000} s` : ', no think time'}`)
    const loadBefore = load()
    const stopWatching = watchConnections(db, database)
    const figures = await runMix({ base, origin, users: world.users, world, seconds, thinkMs, seed })
    const connections = stopWatching()
    const run = { name, instances, thinkMs, loadBefore, loadAfter: load(), connections, ...figures }
    runs.push(run)
    const o = run.overall
    log(
      `    ${o.requestsPerSecond} req/s, p50/p95/p99 ${o.p50}/${o.p95}/${o.p99} ms, ${o.errors} errors (${o.timeouts} timeouts, ${o.http4xx5xx} 4xx/5xx), statuses ${JSON.stringify(o.statuses)}; load ${loadBefore.join(' ')} → ${run.loadAfter.join(' ')}; database connections max ${connections.maxTotal} (active max ${connections.maxActive}, mean ${connections.meanActive}; idle in transaction max ${connections.maxIdleInTransaction}; waiting on a lock max ${connections.maxWaitingOnLock})`,
    )
    for (const [kind, k] of Object.entries(run.kinds))
      log(
        `      ${kind.padEnd(15)} ${String(k.requests).padStart(5)} req  p50/p95/p99 ${k.p50}/${k.p95}/${k.p99} ms  ${k.errors} errors  ${JSON.stringify(k.outcomes)}`,
      )
    // Let the instances finish what the run left them before the next one starts.
    await new Promise((r) => setTimeout(r, 5_000))
  }
  try {
    log(`› next start × 1 on the county (JOBS_AUTORUN=false, HUB_WORKERS=${workers || 1})`)
    // `--workers N`: the first instance as `npm start` runs it, N `next start` workers sharing its port (Node's
    // cluster module), measured alone: what more processes give without the balancer's extra hop.
    const outputA = await startHub(portA, { cpuProfile: profile, processes: workers || 1 })
    const one = `http://127.0.0.1:${portA}`
    log(
      `› Signing in ${world.users.length} users once (${world.users.filter((u) => u.kind === 'lead').length} leads of different settings, ${world.users.filter((u) => u.kind === 'service').length} service users)`,
    )
    await signInAll(one, world.users, password)
    log('› Checking every kind of request once')
    await checkMix(db, one, origin, world.users, world).catch((error) => {
      log(outputA())
      throw error
    })

    // The node:http ceiling: the dashboard's own bytes answered from memory, 50 connections, no think time.
    const lead = world.users.find((u) => u.kind === 'lead')
    const dashboard = Buffer.from(
      (await send(`${one}/dashboard`, { method: 'GET', headers: { host: new URL(origin).host, cookie: lead.cookie, 'sec-fetch-site': 'same-origin' } })).text,
    )
    const file = path.join(workDir, 'dashboard.body')
    writeFileSync(file, dashboard)
    children.push(await startBaseline('static', { port: portStatic, bodies: { '/dashboard': { type: 'text/html; charset=utf-8', file } } }, workDir))
    log('› node:http ceiling (static baseline, the dashboard’s bytes, 50 connections)')
    const ceiling = {
      loadBefore: load(),
      ...(await concurrent(`http://127.0.0.1:${portStatic}/dashboard`, { seconds: quick ? 5 : 20 })),
      bytes: dashboard.length,
    }
    ceiling.loadAfter = load()
    log(`    ${ceiling.requestsPerSecond} req/s, p99 ${ceiling.p99} ms`)

    await warmUp(one)
    if (profile) {
      // The profiled run: one instance, think time; the profile covers the warm-up and the run (and start-up).
      await measure('one instance, think time, CPU-profiled', 1, one, think, 2)
      await stopChild(hubs[0], 15_000)
      const summary = summariseProfiles(profileDir)
      log(`› The instance's thread, busy % in each 10 s of its life: ${summary.busyPer10s.join(' ')}; its ${summary.busyMs} ms busy went to:`)
      for (const g of summary.groups) log(`    ${String(g.share).padStart(5)} %  ${g.name}`)
      for (const f of summary.functions) log(`    ${String(f.share).padStart(5)} %  ${f.name}`)
      return { mix: { users: world.users.length, leadMix: LEAD_MIX, serviceMix: SERVICE_MIX, runs, profile: summary } }
    }
    // Each run its own seed: the same bookings asked again would only meet "already booked".
    const name = workers ? `one instance of ${workers} cluster workers` : 'one instance'
    await measure(`${name}, no think time`, 1, one, [0, 0], 1)
    await measure(`${name}, think time`, 1, one, think, 2)
    if (workers) return { mix: { users: world.users.length, leadMix: LEAD_MIX, serviceMix: SERVICE_MIX, workers, ceiling, runs } }

    log('› next start × 2 behind a round-robin balancer (same database, same secret)')
    await startHub(portB)
    const balancer = fork(path.join(import.meta.dirname, 'balancer.mjs'), [String(portLB), String(portA), String(portB)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    children.push(balancer)
    await new Promise((resolve, reject) => {
      balancer.once('message', resolve)
      balancer.once('exit', (code) => reject(new Error(`the balancer exited with ${code}`)))
    })
    const two = `http://127.0.0.1:${portLB}`
    await checkMix(db, two, origin, world.users, world)
    await warmUp(two)
    await measure('two instances, no think time', 2, two, [0, 0], 3)
    await measure('two instances, think time', 2, two, think, 4)

    const poolMax = Number(process.env.DATABASE_POOL_MAX || 10)
    const maxConnections = Number((await db.query('SHOW max_connections')).rows[0].max_connections)
    return { mix: { users: world.users.length, leadMix: LEAD_MIX, serviceMix: SERVICE_MIX, poolMax, maxConnections, ceiling, runs } }
  } finally {
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
    for (const child of children) await stopChild(child)
    for (const hub of hubs) await stopChild(hub)
  }
}
