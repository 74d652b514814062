/**
 * The award's facts by hand, for the benchmark's raw-SQL baseline: for one setting, or for every setting at once,
 * the same facts queries the recompute seam runs (latest submission, principle scores, active and trained staff,
 * champions, published case studies, completed actions) and the criteria, as plain `pg` with no evaluation or writes.
 */
import type pg from 'pg'

/** The six facts queries of src/awards/facts.ts (`settingFacts`), in the same shapes, over the settings given (one or all). */
const FACTS = [
  `SELECT s.id, s.award_track FROM settings s WHERE s.id = ANY($1)`,
  `SELECT setting_id, max(submitted_at) AS last FROM assessments WHERE status = 'submitted' AND setting_id = ANY($1) GROUP BY setting_id`,
  `SELECT setting_id, principle_id, percentage::float8 AS percentage FROM latest_results WHERE setting_id = ANY($1)`,
  `SELECT sm.setting_id, count(*)::int AS active, count(*) FILTER (WHERE sm.champion)::int AS champions,
     count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attendances a WHERE a.staff_member_id = sm.id AND a.status = 'attended'))::int AS trained
   FROM staff_members sm WHERE sm.active = true AND sm.setting_id = ANY($1) GROUP BY sm.setting_id`,
  `SELECT sm.setting_id, r.principles_id AS principle, count(DISTINCT sm.id)::int AS trained
   FROM staff_members sm
     JOIN attendances a ON a.staff_member_id = sm.id AND a.status = 'attended'
     JOIN training_sessions ts ON ts.id = a.session_id
     JOIN training_courses_rels r ON r.parent_id = ts.course_id AND r.path = 'principles' AND r.principles_id IS NOT NULL
   WHERE sm.active = true AND sm.setting_id = ANY($1)
   GROUP BY sm.setting_id, r.principles_id`,
  `SELECT setting_id, sum(cs)::int AS case_studies, sum(ad)::int AS actions FROM (
     SELECT setting_id, count(*) AS cs, 0 AS ad FROM case_studies WHERE status = 'published' AND setting_id = ANY($1) GROUP BY setting_id
     UNION ALL
     SELECT setting_id, 0, count(*) FROM actions WHERE status = 'done' AND setting_id = ANY($1) GROUP BY setting_id
   ) x GROUP BY setting_id`,
]

/** Reads every fact of the given settings: returns the number of rows read (so the work cannot be skipped). */
export async function rawAwardFacts(db: pg.Pool | pg.PoolClient, settingIds: number[]): Promise<number> {
  // One after another on one connection, as the seam's reads share its transaction's connection.
  const client = 'release' in db ? db : await db.connect()
  try {
    let rows = 0
    for (const q of FACTS) rows += (await client.query(q, [settingIds])).rowCount ?? 0
    return rows
  } finally {
    if (client !== db) (client as pg.PoolClient).release()
  }
}

/** The same, as the published criteria are read beside them. */
export async function rawCriteria(db: pg.Pool | pg.PoolClient): Promise<number> {
  const { rowCount } = await db.query(
    `SELECT id, track, "order", rule, months, percent, staff_measure, minimum, principle_id FROM award_criteria WHERE active AND _status = 'published' ORDER BY "order"`,
  )
  return rowCount ?? 0
}
