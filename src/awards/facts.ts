/**
 * The award rules' facts for one setting or many, read in a fixed handful of set-based queries (never one per
 * criterion or per setting): the criteria in force, the principles' names, and per setting its assessments, scores,
 * staff, training, champions, case studies and actions.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { intArray, transactionDb } from '@/db/lockRow'
import type { AwardTrack } from '@/settings/settingTypes'

import type { AwardCriterion, PrincipleNames, SettingFacts } from './evaluate'

type Db = PostgresAdapter['drizzle']
type Rows = Record<string, unknown>[]
type SQL = ReturnType<typeof sql>

/** The connection to read with: the request's transaction when there is one, else the pool. */
export async function awardDb(from: Payload | PayloadRequest): Promise<Db> {
  // A Payload instance has its collections; a request has its payload.
  return !('collections' in from) ? ((await transactionDb(from as PayloadRequest)) as Db) : (((from as Payload).db as unknown as PostgresAdapter).drizzle as Db)
}

/** The published, active criteria, in checklist order (one query). */
export async function criteriaInForce(db: Db): Promise<AwardCriterion[]> {
  const { rows } = await db.execute(sql`
    SELECT id, title, track, "order"::float8 AS "order", rule, months::float8 AS months, staff_measure, minimum::float8 AS minimum,
      percent::float8 AS percent, principle_id, active
    FROM award_criteria WHERE _status = 'published' AND active = true AND rule IS NOT NULL
    ORDER BY "order", id`)
  return (rows as Rows).map((r) => ({
    id: Number(r.id),
    title: String(r.title ?? ''),
    track: (r.track as AwardCriterion['track']) ?? 'both',
    order: Number(r.order ?? 0),
    rule: r.rule as AwardCriterion['rule'],
    months: r.months === null ? null : Number(r.months),
    staffMeasure: (r.staff_measure as AwardCriterion['staffMeasure']) ?? null,
    minimum: r.minimum === null ? null : Number(r.minimum),
    percent: r.percent === null ? null : Number(r.percent),
    principle: r.principle_id === null ? null : Number(r.principle_id),
    active: r.active !== false,
  }))
}

export async function principleNames(db: Db): Promise<PrincipleNames> {
  const { rows } = await db.execute(sql`SELECT id, label FROM principles`)
  return Object.fromEntries((rows as Rows).map((r) => [Number(r.id), String(r.label)]))
}

/**
 * Facts of the given settings (all settings when `settingIds` is null; only those of `track` when given): six queries
 * whatever the number of settings, each an aggregate over indexed columns. Attendances are narrowed by their own
 * indexed setting too (a staff member's bookings are always their setting's), so one setting's facts never read the
 * county's whole register.
 */
export async function settingFacts(db: Db, settingIds: number[] | null, track?: AwardTrack): Promise<Map<number, SettingFacts>> {
  const only = (column: SQL) => (settingIds ? sql`${column} = ANY(${intArray(settingIds)})` : sql`true`)
  const trackOnly = track ? sql`AND s.award_track = ${track}` : sql``
  const [settings, submitted, scores, staff, byPrinciple, counts] = await Promise.all([
    db.execute(sql`SELECT s.id, s.award_track FROM settings s WHERE ${only(sql`s.id`)} ${trackOnly}`),
    db.execute(sql`
      SELECT setting_id, max(submitted_at) AS last FROM assessments
      WHERE status = 'submitted' AND ${only(sql`setting_id`)} GROUP BY setting_id`),
    db.execute(sql`SELECT setting_id, principle_id, percentage::float8 AS percentage FROM latest_results WHERE ${only(sql`setting_id`)}`),
    db.execute(sql`
      SELECT sm.setting_id, count(*)::int AS active, count(*) FILTER (WHERE sm.champion)::int AS champions,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM attendances a WHERE a.staff_member_id = sm.id AND a.status = 'attended' AND ${only(sql`a.setting_id`)}))::int AS trained
      FROM staff_members sm WHERE sm.active = true AND ${only(sql`sm.setting_id`)} GROUP BY sm.setting_id`),
    db.execute(sql`
      SELECT sm.setting_id, r.principles_id AS principle, count(DISTINCT sm.id)::int AS trained
      FROM staff_members sm
        JOIN attendances a ON a.staff_member_id = sm.id AND a.status = 'attended' AND ${only(sql`a.setting_id`)}
        JOIN training_sessions ts ON ts.id = a.session_id
        JOIN training_courses_rels r ON r.parent_id = ts.course_id AND r.path = 'principles' AND r.principles_id IS NOT NULL
      WHERE sm.active = true AND ${only(sql`sm.setting_id`)}
      GROUP BY sm.setting_id, r.principles_id`),
    db.execute(sql`
      SELECT setting_id, sum(cs)::int AS case_studies, sum(ad)::int AS actions FROM (
        SELECT setting_id, count(*) AS cs, 0 AS ad FROM case_studies WHERE status = 'published' AND ${only(sql`setting_id`)} GROUP BY setting_id
        UNION ALL
        SELECT setting_id, 0, count(*) FROM actions WHERE status = 'done' AND ${only(sql`setting_id`)} GROUP BY setting_id
      ) x GROUP BY setting_id`),
  ])

  const facts = new Map<number, SettingFacts>()
  for (const r of settings.rows as Rows) {
    facts.set(Number(r.id), {
      settingId: Number(r.id),
      track: r.award_track === 'college' ? 'college' : 'school',
      lastSubmittedAt: null,
      principleScores: {},
      activeStaff: 0,
      trainedStaff: 0,
      trainedByPrinciple: {},
      champions: 0,
      publishedCaseStudies: 0,
      actionsDone: 0,
    })
  }
  const of = (r: Record<string, unknown>) => facts.get(Number(r.setting_id))
  for (const r of submitted.rows as Rows) {
    const f = of(r)
    if (f && r.last) f.lastSubmittedAt = new Date(r.last as string).toISOString()
  }
  for (const r of scores.rows as Rows) {
    const f = of(r)
    if (f && r.percentage !== null) f.principleScores[Number(r.principle_id)] = Number(r.percentage)
  }
  for (const r of staff.rows as Rows) {
    const f = of(r)
    if (!f) continue
    f.activeStaff = Number(r.active)
    f.champions = Number(r.champions)
    f.trainedStaff = Number(r.trained)
  }
  for (const r of byPrinciple.rows as Rows) {
    const f = of(r)
    if (f) f.trainedByPrinciple[Number(r.principle)] = Number(r.trained)
  }
  for (const r of counts.rows as Rows) {
    const f = of(r)
    if (!f) continue
    f.publishedCaseStudies = Number(r.case_studies)
    f.actionsDone = Number(r.actions)
  }
  return facts
}
