/** The public Community Scrapbook at county scale: full-text search over the county's published case studies, p95, against raw SQL of the same work. */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { searchGallery } from '@/scrapbook/gallery'

import { testPayload } from '../helpers/payload'
import { measure, printScale, report, runs } from './measure'

const QUERIES = ['calm', 'breakfast club', 'transition or anxiety', 'parents', 'bereavement', 'staff wellbeing', 'mindfulness or exams', 'nurture garden']

let payload: Payload
let client: pg.Client
let scale: Record<string, number | string>

beforeAll(async () => {
  payload = await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  scale = await printScale()
}, 600_000)

afterAll(async () => {
  await client.end()
})

const SEARCH = `SELECT cs.id, count(*) OVER () AS total FROM case_studies cs
  WHERE cs.published_live = true AND cs.search @@ websearch_to_tsquery('english', $1)
  ORDER BY ts_rank(cs.search, websearch_to_tsquery('english', $1)) DESC, cs.published_published_at DESC, cs.id DESC LIMIT 12`

/** What searchGallery reads, by hand: the ranked page of ids, their published versions (every published column, principles, images), the first images' files. */
async function rawSearch(q: string) {
  const page = await client.query(SEARCH, [q])
  const ids = page.rows.map((r) => r.id)
  const published = await client.query(
    `SELECT cs.id, cs.published_live, cs.published_title, cs.published_summary, cs.published_body, cs.published_body_text, cs.published_setting_type,
       cs.published_publisher_name, cs.published_published_at,
       (SELECT array_agg(r.principles_id ORDER BY r."order") FROM case_studies_rels r WHERE r.parent_id = cs.id AND r.path = 'published.principles') AS principles,
       (SELECT array_agg(r.media_id ORDER BY r."order") FROM case_studies_rels r WHERE r.parent_id = cs.id AND r.path = 'published.images') AS images
     FROM case_studies cs WHERE cs.id = ANY($1)`,
    [ids],
  )
  const firstImages = published.rows.map((r) => r.images?.[0]).filter(Boolean)
  await client.query('SELECT id, filename, alt, width, height FROM media WHERE id = ANY($1)', [firstImages])
  return published.rows.length
}

it('searches the county’s published case studies', async () => {
  const raw = await measure('raw SQL: ranked page, its published versions, first images', runs(200), (i) => rawSearch(QUERIES[i % QUERIES.length]))
  const hub = await measure('searchGallery (ranked search + page of published versions)', runs(200), (i) =>
    searchGallery(payload, { q: QUERIES[i % QUERIES.length] }),
  )
  const filtered = await measure('searchGallery with principle and setting-type filters', runs(200), (i) =>
    searchGallery(payload, { q: QUERIES[i % QUERIES.length], principle: 1 + (i % 8), settingType: 'primary' }),
  )
  const newest = await measure('searchGallery, no search: newest first, page 3', runs(200), () => searchGallery(payload, { page: 3 }))
  const first = await searchGallery(payload, { q: 'calm' })
  expect(first.total).toBeGreaterThan(0)
  expect(await rawSearch('calm')).toBe(first.entries.length)
  const plan = await client.query(`EXPLAIN ${SEARCH.replace(/\$1/g, `'calm'`)}`)
  console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'))
  report(
    `Community Scrapbook search over ${scale['published case studies']} published case studies (${scale['case studies']} in all)`,
    [raw, hub, filtered, newest],
    raw,
  )
})
