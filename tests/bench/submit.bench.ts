/**
 * Submitting a self-assessment at county scale: 100 submits by a county primary school's lead through the real
 * submit (transaction, row lock, checks, scoring, matching, snapshot, queued email) against raw SQL doing the
 * same work in one transaction: the same reads (draft, setting, published bank, options, recommendations), the
 * same rules (scoreAssessment, matchRecommendations) and the same writes (assessment, answers, email job).
 */
import pg from 'pg'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { appliesTo } from '@/assessment/applicability'
import { phaseOf } from '@/assessment/benchmark'
import { type RecommendationRule, matchRecommendations } from '@/assessment/matchRecommendations'
import { type AnswerValue, missingAnswers, scoreAssessment } from '@/assessment/scoring'
import { submitAssessment } from '@/assessment/submitAssessment'
import type { Assessment, User } from '@/payload-types'
import type { SettingType } from '@/settings/settingTypes'

import { testPayload } from '../helpers/payload'
import { measure, printScale, report, runs } from './measure'

const RUNS = runs(100)
let payload: Payload
let client: pg.Client
let lead: User
let settingId: number
let answers: { question: number; value: AnswerValue; evidence: string }[]
let scale: Record<string, number | string>

beforeAll(async () => {
  payload = await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  scale = await printScale()
  // A primary school of the county with no draft in progress, and its lead; its latest answers are resubmitted.
  const { rows } = await client.query(`
    SELECT s.id AS setting, (SELECT u.id FROM users u WHERE u.setting_id = s.id AND u.role = 'setting-lead' ORDER BY u.id LIMIT 1) AS lead,
      (SELECT a.id FROM assessments a WHERE a.setting_id = s.id AND a.status = 'submitted' ORDER BY a.submitted_at DESC LIMIT 1) AS latest
    FROM settings s WHERE s.type = 'primary' AND NOT EXISTS (SELECT 1 FROM assessments d WHERE d.setting_id = s.id AND d.status = 'draft')
    ORDER BY s.id DESC LIMIT 1`)
  settingId = rows[0].setting
  lead = await payload.findByID({ collection: 'users', id: rows[0].lead, depth: 0, overrideAccess: true })
  answers = (
    await client.query(
      "SELECT question_id AS question, value, coalesce(evidence, '') AS evidence FROM assessments_answers WHERE _parent_id = $1 ORDER BY _order",
      [rows[0].latest],
    )
  ).rows
}, 600_000)

afterAll(async () => {
  await client.end()
})

const newDraft = (): Promise<Assessment> =>
  payload.create({ collection: 'assessments', data: { setting: settingId, answers } as never, user: lead, overrideAccess: false })

/** The submit, by hand: what submitAssessment reads, decides and writes, in one transaction. */
async function rawSubmit(id: number) {
  await client.query('BEGIN')
  await client.query('SELECT id FROM assessments WHERE id = $1 FOR UPDATE', [id])
  const draft = (await client.query('SELECT id, setting_id, status FROM assessments WHERE id = $1 AND setting_id = $2', [id, settingId])).rows[0]
  const draftAnswers = (await client.query('SELECT id, question_id, value, evidence FROM assessments_answers WHERE _parent_id = $1 ORDER BY _order', [id])).rows
  const setting = (await client.query('SELECT id, name, type FROM settings WHERE id = $1', [draft.setting_id])).rows[0]
  const [questions, principles, options, recommendations] = await Promise.all([
    client.query(`SELECT q.id, q.principle_id, q."order", q.prompt, q.weight::float AS weight, q.active,
        (SELECT array_agg(t.value) FROM questions_setting_types t WHERE t.parent_id = q.id) AS setting_types,
        (SELECT coalesce(json_agg(json_build_object('id', f.id, 'framework', f.framework, 'version', f.version, 'code', f.code, 'title', f.title) ORDER BY r."order"), '[]')
           FROM questions_rels r JOIN framework_references f ON f.id = r.framework_references_id WHERE r.parent_id = q.id AND r.path = 'frameworkReferences') AS refs
      FROM questions q WHERE q.active AND q._status = 'published' ORDER BY q."order"`),
    client.query('SELECT id, "order"::int AS "order", label, title FROM principles ORDER BY "order"'),
    client.query('SELECT rag_bands_red_below::float AS red, rag_bands_amber_below::float AS amber FROM hub_options LIMIT 1'),
    client.query(`SELECT r.id, r.title, r.body, r.principle_id, r.trigger_kind, r.trigger_band, r.trigger_question_id, r.trigger_level, r.priority,
        (SELECT coalesce(json_agg(json_build_object('label', x.label, 'url', x.url) ORDER BY x._order), '[]') FROM recommendations_resources x WHERE x._parent_id = r.id) AS resources
      FROM recommendations r WHERE r.active AND r._status = 'published'`),
  ]).then((results) => results.map((r) => r.rows))
  const applicable = questions.filter((q) => appliesTo({ active: q.active, settingTypes: q.setting_types }, setting.type as SettingType))
  const given = draftAnswers.map((a) => ({ question: a.question_id as number, value: a.value as AnswerValue }))
  if (missingAnswers(applicable, given).length) throw new Error('unanswered questions')
  const bands = { redBelow: options[0].red, amberBelow: options[0].amber }
  const order = principles.map((p) => p.id)
  const results = scoreAssessment(
    applicable.map((q) => ({ id: q.id, principle: q.principle_id, weight: q.weight })),
    given,
    order,
    bands,
  )
  const rules: (RecommendationRule & { row: (typeof recommendations)[number] })[] = recommendations.map((r) => ({
    id: r.id,
    title: r.title,
    priority: r.priority,
    principle: r.principle_id,
    trigger:
      r.trigger_kind === 'principle-band'
        ? { kind: 'principle-band', band: r.trigger_band ?? 'red' }
        : { kind: 'question-level', question: r.trigger_question_id, level: Number(r.trigger_level ?? -1) },
    row: r,
  }))
  const matched = matchRecommendations(rules, results.principles, given, order)
  const label = new Map(principles.map((p) => [p.id, p.label]))
  const snapshot = {
    bands,
    settingType: setting.type,
    principles,
    questions: applicable.map((q) => ({
      id: q.id,
      principle: q.principle_id,
      order: q.order,
      prompt: q.prompt,
      weight: q.weight,
      frameworkReferences: q.refs,
    })),
  }
  const frozen = matched.map(({ row }) => ({
    id: row.id,
    title: row.title,
    priority: row.priority,
    principle: row.principle_id,
    principleLabel: label.get(row.principle_id),
    body: row.body,
    resources: row.resources,
  }))
  const submittedAt = new Date()
  await client.query(
    `UPDATE assessments SET status = 'submitted', submitted_at = $2, submitted_by_id = $3, phase = $4, title = $5, snapshot = $6, results = $7, recommendations = $8, updated_at = now() WHERE id = $1`,
    [
      id,
      submittedAt,
      lead.id,
      phaseOf(setting.type),
      `Submitted ${submittedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
      JSON.stringify(snapshot),
      JSON.stringify(results),
      JSON.stringify(frozen),
    ],
  )
  await client.query('DELETE FROM assessments_answers WHERE _parent_id = $1', [id])
  await client.query(
    `INSERT INTO assessments_answers (_order, _parent_id, id, question_id, value, evidence)
     SELECT ord, $1, rid, q, v::enum_assessments_answers_value, e FROM unnest($2::text[], $3::int[], $4::text[], $5::text[]) WITH ORDINALITY AS t(rid, q, v, e, ord)`,
    [id, draftAnswers.map((a) => a.id), draftAnswers.map((a) => a.question_id), draftAnswers.map((a) => a.value), draftAnswers.map((a) => a.evidence)],
  )
  const leads = await client.query(`SELECT email FROM users WHERE setting_id = $1 AND role = 'setting-lead' LIMIT 50`, [setting.id])
  await client.query(`INSERT INTO payload_jobs (input, task_slug, queue) VALUES ($1, 'send-email', 'default')`, [
    JSON.stringify({
      to: leads.rows.map((l) => l.email).join(', '),
      subject: `Self-assessment submitted: ${setting.name}`,
      html: `<p>${results.overall.percentage}%</p>`,
    }),
  ])
  await client.query('COMMIT')
}

it(`submits ${RUNS} self-assessments, against raw SQL of the same work`, async () => {
  const drafts: number[] = []
  let submitted: Assessment | undefined
  const hub = await measure(
    'submit (Local API: transaction, checks, score, snapshot, email job)',
    RUNS,
    async () => {
      const draft = drafts.pop()!
      submitted = (await submitAssessment(await createLocalReq({ user: lead }, payload), draft)).assessment
    },
    async () => drafts.push((await newDraft()).id),
  )
  expect(submitted?.status).toBe('submitted')

  const rawDrafts: number[] = []
  let last = 0
  const raw = await measure(
    'raw SQL: same reads, same rules, same writes, one transaction',
    RUNS,
    async () => {
      last = rawDrafts.pop()!
      await rawSubmit(last)
    },
    async () => rawDrafts.push((await newDraft()).id),
  )
  const byHand = await payload.findByID({ collection: 'assessments', id: last, depth: 0, overrideAccess: true })
  expect(byHand.status).toBe('submitted')
  expect(JSON.stringify(byHand.results)).toBe(JSON.stringify(submitted!.results))
  report(
    `Submit a self-assessment (${answers.length} answers; ${scale.settings} settings, ${scale['submitted assessments']} submitted assessments in the county)`,
    [raw, hub],
    raw,
  )
})
