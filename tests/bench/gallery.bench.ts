/** The public Community Scrapbook at scale: full-text search over 3,000 published case studies, p95, against raw SQL. */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { searchGallery } from '@/scrapbook/gallery'
import { seedQuestionBank } from '@/seed/questionBank'

import { testPayload } from '../helpers/payload'
import { createSetting } from '../helpers/world'
import { measure, report } from './measure'

const CASE_STUDIES = 3000
const WORDS = ['calm', 'corner', 'breakfast', 'club', 'mentor', 'transition', 'anxiety', 'parents', 'coffee', 'morning', 'staff', 'wellbeing', 'walk', 'council', 'voice', 'nurture', 'garden', 'mindfulness', 'resilience', 'attendance', 'bereavement', 'friendship', 'kindness', 'sleep', 'exams']
const QUERIES = ['calm', 'breakfast club', 'transition or anxiety', 'parents', 'bereavement', 'staff wellbeing', 'mindfulness or exams', 'nurture garden']

let payload: Payload
let client: pg.Client

beforeAll(async () => {
  payload = await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await seedQuestionBank(payload)
  const setting = await createSetting(payload, 'Bench Gallery School', 'primary')
  const words = `ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]`
  // Loaded with SQL: the benchmark measures searching, not moderating 3,000 case studies one by one.
  await client.query(`
    INSERT INTO case_studies (title, summary, body, anonymous, setting_id, status, published_live, published_title, published_summary, published_body_text, published_setting_type, published_publisher_name, published_published_at, updated_at, created_at)
    SELECT t, s, '{"root":{"type":"root","children":[]}}'::jsonb, false, ${setting.id}, 'published', true, t, s, b, (ARRAY['primary','secondary','college'])[1 + g % 3], 'A setting', now() - (g || ' hours')::interval, now(), now()
    FROM (SELECT g,
      initcap(w[1 + g % 25]) || ' ' || w[1 + (g * 7) % 25] || ' in practice ' || g AS t,
      'How we used ' || w[1 + (g * 3) % 25] || ' and ' || w[1 + (g * 11) % 25] || ' to support pupils and staff.' AS s,
      repeat('We tried ' || w[1 + (g * 5) % 25] || ' with ' || w[1 + (g * 13) % 25] || ' and saw ' || w[1 + (g * 17) % 25] || ' improve. ', 40) AS b
      FROM generate_series(1, ${CASE_STUDIES}) g, (SELECT ${words} AS w) words) rows`)
  const principles = (await client.query('SELECT id FROM principles ORDER BY "order"')).rows.map((r) => r.id)
  await client.query(
    `INSERT INTO case_studies_rels ("order", parent_id, path, principles_id)
     SELECT 1, id, 'published.principles', ($1::int[])[1 + id % 8] FROM case_studies WHERE setting_id = $2`,
    [principles, setting.id],
  )
  await client.query('ANALYZE case_studies; ANALYZE case_studies_rels')
}, 600_000)

afterAll(async () => {
  await client.end()
})

it(`searches ${CASE_STUDIES} published case studies`, async () => {
  const rawSQL = `SELECT cs.id, cs.published_title, cs.published_summary, count(*) OVER () AS total FROM case_studies cs
    WHERE cs.published_live = true AND cs.search @@ websearch_to_tsquery('english', $1)
    ORDER BY ts_rank(cs.search, websearch_to_tsquery('english', $1)) DESC, cs.published_published_at DESC, cs.id DESC LIMIT 12`
  const raw = await measure('raw SQL: ranked full-text search, first page', 200, (i) => client.query(rawSQL, [QUERIES[i % QUERIES.length]]))
  const hub = await measure('searchGallery (ranked search + page of published versions)', 200, (i) => searchGallery(payload, { q: QUERIES[i % QUERIES.length] }))
  const filtered = await measure('searchGallery with principle and setting-type filters', 200, (i) => searchGallery(payload, { q: QUERIES[i % QUERIES.length], principle: 1 + (i % 8), settingType: 'primary' }))
  const newest = await measure('searchGallery, no search: newest first, page 3', 200, () => searchGallery(payload, { page: 3 }))
  const first = await searchGallery(payload, { q: 'calm' })
  expect(first.total).toBeGreaterThan(0)
  expect(first.entries[0].title.toLowerCase()).toContain('calm')
  const plan = await client.query(`EXPLAIN ${rawSQL.replace(/\$1/g, `'calm'`)}`)
  console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'))
  report(`Community Scrapbook search over ${CASE_STUDIES} published case studies`, [raw, hub, filtered, newest], raw)
})
