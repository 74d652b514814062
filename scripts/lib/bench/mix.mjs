// The whole-product load mix (issue 13): 50 signed-in users of different settings, each on its own connection,
// doing what a person does in the Hub — pages, API reads, autosaving an answer, booking a place — driven by
// autocannon (one instance per user, so that each connection carries its own user), with or without think time.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { root } from '../install.mjs'
import { quantile, round } from './http.mjs'

const SEARCH_WORDS = ['calm', 'nurture', 'kindness', 'wellbeing', 'listening', 'garden', 'breakfast', 'reading', 'parents', 'worry']

/**
 * Each kind of request with its weight in a lead's (or a service user's) session: what a person clicking through the
 * Hub asks for, most often the dashboard and the self-assessment they are filling in.
 */
export const LEAD_MIX = { dashboard: 18, report: 10, training: 12, award: 8, search: 12, api: 15, autosave: 18, booking: 7 }
export const SERVICE_MIX = { countyOverview: 60, search: 20, api: 20 }

/** The ids of the portal's server actions in this build (they change with every build). */
export function serverActionIds() {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8'))
  const ids = {}
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.filename === 'src/portal/actions/assessment.ts' && entry.exportedName === 'saveAnswer') ids.saveAnswer = id
    if (entry.filename === 'src/portal/actions/training.ts' && entry.exportedName === 'bookStaff') ids.bookStaff = id
  }
  if (!ids.saveAnswer || !ids.bookStaff) throw new Error('The build has no saveAnswer or bookStaff server action (is it built?)')
  return ids
}

/**
 * The mix's users, from the bench's copy of the county: the leads of `leads` settings that have a draft
 * self-assessment and a submitted one (one lead per setting), with their active staff, and `service` service users.
 */
export async function chooseUsers(db, { leads = 47, service = 3 } = {}) {
  const chosen = (
    await db.query(
      `SELECT DISTINCT ON (s.id) s.id AS setting, u.email,
         (SELECT a.id FROM assessments a WHERE a.setting_id = s.id AND a.status = 'submitted' ORDER BY a.submitted_at DESC LIMIT 1) AS report
       FROM settings s JOIN users u ON u.setting_id = s.id AND u.role = 'setting-lead'
       WHERE EXISTS (SELECT 1 FROM assessments d WHERE d.setting_id = s.id AND d.status = 'draft')
         AND EXISTS (SELECT 1 FROM assessments a WHERE a.setting_id = s.id AND a.status = 'submitted')
         AND EXISTS (SELECT 1 FROM staff_members m WHERE m.setting_id = s.id AND m.active)
         AND EXISTS (SELECT 1 FROM assessments d JOIN assessments_answers x ON x._parent_id = d.id WHERE d.setting_id = s.id AND d.status = 'draft')
       ORDER BY s.id, u.id LIMIT $1`,
      [leads],
    )
  ).rows
  if (chosen.length < leads) throw new Error(`Only ${chosen.length} settings have a lead, a draft and a submitted self-assessment (${leads} wanted)`)
  const staff = (await db.query('SELECT id, setting_id FROM staff_members WHERE setting_id = ANY($1) AND active ORDER BY id', [chosen.map((c) => c.setting)]))
    .rows
  // The questions each draft already answers (a lead changing an answer): questions of the current bank, with the
  // principle page they are on.
  const questions = (
    await db.query(
      `SELECT a.setting_id, x.question_id AS id, p."order" FROM assessments a JOIN assessments_answers x ON x._parent_id = a.id
       JOIN questions q ON q.id = x.question_id JOIN principles p ON p.id = q.principle_id
       WHERE a.status = 'draft' AND a.setting_id = ANY($1) ORDER BY a.setting_id, x._order`,
      [chosen.map((c) => c.setting)],
    )
  ).rows
  const sessions = (
    await db.query(
      `SELECT s.id FROM training_sessions s JOIN training_courses c ON c.id = s.course_id
       WHERE s.status = 'scheduled' AND s.starts_at > now() + interval '1 day' AND c._status = 'published' AND c.active ORDER BY s.starts_at`,
    )
  ).rows.map((r) => r.id)
  const servicePeople = (await db.query(`SELECT email FROM users WHERE role IN ('service-admin', 'service-staff') ORDER BY role, id LIMIT $1`, [service])).rows
  const users = chosen.map((c) => ({
    kind: 'lead',
    email: c.email,
    setting: c.setting,
    report: c.report,
    staff: staff.filter((m) => m.setting_id === c.setting).map((m) => m.id),
    questions: questions.filter((q) => q.setting_id === c.setting).map((q) => ({ id: q.id, order: q.order })),
  }))
  for (const s of servicePeople) users.push({ kind: 'service', email: s.email })
  return { users, sessions }
}

/** Signs every user in once, up front (the sign-in limits give a successful sign-in its point back). */
export async function signInAll(base, users, password) {
  for (const user of users) {
    const res = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password }),
    })
    const body = await res.json()
    if (!res.ok || !body.token) throw new Error(`Signing in as ${user.email} failed: HTTP ${res.status}`)
    user.cookie = `payload-token=${body.token}`
  }
}

/**
 * A multipart body as React's encodeReply writes a server action's arguments: the form's fields as `_1_…`, then `0`
 * the argument list — last, as the browser sends it: the server reads `0` as soon as it arrives, and a form whose
 * fields come after it is decoded empty.
 */
export function actionBody(args, fields) {
  const boundary = `----hubmix${Math.random().toString(16).slice(2)}`
  const parts = [...fields.map(([k, v]) => [`_1_${k}`, String(v)]), ['0', JSON.stringify(args)]]
  const body = `${parts.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('')}--${boundary}--\r\n`
  return { body, type: `multipart/form-data; boundary=${boundary}` }
}

const pick = (list, random) => list[Math.floor(random() * list.length)]

function chooser(weights) {
  const entries = Object.entries(weights)
  const total = entries.reduce((n, [, w]) => n + w, 0)
  return (random) => {
    let x = random() * total
    for (const [kind, w] of entries) {
      x -= w
      if (x < 0) return kind
    }
    return entries.at(-1)[0]
  }
}

/** A small seeded generator (mulberry32), so that two runs ask for the same things in the same order. */
export function seeded(seed) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The next request of a user: { kind, method, path, headers, body, check(status, body, headers) → outcome }. The
 * outcome is 'ok', a designed outcome's name (a booking refused because the person is already booked or the session
 * is full), or 'error: …' for anything the person would see as a failure.
 */
export function requestFor(kind, user, world, random) {
  // The Hub's public address (SERVER_URL): a browser names it in Host, and in Origin on a POST (Payload accepts the
  // session cookie from that origin; Next accepts a server action whose Origin matches its Host).
  const origin = world.origin
  const base = { host: new URL(origin).host, cookie: user.cookie, 'sec-fetch-site': 'same-origin' }
  const page = (p, expect) => ({
    kind,
    method: 'GET',
    path: p,
    headers: base,
    check: (status, body) => (status !== 200 ? `error: HTTP ${status}` : expect && !body.includes(expect) ? `error: no “${expect}”` : 'ok'),
  })
  switch (kind) {
    case 'dashboard':
      return page('/dashboard', 'Self-assessment')
    case 'report':
      return page(`/assessment/${user.report}/report`, 'Scores by principle')
    case 'training':
      return page('/training', 'Training')
    case 'award':
      return page('/award', 'Award')
    case 'search':
      return page(`/community?q=${pick(SEARCH_WORDS, random)}`, 'Community Scrapbook')
    case 'countyOverview':
      return page('/admin/county-overview', 'County overview')
    case 'api': {
      const paths =
        user.kind === 'service'
          ? ['/api/settings?depth=0&limit=20', '/api/training-sessions?depth=0&limit=10&sort=-startsAt']
          : [
              '/api/actions?depth=0&limit=20',
              '/api/staff-members?depth=0&limit=50&where[active][equals]=true',
              '/api/training-sessions?depth=0&limit=10&where[status][equals]=scheduled&sort=startsAt',
              '/api/assessments?depth=0&limit=5&sort=-submittedAt&select[results]=true&select[submittedAt]=true',
            ]
      return { ...page(pick(paths, random), '"docs"'), headers: { ...base, accept: 'application/json' } }
    }
    case 'autosave': {
      const q = pick(user.questions, random)
      const value = pick(['0', '1', '2', '3', 'na'], random)
      const { body, type } = actionBody(
        ['$K1'],
        [
          ['questions', q.id],
          [`answer-${q.id}`, value],
          [`evidence-${q.id}`, random() < 0.3 ? 'Discussed at the staff meeting; minutes kept.' : ''],
        ],
      )
      return {
        kind,
        method: 'POST',
        path: `/assessment/principle/${q.order}`,
        headers: { ...base, origin, accept: 'text/x-component', 'next-action': world.actions.saveAnswer, 'content-type': type },
        body,
        check: (status, text) => (status !== 200 ? `error: HTTP ${status}` : text.includes('"saved":true') ? 'ok' : 'error: not saved'),
        stored: { question: q.id, value },
      }
    }
    case 'booking': {
      const session = pick(world.sessions, random)
      const { body, type } = actionBody(
        [{ errors: [] }, '$K1'],
        [
          ['session', session],
          ['staff', pick(user.staff, random)],
        ],
      )
      return {
        kind,
        method: 'POST',
        path: `/training/sessions/${session}`,
        headers: { ...base, origin, accept: 'text/x-component', 'next-action': world.actions.bookStaff, 'content-type': type },
        body,
        check: (status, text, headers) => {
          if (status !== 200) return `error: HTTP ${status}`
          // Booked or waitlisted: the action redirects to the session's page with who was placed.
          const to = String(headers['x-action-redirect'] ?? '')
          if (to) return to.includes('waiting=') ? 'waitlisted' : to.includes('placed=') ? 'booked' : `error: redirected to ${to}`
          // Refused by the booking rules (already booked, no place left…): the form says why, and nothing is booked.
          const refusal = /"message":"([^"]*Nobody was booked[^"]*)"/.exec(text)?.[1]
          if (!refusal) return 'error: no outcome'
          if (/already/i.test(refusal)) return 'refused: already booked'
          return /full/i.test(refusal) ? 'refused: session and waiting list full' : `refused: ${refusal.replace(/^[^:]*: /, '').slice(0, 80)}`
        },
      }
    }
    default:
      throw new Error(`unknown kind ${kind}`)
  }
}

/**
 * Runs the mix for `seconds`: one autocannon instance per user, one connection each. `thinkMs` [min, max] puts a
 * random pause between a user's answer and their next request (a person reading); [0, 0] is a closed loop with no
 * think time. Returns the figures overall and per kind of request.
 */
export async function runMix({ base, origin, users, world, seconds, thinkMs = [0, 0], timeoutSeconds = 10, seed = 13 }) {
  const { default: autocannon } = await import('autocannon')
  const records = []
  const think = (random) => thinkMs[0] + random() * (thinkMs[1] - thinkMs[0])
  const runs = users.map((user, i) => {
    const random = seeded(seed * 1000 + i + 1)
    const choose = chooser(user.kind === 'service' ? SERVICE_MIX : LEAD_MIX)
    let current = null
    let last = null
    const next = () => {
      // The request before this one was never answered: it timed out (autocannon reconnects and sends the next).
      if (current && !current.answered) records.push({ kind: current.kind, status: 0, outcome: 'error: timeout', ms: timeoutSeconds * 1000 })
      current = requestFor(choose(random), user, { ...world, origin }, random)
      return current
    }
    return new Promise((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: 1,
          duration: seconds,
          timeout: timeoutSeconds,
          requests: [
            {
              setupRequest: (req) => {
                const r = next()
                return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body }
              },
              onResponse: (status, body, _context, headers) => {
                current.answered = true
                // autocannon reports no status for an answer it could not parse (seen after its own timeouts reconnect).
                const outcome = status ? current.check(status, String(body ?? ''), headers ?? {}) : 'error: no status'
                last = { kind: current.kind, status: status ?? 0, outcome, ms: null }
                records.push(last)
              },
            },
          ],
          // Think time: a person reads the page before the next click. autocannon has no pause between a response
          // and the next request, so the client's next request is deferred (and its timeout with it).
          setupClient: (client) => {
            if (!thinkMs[1]) return
            const send = client._doRequest.bind(client)
            client._doRequest = () => {
              const pause = think(random)
              client.timeoutTicker.reschedule(timeoutSeconds * 1000 + pause)
              setTimeout(() => client.destroyed || send(), pause)
            }
          },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      )
      // autocannon's own time from writing the request to its last byte (emitted just after onResponse).
      instance.on('response', (_client, _status, _bytes, ms) => {
        if (last) last.ms = ms
      })
    })
  })
  const results = await Promise.all(runs)
  const sent = results.reduce((n, r) => n + r.requests.sent, 0)
  const byKind = {}
  for (const r of records) {
    byKind[r.kind] ??= []
    byKind[r.kind].push(r)
  }
  const figures = (list) => {
    const answered = list.filter((r) => r.status > 0)
    const times = answered.map((r) => r.ms ?? 0).sort((a, b) => a - b)
    const statuses = {}
    const outcomes = {}
    for (const r of list) {
      statuses[r.status || 'none'] = (statuses[r.status || 'none'] ?? 0) + 1
      outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1
    }
    const errors = list.filter((r) => r.outcome.startsWith('error')).length
    return {
      requests: list.length,
      requestsPerSecond: round(answered.length / seconds),
      errors,
      timeouts: list.filter((r) => r.outcome === 'error: timeout').length,
      http4xx5xx: list.filter((r) => r.status >= 400).length,
      statuses,
      outcomes,
      p50: round(quantile(times, 0.5)),
      p95: round(quantile(times, 0.95)),
      p99: round(quantile(times, 0.99)),
      max: round(times.at(-1) ?? null),
    }
  }
  const overall = figures(records)
  return {
    users: users.length,
    leads: users.filter((u) => u.kind === 'lead').length,
    service: users.filter((u) => u.kind === 'service').length,
    seconds,
    thinkMs,
    sent,
    // Requests sent but neither answered nor timed out when the run ended.
    unanswered: Math.max(0, sent - records.length),
    overall,
    kinds: Object.fromEntries(Object.entries(byKind).map(([kind, list]) => [kind, figures(list)])),
    meetsTarget: overall.errors === 0 && overall.p99 !== null && overall.p99 <= 1000,
  }
}
