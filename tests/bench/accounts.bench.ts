/** Accounts at county scale: a setting lead lists their setting's accounts through access control, against raw SQL of the same rows. */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { measure, printScale, report, runs } from './measure'

let payload: Payload
let client: pg.Client
let lead: User
let scale: Record<string, number | string>

beforeAll(async () => {
  payload = await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  scale = await printScale()
  const { rows } = await client.query(`SELECT id FROM users WHERE role = 'setting-lead' ORDER BY id LIMIT 1`)
  lead = await payload.findByID({ collection: 'users', id: rows[0].id, depth: 0, overrideAccess: true })
}, 600_000)

afterAll(async () => {
  await client.end()
})

it('lists a setting’s accounts as its lead, against raw SQL of the same rows', async () => {
  const settingId = typeof lead.setting === 'object' ? lead.setting!.id : lead.setting
  // What the Local API reads: the page of users with every readable column and their sessions, and the total.
  const raw = await measure('raw SQL: the setting’s users (all columns, sessions) and their count', runs(200), async () => {
    await client.query(
      `SELECT u.id, u.name, u.role, u.setting_id, u.updated_at, u.created_at, u.email, u.login_attempts, u.lock_until,
         (SELECT coalesce(json_agg(json_build_object('id', s.id, 'createdAt', s.created_at, 'expiresAt', s.expires_at) ORDER BY s._order), '[]') FROM users_sessions s WHERE s._parent_id = u.id) AS sessions
       FROM users u WHERE u.setting_id = $1 ORDER BY u.created_at DESC LIMIT 10`,
      [settingId],
    )
    await client.query('SELECT count(*) FROM users WHERE setting_id = $1', [settingId])
  })
  const local = await measure('Local API find users as setting lead (overrideAccess: false)', runs(200), () =>
    payload.find({ collection: 'users', user: lead, overrideAccess: false, depth: 0, limit: 10 }),
  )
  const result = await payload.find({ collection: 'users', user: lead, overrideAccess: false, depth: 0, limit: 10 })
  expect(result.totalDocs).toBe(4)
  report(`Accounts at county scale (${scale.settings} settings, ${scale['setting accounts']} setting accounts)`, [raw, local], raw)
})
