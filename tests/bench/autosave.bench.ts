/**
 * Autosaving an answer at county scale: the draft's update as the portal's saveAnswer makes it (the whole answers
 * array, as the setting's lead with access checked, `depth: 0`), against raw SQL doing the same work in one
 * transaction: the same reads (the draft as the lead may see it, the setting's type, the answered questions) and the
 * same writes (the answers replaced, the draft's updatedAt). The update at the default depth (1, each answer's
 * question populated in the answer) is timed beside it: why the portal asks for depth 0.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { appliesTo } from '@/assessment/applicability'
import type { User } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

import { testPayload } from '../helpers/payload'
import { measure, printScale, report, runs } from './measure'

const RUNS = runs(100)
let payload: Payload
let client: pg.Client
let lead: User
let settingId: number
let draftId: number
let answers: { question: number; value: string | null; evidence: string }[]
/** What decides whether a question applies to the setting (as `appliesTo` reads it). */
type Applicability = { active: boolean; settingTypes: string[] }

beforeAll(async () => {
  payload = await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await printScale()
  // The county's draft with the most answers, and its setting's lead.
  const { rows } = await client.query(`
    SELECT a.id, a.setting_id FROM assessments a WHERE a.status = 'draft'
    ORDER BY (SELECT count(*) FROM assessments_answers x WHERE x._parent_id = a.id) DESC, a.id LIMIT 1`)
  draftId = rows[0].id
  settingId = rows[0].setting_id
  const leadId = (await client.query(`SELECT id FROM users WHERE setting_id = $1 AND role = 'setting-lead' ORDER BY id LIMIT 1`, [settingId])).rows[0].id
  lead = await payload.findByID({ collection: 'users', id: leadId, depth: 0, overrideAccess: true })
  const draft = await payload.findByID({ collection: 'assessments', id: draftId, depth: 0, overrideAccess: true })
  answers = (draft.answers ?? []).map((a) => ({ question: Number(a.question), value: a.value ?? null, evidence: a.evidence ?? '' }))
}, 600_000)

afterAll(async () => {
  await client.end()
})

/** The autosave by hand: the draft read as its lead may, the rules' reads, the answers replaced, in one transaction. */
async function rawSave(): Promise<void> {
  await client.query('BEGIN')
  try {
    const draft = await client.query(`SELECT id, setting_id FROM assessments WHERE id = $1 AND setting_id = $2 AND status = 'draft'`, [draftId, settingId])
    if (!draft.rows.length) throw new Error('no draft')
    await client.query('SELECT _order, id, question_id, value, evidence FROM assessments_answers WHERE _parent_id = $1 ORDER BY _order', [draftId])
    const type = (await client.query('SELECT type FROM settings WHERE id = $1', [settingId])).rows[0].type as SettingType
    const questions = await client.query(
      'SELECT q.id, q.active, t.value FROM questions q LEFT JOIN questions_setting_types t ON t.parent_id = q.id WHERE q.id = ANY($1)',
      [answers.map((a) => a.question)],
    )
    const byId = new Map<number, Applicability>()
    for (const r of questions.rows) {
      const q: Applicability = byId.get(r.id) ?? { active: r.active, settingTypes: [] }
      if (r.value) q.settingTypes.push(r.value)
      byId.set(r.id, q)
    }
    const kept: typeof answers = answers.filter((a) => appliesTo(byId.get(a.question) ?? { active: false }, type))
    await client.query('DELETE FROM assessments_answers WHERE _parent_id = $1', [draftId])
    await client.query(
      `INSERT INTO assessments_answers (_order, _parent_id, id, question_id, value, evidence)
       SELECT o, $1, md5(random()::text), q, v::enum_assessments_answers_value, e FROM unnest($2::int[], $3::int[], $4::text[], $5::text[]) AS u(o, q, v, e)`,
      [draftId, kept.map((_, i) => i + 1), kept.map((a) => a.question), kept.map((a) => a.value), kept.map((a) => a.evidence)],
    )
    await client.query('UPDATE assessments SET updated_at = now() WHERE id = $1', [draftId])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

it('autosaves a draft’s answers as its lead, against raw SQL of the same work', async () => {
  expect(answers.length).toBeGreaterThan(10)
  const save = (depth?: number) => () =>
    payload.update({
      collection: 'assessments',
      id: draftId,
      data: { answers } as never,
      user: lead,
      overrideAccess: false,
      ...(depth === undefined ? {} : { depth }),
    })
  const raw = await measure('raw SQL: the same reads and writes in one transaction', RUNS, rawSave)
  // Each Local API form twice, taking turns, so that neither has the JIT's or the collector's better moment to itself.
  const rows = []
  for (const round of ['first', 'second']) {
    rows.push(await measure(`Local API as saveAnswer makes it (depth 0, ${answers.length} answers), ${round} round`, RUNS, save(0)))
    rows.push(await measure(`Local API at the default depth (1), ${round} round`, RUNS, save()))
  }
  report('Autosave: a draft’s answers saved', [...rows, raw], raw)
  const stored = await client.query('SELECT count(*)::int AS n FROM assessments_answers WHERE _parent_id = $1', [draftId])
  expect(stored.rows[0].n).toBe(answers.length)
}, 600_000)
