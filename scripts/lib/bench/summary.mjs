// The targets of the County Scale issue, judged on a bench run, and the run's short markdown summary.

const fmt = (v, digits = 1) => (v === null || v === undefined ? '—' : Number(v).toFixed(digits))
/** a / b (null when either is missing); compare this, and round only to print. */
const exact = (a, b) => (a === null || a === undefined || b === null || b === undefined || !b ? null : a / b)
const ratio = (a, b) => (exact(a, b) === null ? null : Math.round(exact(a, b) * 10) / 10)

export function judgeTargets(results) {
  const targets = []
  const add = (name, pass, detail) => targets.push({ name, pass, detail })
  for (const p of results.pages ?? []) {
    const s = p.single.app
    if (p.kind === 'portal' || p.kind === 'public')
      add(`${p.key}: p95 ≤ 100 ms on one connection`, s.timeouts === 0 && s.failures === 0 && s.p95 !== null && s.p95 <= 100, `p95 ${fmt(s.p95)} ms`)
    const c = p.concurrent.app
    const broken = c.errors + c.timeouts + c.non2xx
    add(
      `${p.key}: 50 connections, 0 errors and p99 ≤ 1 s`,
      broken === 0 && c.answered > 0 && c.p99 <= 1000,
      `${c.answered} of ${c.sent ?? '?'} answered, ${c.errors} errors (${c.timeouts} timeouts), ${c.non2xx} non-2xx, p99 ${fmt(c.p99, 0)} ms`,
    )
    if (p.key === 'community' || p.key === 'search') {
      const r = exact(s.p95, p.single.raw.p95)
      add(`${p.key}: p95 ≤ 2× raw SQL`, r !== null && r <= 2, `×${fmt(r, 2)} (${fmt(s.p95)} vs ${fmt(p.single.raw.p95)} ms)`)
    }
  }
  for (const run of results.mix?.runs ?? []) {
    const o = run.overall
    add(
      `mix, ${run.name}: ${run.users} users, 0 errors and p99 ≤ 1 s`,
      run.meetsTarget,
      `${o.requests} requests, ${o.errors} errors (${o.timeouts} timeouts, ${o.http4xx5xx} 4xx/5xx), p99 ${fmt(o.p99, 0)} ms`,
    )
  }
  const submit = (results.local ?? []).find((t) => t.title.startsWith('Submit a self-assessment'))
  if (submit) {
    const [raw, hub] = submit.rows
    const r = exact(hub.p95Ms, raw.p95Ms)
    add('submit: p95 ≤ 3× raw SQL', r !== null && r <= 3, `×${fmt(r, 2)} (${fmt(hub.p95Ms)} vs ${fmt(raw.p95Ms)} ms)`)
  }
  // The same target on the work itself: the gallery's query and rows (Local API) against raw SQL of them; the page
  // ratios above also carry Next.js's rendering, which the minimal raw page does not do.
  const gallery = (results.local ?? []).find((t) => t.title.startsWith('Community Scrapbook search'))
  if (gallery) {
    const [raw, ...hub] = gallery.rows
    for (const row of hub) {
      const r = exact(row.p95Ms, raw.p95Ms)
      add(`${row.label}: p95 ≤ 2× raw SQL`, r !== null && r <= 2, `×${fmt(r, 2)} (${fmt(row.p95Ms)} vs ${fmt(raw.p95Ms)} ms)`)
    }
  }
  if (results.image) {
    const { full, few } = results.image
    add(
      'image file: time independent of how many case studies are published',
      full.p50 !== null && few.p50 !== null && full.p50 <= few.p50 * 1.25 + 2,
      `p50 ${fmt(full.p50)} ms with ${full.published} published, ${fmt(few.p50)} ms with ${few.published}`,
    )
  }
  return targets
}

export function markdownSummary(results) {
  const lines = []
  const title = results.label ? ` (${results.label})` : ''
  lines.push(`# Benchmarks ${results.date}${title}`, '')
  lines.push(
    `\`npm run bench${results.quick ? ' -- --quick' : ''}\` on commit \`${results.commit}\`, ${results.machine.cpus} cores (${results.machine.model}), Node ${results.machine.node}, load average (1/5/15 min) ${results.machine.loadBefore.join(' / ')} at the start and ${results.machine.loadAfter?.join(' / ')} at the end.`,
    'The machine is shared with other engineers: timings are noisier while they build.',
    '',
  )
  lines.push('## Scale (counted from the database)', '', '| | |', '| --- | ---: |')
  for (const [k, v] of Object.entries(results.scale ?? {})) lines.push(`| ${k} | ${typeof v === 'number' ? v.toLocaleString('en-GB') : v} |`)
  lines.push('')
  if (results.pages?.length) {
    const ctx = results.context
    lines.push(
      '## Pages over HTTP (`next start`)',
      '',
      `As the lead of ${ctx.setting.name} (4 submitted assessments; report ${ctx.reportId}), as a service admin, or as an anonymous visitor. Each page beside a node:http + pg server running its SQL (raw) and a node:http server answering its own bytes (static). Times in ms; ratios on p95 (one connection) and on throughput (50 connections).`,
      'Under 50 connections each request may wait up to 10 s (then it counts as a timeout, which autocannon also counts as an error); requests still unanswered when the run ends are sent but not answered.',
      '',
      '| page | as | 1 conn p50 / p95 | raw SQL p50 / p95 | static p50 / p95 | ×raw | ×static | 50 conn req/s | p50 / p95 / p99 | sent / answered / errors (timeouts) / non-2xx | raw req/s (p99) | static req/s (p99) | ×raw req/s |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const p of results.pages) {
      const { app, raw, static: st } = p.single
      const c = p.concurrent
      lines.push(
        `| ${p.key} \`${p.path}\` | ${p.as} | ${fmt(app.p50)} / ${fmt(app.p95)}${app.timeouts ? ` (${app.timeouts} timeouts)` : ''} | ${fmt(raw.p50)} / ${fmt(raw.p95)} | ${fmt(st.p50)} / ${fmt(st.p95)} | ×${fmt(ratio(app.p95, raw.p95))} | ×${fmt(ratio(app.p95, st.p95))} | ${fmt(c.app.requestsPerSecond)} | ${fmt(c.app.p50, 0)} / ${fmt(c.app.p95, 0)} / ${fmt(c.app.p99, 0)} | ${c.app.sent ?? '?'} / ${c.app.answered} / ${c.app.errors} (${c.app.timeouts}) / ${c.app.non2xx} | ${fmt(c.raw.requestsPerSecond)} (${fmt(c.raw.p99, 0)}) | ${fmt(c.static.requestsPerSecond)} (${fmt(c.static.p99, 0)}) | ×${fmt(ratio(c.raw.requestsPerSecond, c.app.requestsPerSecond))} |`,
      )
    }
    lines.push(
      '',
      `Bytes per response (app / raw SQL baseline): ${results.pages.map((p) => `${p.key} ${p.bytes.app.toLocaleString('en-GB')} / ${p.bytes.raw.toLocaleString('en-GB')}`).join(' · ')}`,
      '',
    )
  }
  if (results.mix) lines.push(...mixSummary(results.mix))
  if (results.image) {
    const { full, few } = results.image
    lines.push(
      '## Image file vs. published case studies',
      '',
      `p50 / p95 ${fmt(full.p50)} / ${fmt(full.p95)} ms with ${full.published} published case studies; ${fmt(few.p50)} / ${fmt(few.p95)} ms with ${few.published} (×${fmt(results.image.ratio, 2)}).`,
      '',
    )
  }
  if (results.booking) {
    const b = results.booking
    const local = (results.local ?? []).find((t) => t.title.startsWith('Book a place'))
    lines.push(
      '## Booking over HTTP (`POST /api/attendances`)',
      '',
      `${b.concurrent} concurrent bookings of one session × ${b.rounds} rounds (${b.requests} requests; ${b.statuses.booked} booked, ${b.statuses.waitlisted} waitlisted): p50 ${fmt(b.p50)} ms, p95 ${fmt(b.p95)} ms per booking${local ? `; raw SQL of the same work p95 ${fmt(local.rows[0].p95Ms)} ms (Local API bench below)` : ''}.`,
      '',
    )
  }
  if (results.skipped?.length) {
    lines.push('## Not measured', '', ...results.skipped.map((x) => `- ${x}`), '')
  }
  if (results.local?.length) {
    lines.push('## Local API against raw SQL of the same work (vitest, `tests/bench/*.bench.ts`)', '')
    for (const t of results.local) {
      const base = t.rows.find((r) => r.label === t.baseline)
      lines.push(`**${t.title}**`, '', '| | median | p95 | ×raw (p95) |', '| --- | ---: | ---: | ---: |')
      for (const r of t.rows) lines.push(`| ${r.label} | ${fmt(r.medianMs, 2)} | ${fmt(r.p95Ms, 2)} | ${base ? `×${fmt(ratio(r.p95Ms, base.p95Ms))}` : ''} |`)
      lines.push('')
    }
  }
  if (results.targets?.length) {
    const passed = results.targets.filter((t) => t.pass).length
    lines.push(`## Targets: ${passed} of ${results.targets.length} met`, '')
    for (const t of results.targets) lines.push(`- ${t.pass ? '✅ pass' : '❌ FAIL'} — ${t.name}: ${t.detail}`)
    lines.push('')
  }
  lines.push(`Full figures: [${results.files.json}](${results.files.json}). Total bench time ${fmt(results.seconds / 60)} min.`, '')
  return lines.join('\n')
}

/** The whole-product mix: every run overall and by kind of request, beside the node:http ceiling. */
function mixSummary(mix) {
  const weights = (m) =>
    Object.entries(m)
      .map(([k, w]) => `${k} ${w}`)
      .join(', ')
  const c = mix.ceiling ?? null
  const lines = [
    '## The whole-product load mix (`--only mix`)',
    '',
    `${mix.users} users signed in once up front, each on its own connection (one autocannon instance per user): leads of different settings (weights: ${weights(mix.leadMix)}) and service users (${weights(mix.serviceMix)}). An instance is one \`next start\` process (HUB_WORKERS=1, JOBS_AUTORUN=false, pool of ${mix.poolMax} database connections); two instances share the database behind a round-robin node:http balancer (scripts/lib/bench/balancer.mjs). An error is a timeout (10 s), a 4xx/5xx or an answer without its content; a booking refused by the rules (already booked, session full) is a designed outcome, counted apart. PostgreSQL max_connections ${mix.maxConnections}.`,
    '',
    c
      ? `node:http ceiling (the dashboard's ${c.bytes.toLocaleString('en-GB')} bytes from memory, 50 connections, ${c.seconds} s): ${fmt(c.requestsPerSecond)} req/s, p50 / p95 / p99 ${fmt(c.p50, 0)} / ${fmt(c.p95, 0)} / ${fmt(c.p99, 0)} ms, ${c.errors} errors (load ${c.loadBefore.join(' / ')}).`
      : '',
    '',
    '| run | req/s | p50 / p95 / p99 ms | requests | errors (timeouts, 4xx/5xx) | statuses | DB connections max (active max / mean) | load before → after | target |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |',
  ]
  for (const r of mix.runs) {
    const o = r.overall
    lines.push(
      `| ${r.name} | ${fmt(o.requestsPerSecond)} | ${fmt(o.p50, 0)} / ${fmt(o.p95, 0)} / ${fmt(o.p99, 0)} | ${o.requests} | ${o.errors} (${o.timeouts}, ${o.http4xx5xx}) | ${Object.entries(
        o.statuses,
      )
        .map(([s, n]) => `${s}: ${n}`)
        .join(
          ', ',
        )} | ${r.connections.maxTotal} (${r.connections.maxActive} / ${r.connections.meanActive}) | ${r.loadBefore[0]} → ${r.loadAfter[0]} | ${r.meetsTarget ? '✅' : '❌'} |`,
    )
  }
  lines.push('')
  if (mix.profile) {
    const p = mix.profile
    lines.push(
      '**Where the profiled instance’s thread spent its time** (V8 CPU profile of the `next start` worker)',
      '',
      `Busy % in each 10 s of its life (start, sign-ins, checks, warm-up, the run): ${p.busyPer10s.join(' ')}. Its ${(p.busyMs / 1000).toFixed(1)} s busy went to:`,
      '',
      ...p.groups.map((g) => `- ${g.share} % ${g.name}`),
      '',
      'Functions by self time (top 25):',
      '',
      ...p.functions.map((f) => `- ${f.share} % \`${f.name}\``),
      '',
    )
  }
  for (const r of mix.runs) {
    lines.push(
      `**${r.name}** by kind of request`,
      '',
      '| kind | requests | req/s | p50 / p95 / p99 / max ms | errors | outcomes |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
    )
    for (const [kind, k] of Object.entries(r.kinds))
      lines.push(
        `| ${kind} | ${k.requests} | ${fmt(k.requestsPerSecond)} | ${fmt(k.p50, 0)} / ${fmt(k.p95, 0)} / ${fmt(k.p99, 0)} / ${fmt(k.max, 0)} | ${k.errors} | ${Object.entries(
          k.outcomes,
        )
          .map(([s, n]) => `${s}: ${n}`)
          .join(', ')} |`,
      )
    lines.push('')
  }
  return lines
}
