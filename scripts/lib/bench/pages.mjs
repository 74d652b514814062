// The pages `npm run bench` times over HTTP, who asks for each, what proves it answered with real content, and
// its raw-SQL baseline: the queries that read the same rows and columns the page shows (images included),
// rendered into a minimal HTML string by a plain node:http server (rawServer.mjs).
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/** Chooses a typical setting of the county (primary, four submitted assessments, actions, published case studies with images). */
export async function discoverContext(db) {
  const typical = (
    await db.query(`
      SELECT s.id, s.name, u.id AS lead, u.email AS lead_email
      FROM settings s JOIN users u ON u.setting_id = s.id AND u.role = 'setting-lead'
      WHERE s.type = 'primary'
        AND (SELECT count(*) FROM assessments a WHERE a.setting_id = s.id AND a.status = 'submitted') = 4
        AND (SELECT count(*) FROM actions x WHERE x.setting_id = s.id) >= 3
        AND (SELECT count(*) FROM case_studies c WHERE c.setting_id = s.id AND c.published_live
             AND (SELECT count(*) FROM case_studies_rels r WHERE r.parent_id = c.id AND r.path = 'published.images') >= 2) >= 1
      ORDER BY s.id, u.id LIMIT 1`)
  ).rows[0]
  if (!typical) throw new Error('No typical setting found in the county (is it built?)')
  const report = (await db.query(`SELECT id FROM assessments WHERE setting_id = $1 AND status = 'submitted' ORDER BY submitted_at DESC LIMIT 1`, [typical.id]))
    .rows[0]
  const study = (
    await db.query(
      `SELECT c.id, c.published_title AS title FROM case_studies c WHERE c.setting_id = $1 AND c.published_live
       ORDER BY (SELECT count(*) FROM case_studies_rels r WHERE r.parent_id = c.id AND r.path = 'published.images') DESC, c.id LIMIT 1`,
      [typical.id],
    )
  ).rows[0]
  const image = (
    await db.query(
      `SELECT m.filename, m.filesize FROM case_studies_rels r JOIN media m ON m.id = r.media_id WHERE r.parent_id = $1 AND r.path = 'published.images' ORDER BY r."order" LIMIT 1`,
      [study.id],
    )
  ).rows[0]
  const admin = (await db.query(`SELECT id, email FROM users WHERE role = 'service-admin' ORDER BY id LIMIT 1`)).rows[0]
  const firstAction = (await db.query('SELECT title FROM actions WHERE setting_id = $1 ORDER BY due_date LIMIT 1', [typical.id])).rows[0]
  const newestUser = (await db.query('SELECT email FROM users ORDER BY created_at DESC LIMIT 1')).rows[0]
  // The training benchmark's setting: 60 staff and the most bookings (the county generator makes one with over 400).
  const training = (
    await db.query(`
      SELECT s.id, s.name, u.id AS lead, u.email AS lead_email,
        (SELECT count(*) FROM attendances a WHERE a.setting_id = s.id)::int AS attendances
      FROM settings s JOIN users u ON u.setting_id = s.id AND u.role = 'setting-lead'
      WHERE (SELECT count(*) FROM staff_members m WHERE m.setting_id = s.id) = 60
      ORDER BY attendances DESC, s.id, u.id LIMIT 1`)
  ).rows[0]
  return {
    setting: { id: typical.id, name: typical.name },
    lead: { id: typical.lead, email: typical.lead_email },
    admin: { id: admin.id, email: admin.email },
    reportId: report.id,
    caseStudy: { id: study.id, title: study.title },
    image: { filename: image.filename, filesize: Number(image.filesize) },
    firstActionTitle: firstAction.title,
    newestUserEmail: newestUser.email,
    searchWord: 'calm',
    training: training
      ? { setting: { id: training.id, name: training.name }, lead: { id: training.lead, email: training.lead_email }, attendances: training.attendances }
      : null,
  }
}

const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
const page = (title, body) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main>${body}</main></body></html>`
/** Text as React writes it into HTML: what a page's body is searched for. */
const htmlEsc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c])

/** Lexical rich text to HTML (paragraphs, headings, lists, quotes, links, images). */
function lexicalToHtml(node, image = () => null) {
  if (!node) return ''
  const kids = () => (node.children ?? []).map((c) => lexicalToHtml(c, image)).join('')
  switch (node.type) {
    case 'root':
      return kids()
    case 'text':
      return esc(node.text)
    case 'linebreak':
      return '<br>'
    case 'paragraph':
      return `<p>${kids()}</p>`
    case 'heading':
      return `<${node.tag}>${kids()}</${node.tag}>`
    case 'list':
      return `<${node.tag}>${kids()}</${node.tag}>`
    case 'listitem':
      return `<li>${kids()}</li>`
    case 'quote':
      return `<blockquote>${kids()}</blockquote>`
    case 'link':
      return `<a href="${esc(node.fields?.url)}">${kids()}</a>`
    case 'upload': {
      const img = image(node.value)
      return img ? `<img src="${esc(img.url)}" alt="${esc(img.alt)}">` : ''
    }
    default:
      return kids()
  }
}
const plain = (node) => (node?.type === 'text' ? node.text : (node?.children ?? []).map(plain).join(''))

/** The signed-in viewer, as the layout reads it: the user from the session cookie (decoded, session row checked) and their setting. */
export async function rawViewer(db, cookie) {
  const token = /payload-token=([^;]+)/.exec(cookie ?? '')?.[1]
  if (!token) return null
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())
  const { rows } = await db.query(
    `SELECT u.id, u.name, u.email, u.role, s.id AS setting_id, s.name AS setting_name, s.type AS setting_type, s.award_track
     FROM users u LEFT JOIN settings s ON s.id = u.setting_id
     WHERE u.id = $1 AND EXISTS (SELECT 1 FROM users_sessions x WHERE x._parent_id = u.id AND x.id = $2 AND x.expires_at > now())`,
    [claims.id, claims.sid],
  )
  return rows[0] ?? null
}

const GALLERY_COLUMNS = `cs.id, cs.published_title, cs.published_summary, cs.published_publisher_name, cs.published_setting_type, cs.published_published_at,
  (SELECT array_agg(r.principles_id ORDER BY r."order") FROM case_studies_rels r WHERE r.parent_id = cs.id AND r.path = 'published.principles') AS principles,
  (SELECT m.filename FROM case_studies_rels r JOIN media m ON m.id = r.media_id WHERE r.parent_id = cs.id AND r.path = 'published.images' ORDER BY r."order" LIMIT 1) AS image,
  count(*) OVER () AS total`

async function gallery(db, q) {
  const [principles, cards] = await Promise.all([
    db.query('SELECT id, "order", label FROM principles ORDER BY "order" LIMIT 20'),
    q
      ? db.query(
          `SELECT ${GALLERY_COLUMNS} FROM case_studies cs WHERE cs.published_live AND cs.search @@ websearch_to_tsquery('english', $1)
           ORDER BY ts_rank(cs.search, websearch_to_tsquery('english', $1)) DESC, cs.published_published_at DESC, cs.id DESC LIMIT 12`,
          [q],
        )
      : db.query(`SELECT ${GALLERY_COLUMNS} FROM case_studies cs WHERE cs.published_live ORDER BY cs.published_published_at DESC, cs.id DESC LIMIT 12`),
  ])
  const label = new Map(principles.rows.map((p) => [p.id, p.label]))
  const total = cards.rows[0]?.total ?? 0
  return page(
    'Community Scrapbook',
    `<h1>Community Scrapbook</h1><form><select>${principles.rows.map((p) => `<option value="${p.id}">${p.order}. ${esc(p.label)}</option>`).join('')}</select></form>
     <h2>${total} case studies, showing 1 to ${cards.rows.length}</h2><ul>${cards.rows
       .map(
         (c) =>
           `<li>${c.image ? `<img src="/api/media/file/${encodeURIComponent(c.image)}" alt="">` : ''}<h3><a href="/community/${c.id}">${esc(c.published_title)}</a></h3>
            <p>${esc(c.published_publisher_name)} · ${new Date(c.published_published_at).toLocaleDateString('en-GB')}</p><p>${esc(c.published_summary)}</p>
            <ul>${(c.principles ?? []).map((p) => `<li>${esc(label.get(p))}</li>`).join('')}</ul><p>${esc(c.published_setting_type)}</p></li>`,
       )
       .join('')}</ul>`,
  )
}

const BENCHMARK_SQL = `WITH latest AS (
    SELECT DISTINCT ON (setting_id) results FROM assessments
    WHERE status = 'submitted' AND phase = $1 AND setting_id <> $2 ORDER BY setting_id, submitted_at DESC)
  SELECT (p->>'principle')::int AS principle, round(avg((p->>'percentage')::numeric), 1) AS average, count(p->>'percentage')::int AS contributors
  FROM latest, jsonb_array_elements(results->'principles') p GROUP BY 1`

async function report(db, ctx, viewer) {
  const a = (
    await db.query(
      `SELECT id, setting_id, submitted_at, updated_at, submitted_by_id, phase, snapshot, results, recommendations FROM assessments
       WHERE id = $1 AND setting_id = $2 AND status = 'submitted'`,
      [ctx.reportId, viewer.setting_id],
    )
  ).rows[0]
  const [answers, previous, submitter, options, benchmark, planned] = await Promise.all([
    db.query('SELECT question_id, value, evidence FROM assessments_answers WHERE _parent_id = $1 ORDER BY _order', [a.id]),
    db.query(
      `SELECT p.id, p.submitted_at, p.results, p.snapshot->'questions' AS questions,
         (SELECT json_agg(json_build_array(x.question_id, x.value) ORDER BY x._order) FROM assessments_answers x WHERE x._parent_id = p.id) AS answers
       FROM assessments p WHERE p.setting_id = $1 AND p.status = 'submitted' AND p.submitted_at < $2 ORDER BY p.submitted_at DESC LIMIT 1`,
      [a.setting_id, a.submitted_at],
    ),
    db.query('SELECT name FROM users WHERE id = $1', [a.submitted_by_id]),
    db.query('SELECT benchmark_minimum FROM hub_options LIMIT 1'),
    db.query(BENCHMARK_SQL, [a.phase, a.setting_id]),
    db.query('SELECT recommendation_id FROM actions WHERE assessment_id = $1 AND setting_id = $2', [a.id, viewer.setting_id]),
  ])
  const minimum = Math.max(2, Number(options.rows[0].benchmark_minimum))
  const average = new Map(benchmark.rows.filter((b) => b.contributors >= minimum).map((b) => [b.principle, b.average]))
  const prev = previous.rows[0]
  const before = new Map((prev?.results.principles ?? []).map((p) => [p.principle, p.percentage]))
  const principleOf = new Map(a.snapshot.principles.map((p) => [p.id, p]))
  const questionOf = new Map(a.snapshot.questions.map((q) => [q.id, q]))
  const prevValue = new Map((prev?.answers ?? []).map(([q, v]) => [q, v]))
  const inPlan = new Set(planned.rows.map((r) => r.recommendation_id))
  const rows = a.results.principles
    .map((p) => {
      const pr = principleOf.get(p.principle)
      const was = before.get(p.principle)
      return `<tr><td>${esc(pr.label)}</td><td>${p.percentage ?? '—'}%</td><td>${p.rag}</td><td>${average.get(p.principle) ?? '—'}</td><td>${was == null || p.percentage == null ? '' : (p.percentage - was).toFixed(1)}</td></tr>`
    })
    .join('')
  const changes = answers.rows
    .filter((x) => prevValue.has(x.question_id) && prevValue.get(x.question_id) !== x.value)
    .map((x) => `<tr><td>${esc(questionOf.get(x.question_id)?.prompt)}</td><td>${prevValue.get(x.question_id)}</td><td>${x.value}</td></tr>`)
    .join('')
  const recommendations = a.recommendations
    .map(
      (r) =>
        `<article><h4>${esc(r.title)}</h4><p>${esc(r.principleLabel)}</p>${(r.body?.root?.children ?? []).map((c) => `<p>${esc(plain(c))}</p>`).join('')}
         <ul>${r.resources.map((x) => `<li><a href="${esc(x.url)}">${esc(x.label)}</a></li>`).join('')}</ul>${inPlan.has(r.id) ? '<strong>In your action plan</strong>' : '<button>Add to action plan</button>'}</article>`,
    )
    .join('')
  const groups = new Map()
  for (const x of answers.rows) {
    const q = questionOf.get(x.question_id)
    for (const ref of q?.frameworkReferences ?? []) {
      const key = `${ref.framework} ${ref.version} ${ref.code}: ${ref.title}`
      if (!groups.has(key)) groups.set(key, [])
      groups.get(key).push(`<li><strong>${esc(q.prompt)}</strong> — ${x.value}${x.evidence ? ` <span>${esc(x.evidence)}</span>` : ''}</li>`)
    }
  }
  return page(
    'Self-assessment report',
    `<span>${esc(viewer.setting_name)}</span><h1>Self-assessment report</h1><p>Submitted on ${new Date(a.submitted_at).toLocaleDateString('en-GB')} by ${esc(submitter.rows[0]?.name)}.</p>
     <p>Overall score ${a.results.overall.percentage}% ${a.results.overall.rag}</p><h2>Scores by principle</h2><table>${rows}</table>
     ${prev ? `<h2>What changed since ${new Date(prev.submitted_at).toLocaleDateString('en-GB')}</h2><table>${changes}</table>` : ''}
     <h2>Recommendations for your setting</h2>${recommendations}<h2>Evidence by framework</h2>${[...groups].map(([k, items]) => `<details><summary>${esc(k)}</summary><ul>${items.join('')}</ul></details>`).join('')}`,
  )
}

async function caseStudy(db, ctx) {
  const [study, images, principles] = await Promise.all([
    db.query(
      'SELECT id, published_live, published_title, published_summary, published_body, published_publisher_name, published_published_at FROM case_studies WHERE id = $1',
      [ctx.caseStudy.id],
    ),
    db.query(
      `SELECT m.id, m.filename, m.alt, m.width, m.height FROM case_studies_rels r JOIN media m ON m.id = r.media_id WHERE r.parent_id = $1 AND r.path = 'published.images' ORDER BY r."order"`,
      [ctx.caseStudy.id],
    ),
    db.query(
      `SELECT p.id, p.label FROM case_studies_rels r JOIN principles p ON p.id = r.principles_id WHERE r.parent_id = $1 AND r.path = 'published.principles' ORDER BY r."order"`,
      [ctx.caseStudy.id],
    ),
  ])
  const s = study.rows[0]
  if (!s?.published_live) return null
  const byId = new Map(images.rows.map((m) => [m.id, { url: `/api/media/file/${encodeURIComponent(m.filename)}`, alt: m.alt }]))
  return page(
    s.published_title,
    `<article><h1>${esc(s.published_title)}</h1><p>Shared by ${esc(s.published_publisher_name)} · ${new Date(s.published_published_at).toLocaleDateString('en-GB')}</p>
     <p>${esc(s.published_summary)}</p><ul>${principles.rows.map((p) => `<li>${esc(p.label)}</li>`).join('')}</ul>${lexicalToHtml(s.published_body?.root, (id) => byId.get(Number(id)))}
     <h2>Images</h2><ul>${images.rows.map((m) => `<li><img src="/api/media/file/${encodeURIComponent(m.filename)}" alt="${esc(m.alt)}" width="${m.width}" height="${m.height}"></li>`).join('')}</ul></article>`,
  )
}

/** The awards overview's three aggregate queries (src/awards/overview.ts), rendered as its tables and lists. */
async function awardsOverview(db) {
  const now = new Date()
  const days = Number((await db.query('SELECT award_renewal_reminder_days AS d FROM hub_options LIMIT 1')).rows[0]?.d ?? 60)
  const until = new Date(now.getTime() + days * 86_400_000)
  const [counts, bands, lists] = await Promise.all([
    db.query(`
      SELECT 'status' AS kind, status::text AS key, track::text AS track, count(*)::int AS n FROM awards GROUP BY status, track
      UNION ALL
      SELECT 'not-started', '', s.award_track::text, count(*)::int FROM settings s
       WHERE s.active AND s.award_track IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM awards a WHERE a.setting_id = s.id AND a.status IN ('in-progress', 'achieved'))
       GROUP BY s.award_track`),
    db.query(`SELECT least(3, floor(greatest(0, coalesce(percent_complete, 0)) / 25))::int AS band, track::text AS track, count(*)::int AS n
        FROM awards WHERE status = 'in-progress' GROUP BY 1, 2`),
    db.query(
      `(SELECT 'expiring' AS list, a.id, a.setting_id, s.name, a.track::text AS track, a.cycle, a.percent_complete, a.achieved_at, a.expires_at
         FROM awards a JOIN settings s ON s.id = a.setting_id
        WHERE a.status = 'achieved' AND a.expires_at >= $1 AND a.expires_at <= $2 ORDER BY a.expires_at, a.id LIMIT 25)
      UNION ALL
      (SELECT 'achieved', a.id, a.setting_id, s.name, a.track::text, a.cycle, a.percent_complete, a.achieved_at, a.expires_at
         FROM awards a JOIN settings s ON s.id = a.setting_id
        WHERE a.status = 'achieved' AND a.achieved_at IS NOT NULL ORDER BY a.achieved_at DESC, a.id DESC LIMIT 25)
      UNION ALL
      (SELECT 'closest', a.id, a.setting_id, s.name, a.track::text, a.cycle, a.percent_complete, a.achieved_at, a.expires_at
         FROM awards a JOIN settings s ON s.id = a.setting_id
        WHERE a.status = 'in-progress' ORDER BY a.percent_complete DESC NULLS LAST, s.name LIMIT 25)`,
      [now, until],
    ),
  ])
  const rows = (list) =>
    lists.rows
      .filter((r) => r.list === list)
      .map(
        (r) =>
          `<tr><th><a href="/admin/collections/settings/${r.setting_id}">${esc(r.name)}</a></th><td><a href="/admin/collections/awards/${r.id}">${r.track}</a></td><td>${Math.round(r.percent_complete)} %</td></tr>`,
      )
      .join('')
  return page(
    'Awards overview',
    `<h1>Awards overview</h1><table>${counts.rows.map((r) => `<tr><th>${r.kind} ${r.key}</th><td>${r.track}</td><td>${r.n}</td></tr>`).join('')}</table>
     <table>${bands.rows.map((r) => `<tr><th>${r.band}</th><td>${r.track}</td><td>${r.n}</td></tr>`).join('')}</table>
     <h2>Expiring within ${days} days</h2><table>${rows('expiring')}</table><h2>Recently achieved</h2><table>${rows('achieved')}</table>
     <h2>Closest to achieving</h2><table>${rows('closest')}</table>`,
  )
}

/**
 * The county overview's four aggregates and two queue counts (src/county/overview.ts, whole county), side by side as the
 * app sends them, rendered as its tables.
 */
async function countyOverview(db) {
  const now = new Date()
  const since = new Date(now)
  since.setUTCMonth(since.getUTCMonth() - 12)
  const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).formatToParts(now)
  const index = Number(london.find((p) => p.type === 'year').value) * 12 + Number(london.find((p) => p.type === 'month').value) - 1 - 11
  const firstMonth = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
  const district = `coalesce(nullif(trim(s.district), ''), 'Not recorded')`
  const [settings, months, results, totals, moderation, joins] = await Promise.all([
    db.query(
      `SELECT s.type::text AS type, ${district} AS district, count(*)::int AS settings,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM assessments a WHERE a.setting_id = s.id AND a.status = 'submitted' AND a.submitted_at >= $1 AND a.submitted_at <= $2))::int AS engaged
       FROM settings s WHERE s.active = true GROUP BY 1, 2`,
      [since.toISOString(), now.toISOString()],
    ),
    db.query(
      `SELECT to_char(a.submitted_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(*)::int AS submitted
       FROM assessments a JOIN settings s ON s.id = a.setting_id
       WHERE a.status = 'submitted' AND a.submitted_at >= ($1::timestamp AT TIME ZONE 'Europe/London') AND a.submitted_at <= $2 GROUP BY 1 ORDER BY 1`,
      [firstMonth, now.toISOString()],
    ),
    db.query(`SELECT r.principle_id AS principle, ${district} AS district, count(*)::int AS contributors, sum(r.percentage)::float8 AS sum,
        count(*) FILTER (WHERE r.percentage < o.red)::int AS red, count(*) FILTER (WHERE r.percentage >= o.red AND r.percentage < o.amber)::int AS amber,
        count(*) FILTER (WHERE r.percentage >= o.amber)::int AS green
      FROM latest_results r JOIN settings s ON s.id = r.setting_id
      CROSS JOIN (SELECT coalesce((SELECT rag_bands_red_below FROM hub_options LIMIT 1), 40) AS red, coalesce((SELECT rag_bands_amber_below FROM hub_options LIMIT 1), 75) AS amber) o
      GROUP BY 1, 2 ORDER BY 2, 1`),
    db.query(
      `WITH f AS (SELECT s.id FROM settings s),
       o AS (SELECT benchmark_minimum, award_renewal_reminder_days AS reminder_days FROM hub_options LIMIT 1),
       staff AS (SELECT count(*)::int AS active_staff, count(*) FILTER (WHERE m.champion)::int AS champions,
           count(*) FILTER (WHERE m.id IN (SELECT a.staff_member_id FROM attendances a WHERE a.status = 'attended'))::int AS trained
         FROM staff_members m JOIN f ON f.id = m.setting_id WHERE m.active = true),
       aw AS (SELECT count(*) FILTER (WHERE w.status = 'achieved')::int AS achieved, count(*) FILTER (WHERE w.status = 'in-progress')::int AS in_progress,
           count(*) FILTER (WHERE w.status = 'achieved' AND w.expires_at >= $2 AND w.expires_at <= $2::timestamptz + make_interval(days => coalesce((SELECT reminder_days FROM o), 60)::int))::int AS expiring
         FROM awards w JOIN f ON f.id = w.setting_id)
       SELECT (SELECT count(*)::int FROM training_sessions t WHERE t.status <> 'cancelled' AND t.starts_at >= $1 AND t.starts_at <= $2) AS sessions_run,
         (SELECT count(*)::int FROM training_sessions t WHERE t.status = 'scheduled' AND t.starts_at > $2) AS upcoming_sessions, staff.*, aw.*,
         (SELECT coalesce(json_agg(json_build_object('id', p.id, 'order', p."order", 'label', p.label) ORDER BY p."order", p.id), '[]'::json) FROM principles p) AS principles
       FROM staff, aw`,
      [since.toISOString(), now.toISOString()],
    ),
    db.query(`SELECT count(*)::int AS n FROM case_studies WHERE status = 'pending'`),
    db.query(`SELECT count(*)::int AS n FROM join_requests WHERE status = 'new'`),
  ])
  const table = (rows) =>
    `<table>${rows
      .map(
        (r) =>
          `<tr>${Object.values(r)
            .map((v) => `<td>${esc(typeof v === 'object' ? JSON.stringify(v) : v)}</td>`)
            .join('')}</tr>`,
      )
      .join('')}</table>`
  return page(
    'County overview',
    `<h1>County overview</h1><p>Case studies to moderate: ${moderation.rows[0].n}; join requests: ${joins.rows[0].n}</p>
     <h2>Settings</h2>${table(settings.rows)}<h2>Self-assessments submitted</h2>${table(months.rows)}<h2>Scores by principle</h2><h2>Heat map: principle by district</h2>${table(results.rows)}
     <h2>Training</h2>${table(totals.rows)}`,
  )
}

async function moderation(db) {
  const queue = await db.query(`
    SELECT cs.id, cs.title, cs.summary, cs.body, cs.anonymous, cs.shared_at, cs.pupil_confirmation_confirmed_at, cs.published_live, cs.published_published_at,
      s.name AS setting_name, s.type AS setting_type, a.name AS author_name, a.email AS author_email, c.name AS confirmed_name, c.email AS confirmed_email,
      (SELECT json_agg(p.label ORDER BY r."order") FROM case_studies_rels r JOIN principles p ON p.id = r.principles_id WHERE r.parent_id = cs.id AND r.path = 'principles') AS principles,
      (SELECT json_agg(json_build_object('filename', m.filename, 'alt', m.alt, 'width', m.width, 'height', m.height) ORDER BY r."order")
         FROM case_studies_rels r JOIN media m ON m.id = r.media_id WHERE r.parent_id = cs.id AND r.path = 'images') AS images,
      count(*) OVER () AS total
    FROM case_studies cs JOIN settings s ON s.id = cs.setting_id LEFT JOIN users a ON a.id = cs.author_id LEFT JOIN users c ON c.id = cs.pupil_confirmation_confirmed_by_id
    WHERE cs.status = 'pending' ORDER BY cs.shared_at LIMIT 50`)
  return page(
    'Moderation queue',
    `<h1>Moderation queue</h1><p>${queue.rows[0]?.total ?? 0} case studies are waiting, oldest first.</p><ol>${queue.rows
      .map(
        (
          c,
        ) => `<li><article><h2>${esc(c.title)}</h2><dl><dt>Setting</dt><dd>${esc(c.setting_name)} (${c.setting_type})</dd><dt>Written by</dt><dd>${esc(c.author_name)} (${esc(c.author_email)})</dd>
          <dt>Shared</dt><dd>${new Date(c.shared_at).toLocaleString('en-GB')}</dd><dt>Confirmed by</dt><dd>${esc(c.confirmed_name)}</dd>${c.published_live ? `<dt>Currently published</dt><dd>${c.published_published_at}</dd>` : ''}</dl>
          <p>${esc(c.summary)}</p><ul>${(c.principles ?? []).map((p) => `<li>${esc(p)}</li>`).join('')}</ul>${lexicalToHtml(c.body?.root)}
          ${(c.images ?? []).map((m) => `<img src="/api/media/file/${encodeURIComponent(m.filename)}" alt="${esc(m.alt)}" width="${m.width}" height="${m.height}">`).join('')}
          <form><button>Approve</button><button>Request changes</button><button>Reject</button></form></article></li>`,
      )
      .join('')}</ol>`,
  )
}

/**
 * The figures of the portal's /training page for the viewer's setting, by hand: headline counts, the staff ×
 * principle matrix, each principle's share trained beside the county's (shown above the benchmark minimum) and the
 * latest self-assessment's RAG, the champions, and the upcoming sessions with places left and waiting lists.
 */
async function trainingPage(db, _ctx, v) {
  const setting = v.setting_id
  const [principles, staff, trained, county, latest, options, upcoming, bookings] = await Promise.all([
    db.query('SELECT id, "order", label FROM principles ORDER BY "order"'),
    db.query('SELECT id, name, job_role, champion, champion_since, sessions_attended FROM staff_members WHERE setting_id = $1 AND active ORDER BY name', [
      setting,
    ]),
    db.query(
      `SELECT DISTINCT a.staff_member_id, r.principles_id FROM attendances a JOIN training_sessions s ON s.id = a.session_id
       JOIN training_courses_rels r ON r.parent_id = s.course_id AND r.path = 'principles' WHERE a.setting_id = $1 AND a.status = 'attended'`,
      [setting],
    ),
    db.query(
      `WITH trained AS (
         SELECT DISTINCT a.setting_id, a.staff_member_id, r.principles_id FROM attendances a
         JOIN staff_members m ON m.id = a.staff_member_id AND m.active JOIN training_sessions s ON s.id = a.session_id
         JOIN training_courses_rels r ON r.parent_id = s.course_id AND r.path = 'principles'
         WHERE a.status = 'attended' AND a.setting_id <> $1)
       SELECT principles_id AS principle, count(*)::int AS trained, count(DISTINCT setting_id)::int AS settings,
         (SELECT count(*) FROM staff_members m WHERE m.active AND m.setting_id <> $1)::int AS staff
       FROM trained GROUP BY principles_id`,
      [setting],
    ),
    db.query(`SELECT results FROM assessments WHERE setting_id = $1 AND status = 'submitted' ORDER BY submitted_at DESC LIMIT 1`, [setting]),
    db.query('SELECT benchmark_minimum, champion_threshold FROM hub_options LIMIT 1'),
    db.query(
      `SELECT s.id, s.starts_at, s.ends_at, s.mode, s.venue, s.capacity, s.waiting_list_size, c.title,
         (SELECT array_agg(r.principles_id) FROM training_courses_rels r WHERE r.parent_id = c.id AND r.path = 'principles') AS principles,
         (SELECT count(*) FROM attendances a WHERE a.session_id = s.id AND a.status = 'booked')::int AS booked,
         (SELECT count(*) FROM attendances a WHERE a.session_id = s.id AND a.status = 'waitlisted')::int AS waiting
       FROM training_sessions s JOIN training_courses c ON c.id = s.course_id
       WHERE s.status = 'scheduled' AND s.starts_at > now() AND c._status = 'published' AND c.active ORDER BY s.starts_at LIMIT 20`,
    ),
    db.query(
      `SELECT count(*)::int AS n FROM attendances a JOIN training_sessions s ON s.id = a.session_id
       WHERE a.setting_id = $1 AND a.status IN ('booked', 'waitlisted') AND s.starts_at > now()`,
      [setting],
    ),
  ])
  const minimum = Math.max(2, Number(options.rows[0]?.benchmark_minimum ?? 5))
  const trainedIn = new Map()
  for (const t of trained.rows) trainedIn.set(t.staff_member_id, (trainedIn.get(t.staff_member_id) ?? new Set()).add(t.principles_id))
  const active = staff.rows
  const rag = new Map((latest.rows[0]?.results?.principles ?? []).map((p) => [p.principle, p.rag]))
  const countyShare = new Map(county.rows.map((c) => [c.principle, c.settings >= minimum && c.staff ? Math.round((100 * c.trained) / c.staff) : null]))
  const gaps = principles.rows
    .map((p) => {
      const n = active.filter((m) => trainedIn.get(m.id)?.has(p.id)).length
      const share = active.length ? n / active.length : 0
      const weight = rag.get(p.id) === 'red' ? 2 : rag.get(p.id) === 'amber' ? 1.5 : 1
      return { ...p, n, need: (1 - share) * weight }
    })
    .sort((a, b) => b.need - a.need)
  const threshold = Number(options.rows[0]?.champion_threshold ?? 3)
  return page(
    'Training',
    `<h1>Training</h1><dl><dt>Active staff</dt><dd>${active.length}</dd><dt>Trained in at least one principle</dt><dd>${active.filter((m) => trainedIn.has(m.id)).length}</dd>
     <dt>Champions</dt><dd>${active.filter((m) => m.champion).length}</dd><dt>Upcoming bookings</dt><dd>${bookings.rows[0].n}</dd></dl>
     <h2>Skill gaps</h2><ol>${gaps.map((g) => `<li>${esc(g.label)}: ${g.n} of ${active.length} staff trained; county ${countyShare.get(g.id) ?? '—'}%${rag.has(g.id) ? `; last self-assessment ${rag.get(g.id)}` : ''}</li>`).join('')}</ol>
     <h2>Upcoming sessions</h2><ul>${upcoming.rows.map((s) => `<li>${esc(s.title)} ${new Date(s.starts_at).toLocaleString('en-GB')} ${s.mode} ${Math.max(0, s.capacity - s.booked)} places left, ${s.waiting} waiting</li>`).join('')}</ul>
     <table><tr><th>Staff</th>${principles.rows.map((p) => `<th>${esc(p.label)}</th>`).join('')}<th>Sessions</th></tr>${active
       .map(
         (m) =>
           `<tr><th>${esc(m.name)}</th>${principles.rows.map((p) => `<td>${trainedIn.get(m.id)?.has(p.id) ? 'Trained' : 'Not yet'}</td>`).join('')}<td>${m.sessions_attended} of ${threshold}${m.champion ? ` Champion since ${new Date(m.champion_since).toLocaleDateString('en-GB')}` : ''}</td></tr>`,
       )
       .join('')}</table>`,
  )
}

async function usersList(db) {
  const users = await db.query(
    `SELECT u.id, u.name, u.email, u.role, s.name AS setting, count(*) OVER () AS total FROM users u LEFT JOIN settings s ON s.id = u.setting_id ORDER BY u.created_at DESC LIMIT 100`,
  )
  return page(
    'Users',
    `<h1>Users</h1><p>${users.rows[0]?.total} users</p><table>${users.rows.map((u) => `<tr><td><a href="/admin/collections/users/${u.id}">${esc(u.name)}</a></td><td>${esc(u.email)}</td><td>${u.role}</td><td>${esc(u.setting ?? '')}</td></tr>`).join('')}</table>`,
  )
}

/**
 * Each page: `as` who asks (lead, admin or an anonymous visitor), `kind` (portal, public, admin or file),
 * `expect` what its body must contain, `raw(db, ctx, viewer, mediaDir)` the baseline's response body.
 */
export function benchPages(ctx) {
  return [
    {
      key: 'dashboard',
      path: '/dashboard',
      as: 'lead',
      kind: 'portal',
      quick: true,
      expect: [htmlEsc(ctx.setting.name), 'Self-assessment'],
      raw: async (_db, _ctx, v) =>
        page(
          'Dashboard',
          `<span>${esc(v.setting_type)}</span><h1>${esc(v.setting_name)}</h1><p>Welcome, ${esc(v.name)}. You are signed in as ${v.role}.</p><ul><li><a href="/assessment">Self-assessment</a></li><li><a href="/scrapbook">Scrapbook</a></li><li>Training</li><li>${v.award_track === 'college' ? 'Compassionate College Award' : 'Compassionate School Award'}</li></ul>`,
        ),
    },
    {
      key: 'report',
      path: `/assessment/${ctx.reportId}/report`,
      as: 'lead',
      kind: 'portal',
      quick: true,
      expect: ['Self-assessment report', 'Scores by principle', 'What changed since'],
      raw: report,
    },
    {
      key: 'progress',
      path: '/progress',
      as: 'lead',
      kind: 'portal',
      expect: ['Progress over time', 'so far)', 'Download this table (CSV)'],
      raw: async (db, _ctx, v) => {
        const history = await db.query(
          `SELECT id, submitted_at, results, snapshot->'principles' AS principles FROM assessments WHERE setting_id = $1 AND status = 'submitted' ORDER BY submitted_at`,
          [v.setting_id],
        )
        const principles = history.rows.at(-1)?.principles ?? []
        return page(
          'Progress over time',
          `<h1>Progress over time</h1><p>(${history.rows.length} so far)</p><table><tr><th>Submitted</th>${principles.map((p) => `<th>${esc(p.label)}</th>`).join('')}<th>Overall</th></tr>${history.rows.map((a) => `<tr><td>${new Date(a.submitted_at).toLocaleDateString('en-GB')}</td>${a.results.principles.map((p) => `<td>${p.percentage ?? '—'}</td>`).join('')}<td>${a.results.overall.percentage}</td></tr>`).join('')}</table><p><a href="/progress/csv" download>Download this table (CSV)</a></p>`,
        )
      },
    },
    {
      key: 'actions',
      path: '/actions',
      as: 'lead',
      kind: 'portal',
      expect: ['Action plan', htmlEsc(ctx.firstActionTitle)],
      raw: async (db, _ctx, v) => {
        const actions = await db.query('SELECT id, title, owner, due_date, status FROM actions WHERE setting_id = $1 ORDER BY due_date', [v.setting_id])
        return page(
          'Action plan',
          `<h1>Action plan</h1><table>${actions.rows.map((a) => `<tr><td>${esc(a.title)}</td><td>${esc(a.owner)}</td><td>${a.due_date ? new Date(a.due_date).toLocaleDateString('en-GB') : '—'}</td><td>${a.status}</td><td><a href="/actions/${a.id}">Change</a></td></tr>`).join('')}</table>`,
        )
      },
    },
    {
      key: 'community',
      path: '/community',
      as: null,
      kind: 'public',
      quick: true,
      expect: ['Community Scrapbook', 'showing 1 to 12'],
      raw: (db) => gallery(db, ''),
    },
    {
      key: 'search',
      path: `/community?q=${ctx.searchWord}`,
      as: null,
      kind: 'public',
      quick: true,
      expect: ['case studies', 'showing 1 to 12'],
      raw: (db) => gallery(db, ctx.searchWord),
    },
    {
      key: 'caseStudy',
      path: `/community/${ctx.caseStudy.id}`,
      as: null,
      kind: 'public',
      expect: [htmlEsc(ctx.caseStudy.title), '/api/media/file/'],
      raw: (db) => caseStudy(db, ctx),
    },
    {
      key: 'image',
      path: `/api/media/file/${encodeURIComponent(ctx.image.filename)}`,
      as: null,
      kind: 'file',
      quick: true,
      bytes: ctx.image.filesize,
      raw: async (db, _ctx, _v, mediaDir) => {
        // The same check the page's access rule makes (an image of a live published case study), then the file.
        const { rows } = await db.query(
          `SELECT m.filename FROM media m WHERE m.filename = $1 AND EXISTS (
             SELECT 1 FROM case_studies_rels r JOIN case_studies cs ON cs.id = r.parent_id WHERE r.media_id = m.id AND r.path = 'published.images' AND cs.published_live)`,
          [ctx.image.filename],
        )
        return rows[0] ? readFile(path.join(mediaDir, rows[0].filename)) : null
      },
    },
    // Built by the portal's branch: skipped with a note while /training answers 404.
    ...(ctx.training
      ? [{ key: 'training', path: '/training', as: 'trainingLead', kind: 'portal', quick: true, optional: true, expect: ['Training'], raw: trainingPage }]
      : []),
    { key: 'moderation', path: '/admin/moderation', as: 'admin', kind: 'admin', expect: ['Moderation queue', 'waiting, oldest first'], raw: moderation },
    {
      key: 'awardsOverview',
      path: '/admin/awards-overview',
      as: 'admin',
      kind: 'admin',
      expect: ['Awards overview', 'Recently achieved'],
      raw: awardsOverview,
    },
    {
      key: 'countyOverview',
      path: '/admin/county-overview',
      as: 'admin',
      kind: 'admin',
      expect: ['County overview', 'Heat map: principle by district'],
      raw: countyOverview,
    },
    { key: 'users', path: '/admin/collections/users?limit=100', as: 'admin', kind: 'admin', expect: [ctx.newestUserEmail], raw: usersList },
  ]
}
