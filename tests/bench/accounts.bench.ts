/** County scale: 650 settings with 4 accounts each; a setting lead lists their setting's accounts through access control. */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { measure, report } from './measure'

const SETTINGS = 650
let payload: Payload
let client: pg.Client
let lead: User

beforeAll(async () => {
  payload = await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  // Bulk-load through SQL: the benchmark measures reads, not the 600k-iteration password hashing of 2,600 accounts.
  await client.query(`INSERT INTO settings (name, urn, type, district, award_track, active, updated_at, created_at)
    SELECT 'Setting ' || g, (10000000 + g)::text, 'primary', 'District ' || (g % 12), 'school', true, now(), now() FROM generate_series(1, ${SETTINGS}) g`)
  await client.query(`INSERT INTO users (name, role, setting_id, email, updated_at, created_at)
    SELECT 'Person ' || s.id || '-' || r, CASE WHEN r = 1 THEN 'setting-lead' ELSE 'setting-staff' END::enum_users_role, s.id,
           'p' || s.id || '-' || r || '@bench.example.org', now(), now()
    FROM settings s CROSS JOIN generate_series(1, 4) r`)
  const found = await payload.find({ collection: 'users', where: { role: { equals: 'setting-lead' } }, limit: 1, overrideAccess: true, depth: 0 })
  lead = found.docs[0] as User
}, 600_000)

afterAll(async () => {
  await client.end()
})

it('lists a setting’s accounts as its lead, against raw SQL of the same rows', async () => {
  const settingId = typeof lead.setting === 'object' ? lead.setting!.id : lead.setting
  const raw = await measure('raw SQL: SELECT the setting’s users', 200, () =>
    client.query('SELECT id, name, email, role, setting_id FROM users WHERE setting_id = $1 ORDER BY created_at DESC LIMIT 10', [settingId]),
  )
  const local = await measure('Local API find users as setting lead (overrideAccess: false)', 200, () =>
    payload.find({ collection: 'users', user: lead, overrideAccess: false, depth: 0, limit: 10 }),
  )
  const result = await payload.find({ collection: 'users', user: lead, overrideAccess: false, depth: 0, limit: 10 })
  expect(result.totalDocs).toBe(4)
  report(`Accounts at county scale (${SETTINGS} settings, ${SETTINGS * 4} accounts)`, [raw, local], raw)
})
