/**
 * The award at county scale: recomputing one setting's award through the recompute seam (transaction, row lock, facts,
 * evaluation, checklist written) against raw SQL of the same facts queries; and every setting's award after a
 * criterion edit (recomputeAllAwards: the facts of all settings at once, then one transaction per setting) against
 * raw SQL of the same facts for all settings at once.
 */
import pg from 'pg'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { recomputeAward, recomputeAllAwards } from '@/awards/recompute'

import { testPayload } from '../helpers/payload'
import { rawAwardFacts, rawCriteria } from './awardFacts'
import { measure, printScale, report, runs } from './measure'

let payload: Payload
let pool: pg.Pool
let scale: Record<string, number | string>
let settingId: number
let actionId: number
let allIds: number[]

beforeAll(async () => {
  payload = await testPayload()
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
  scale = await printScale()
  // The setting with the most to read: the most staff, then the most bookings.
  const { rows } = await pool.query(`
    SELECT m.setting_id FROM staff_members m GROUP BY m.setting_id
    ORDER BY count(*) DESC, (SELECT count(*) FROM attendances a WHERE a.setting_id = m.setting_id) DESC LIMIT 1`)
  settingId = rows[0].setting_id
  const action = await pool.query(`SELECT id FROM actions WHERE setting_id = $1 ORDER BY id LIMIT 1`, [settingId])
  if (!action.rows.length) {
    const inserted = await pool.query(`INSERT INTO actions (title, setting_id, status) VALUES ('Benchmark action', $1, 'in-progress') RETURNING id`, [
      settingId,
    ])
    actionId = inserted.rows[0].id
  } else actionId = action.rows[0].id
  allIds = (await pool.query('SELECT id FROM settings ORDER BY id')).rows.map((r) => r.id)
}, 600_000)

afterAll(async () => {
  await pool.end()
})

/** Untimed, before each run: one completed action more or less, so that every recompute has a checklist to rewrite. */
const flipAction = () =>
  pool.query(`UPDATE actions SET status = (CASE WHEN status = 'done' THEN 'in-progress' ELSE 'done' END)::enum_actions_status WHERE id = $1`, [actionId])

it('recomputes one setting’s award against raw SQL of the same facts', async () => {
  const n = runs(100)
  const raw = await measure('raw SQL: the same facts queries (criteria, then the six of settingFacts on one connection)', n, async () => {
    await rawCriteria(pool)
    await rawAwardFacts(pool, [settingId])
  })
  const hub = await measure(
    'recomputeAward (transaction, award row lock, facts, evaluate, checklist written)',
    n,
    async () => {
      const award = await recomputeAward(await createLocalReq({}, payload), settingId)
      expect(award?.setting).toBeTruthy()
    },
    flipAction,
  )
  report(
    `Recompute one setting’s award (${scale.settings} settings, ${scale['staff members']} staff, ${scale.attendances} attendances in the county)`,
    [raw, hub],
    raw,
  )
})

it('recomputes every setting’s award after a criterion edit against raw SQL of the same facts for all settings', async () => {
  const n = process.env.BENCH_QUICK ? 1 : 3
  let minimum = 2
  /** Untimed: the criterion edit (the case studies it asks for, alternately 2 and 3), as publishing it would store it. */
  const edit = () => {
    minimum = minimum === 2 ? 3 : 2
    return pool.query(`UPDATE award_criteria SET minimum = $1 WHERE rule = 'case-studies' AND _status = 'published'`, [minimum])
  }
  const raw = await measure(`raw SQL: the same facts queries for all ${allIds.length} settings at once`, Math.max(n, 5), async () => {
    await rawCriteria(pool)
    await rawAwardFacts(pool, allIds)
  })
  let last = { settings: 0, changed: 0, achieved: 0, skipped: 0 }
  const hub = await measure(
    `recomputeAllAwards (facts of all at once, then one transaction per setting)`,
    n,
    async () => {
      last = await recomputeAllAwards(payload)
    },
    edit,
  )
  expect(last.settings).toBe(allIds.length)
  expect(last.changed + last.achieved).toBeGreaterThan(0)
  report(
    `Recompute all ${allIds.length} settings’ awards after a criterion edit (total per run, ms; last run: ${last.changed} changed, ${last.achieved} achieved)`,
    [raw, hub],
    raw,
  )
  await pool.query(`UPDATE award_criteria SET minimum = 2 WHERE rule = 'case-studies' AND _status = 'published'`)
})
