/**
 * Submitting a self-assessment at county scale (650 settings, the seeded question bank): 100 submits through the
 * real submit (transaction, row lock, checks, scoring, matching, snapshot, queued email) against raw SQL that
 * writes the same rows (the assessment's update, its answers, the email job) in one transaction.
 */
import { randomUUID } from 'node:crypto'

import pg from 'pg'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { submitAssessment } from '@/assessment/submitAssessment'
import type { Assessment, Setting, User } from '@/payload-types'
import { seedQuestionBank } from '@/seed/questionBank'

import { answersFor, applicableQuestions } from '../helpers/assessments'
import { testPayload } from '../helpers/payload'
import { createSetting, createUser } from '../helpers/world'
import { measure, report } from './measure'

const RUNS = 100
let payload: Payload
let client: pg.Client
let lead: User
let setting: Setting
let answers: ReturnType<typeof answersFor>

beforeAll(async () => {
  payload = await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await seedQuestionBank(payload)
  const existing = await client.query('SELECT count(*)::int AS n FROM settings')
  if (existing.rows[0].n < 650) {
    await client.query(`INSERT INTO settings (name, urn, type, district, award_track, active, updated_at, created_at)
      SELECT 'County setting ' || g, (20000000 + g)::text, 'primary', 'District ' || (g % 12), 'school', true, now(), now() FROM generate_series(1, 650) g`)
  }
  setting = await createSetting(payload, `Bench Primary ${randomUUID().slice(0, 6)}`, 'primary')
  lead = await createUser(payload, { email: `bench-${randomUUID().slice(0, 8)}@bench.example.org`, name: 'Bench Lead', role: 'setting-lead', setting: setting.id })
  answers = answersFor(await applicableQuestions(payload, lead, setting))
}, 600_000)

afterAll(async () => {
  await client.end()
})

const newDraft = (): Promise<Assessment> =>
  payload.create({ collection: 'assessments', data: { setting: setting.id, answers } as never, user: lead, overrideAccess: false })

it(`submits ${RUNS} self-assessments, against raw SQL of the same writes`, async () => {
  const drafts: number[] = []
  let submitted: Assessment | undefined
  const hub = await measure('submit (Local API: transaction, checks, score, snapshot, email job)', RUNS, async () => {
    const draft = drafts.pop()!
    submitted = (await submitAssessment(await createLocalReq({ user: lead }, payload), draft)).assessment
  }, async () => drafts.push((await newDraft()).id))
  expect(submitted?.status).toBe('submitted')

  // The same rows, written by hand: what the submit costs beyond the database work itself.
  const template = await payload.findByID({ collection: 'assessments', id: submitted!.id, overrideAccess: true, depth: 0 })
  const rawDrafts: number[] = []
  const raw = await measure('raw SQL: UPDATE assessment, rewrite answers, INSERT email job', RUNS, async () => {
    const id = rawDrafts.pop()!
    await client.query('BEGIN')
    await client.query('SELECT id FROM assessments WHERE id = $1 FOR UPDATE', [id])
    await client.query(
      `UPDATE assessments SET status = 'submitted', submitted_at = now(), submitted_by_id = $2, phase = 'primary', title = 'Submitted',
         snapshot = $3, results = $4, recommendations = $5, updated_at = now() WHERE id = $1`,
      [id, lead.id, JSON.stringify(template.snapshot), JSON.stringify(template.results), JSON.stringify(template.recommendations)],
    )
    await client.query('DELETE FROM assessments_answers WHERE _parent_id = $1', [id])
    await client.query(
      `INSERT INTO assessments_answers (_order, _parent_id, id, question_id, value, evidence)
       SELECT ord, $1, md5(random()::text), q, v::enum_assessments_answers_value, e FROM unnest($2::int[], $3::text[], $4::text[]) WITH ORDINALITY AS t(q, v, e, ord)`,
      [id, answers.map((a) => a.question), answers.map((a) => a.value), answers.map((a) => a.evidence)],
    )
    await client.query(`INSERT INTO payload_jobs (input, task_slug, queue) VALUES ($1, 'send-email', 'default')`, [JSON.stringify({ to: lead.email, subject: 'x', html: 'x' })])
    await client.query('COMMIT')
  }, async () => rawDrafts.push((await newDraft()).id))
  report(`Submit a self-assessment (${answers.length} answers, 650 settings in the county)`, [raw, hub], raw)
})
