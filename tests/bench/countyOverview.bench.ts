/**
 * The county overview at county scale: loadCountyOverview (its four aggregate queries side by side, the two queue counts
 * as the service user, and the shaping) against the same SQL text run over plain pg with the same parallelism — for the
 * whole county and for one phase in one district.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { CountyFilter } from '@/county/filters'
import { countyQueries, loadCountyOverview } from '@/county/overview'

import { testPayload } from '../helpers/payload'
import { measure, printScale, report, runs } from './measure'

let payload: Payload
let pool: pg.Pool
let scale: Record<string, number | string>
let admin: unknown
let district: string

beforeAll(async () => {
  payload = await testPayload()
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
  scale = await printScale()
  const { rows } = await pool.query(`SELECT id FROM users WHERE role = 'service-admin' AND active IS NOT FALSE ORDER BY id LIMIT 1`)
  admin = { ...(await payload.findByID({ collection: 'users', id: rows[0].id, overrideAccess: true, depth: 0 })), collection: 'users' }
  // The district with the most primaries: the filtered run reads the biggest group a filter gives.
  district = (await pool.query(`SELECT district FROM settings WHERE type = 'primary' GROUP BY district ORDER BY count(*) DESC LIMIT 1`)).rows[0].district
}, 600_000)

afterAll(async () => {
  await pool.end()
})

/** The same statements as loadCountyOverview sends (drizzle's own rendering of them), and the two queue counts. */
function rawStatements(filter: CountyFilter, now: Date): { text: string; values: unknown[] }[] {
  const dialect = (
    (payload.db as unknown as PostgresAdapter).drizzle as unknown as { dialect: { sqlToQuery: (q: unknown) => { sql: string; params: unknown[] } } }
  ).dialect
  const q = countyQueries(filter, now)
  return [
    ...[q.settings, q.months, q.results, q.totals].map((s) => {
      const { sql, params } = dialect.sqlToQuery(s)
      return { text: sql, values: params }
    }),
    { text: `SELECT count(*)::int AS n FROM case_studies WHERE status = 'pending'`, values: [] },
    { text: `SELECT count(*)::int AS n FROM join_requests WHERE status = 'new'`, values: [] },
  ]
}

for (const [name, filter] of [
  ['the whole county', { phase: null, district: null }],
  ['primaries of one district', { phase: 'primary', district: '' }],
] as [string, CountyFilter][]) {
  it(`computes the county overview (${name}) against raw SQL of the same figures`, async () => {
    const f = filter.district === '' ? { ...filter, district } : filter
    const n = runs(100)
    const raw = await measure('raw SQL: the same four aggregates and two counts (pg, side by side)', n, async () => {
      await Promise.all(rawStatements(f, new Date()).map((s) => pool.query(s.text, s.values)))
    })
    let settings = 0
    const hub = await measure('loadCountyOverview (queries, queue counts as the service user, shaping)', n, async () => {
      const o = await loadCountyOverview(payload, { filter: f, user: admin })
      settings = o.settings.total
    })
    expect(settings).toBeGreaterThan(0)
    report(`County overview, ${name} (${settings} of ${scale.settings} settings, ${scale['submitted assessments']} submitted assessments)`, [raw, hub], raw)
  })
}
