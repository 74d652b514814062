/**
 * The award's facts by hand, for the benchmark's raw-SQL baseline: for one setting, or for every setting at once,
 * the same facts the recompute seam reads (latest submission, principle scores, active and trained staff, champions,
 * published case studies, completed actions, manual confirmations), as plain `pg` queries with no evaluation or writes.
 */
import type pg from 'pg'

/** One query per fact group, each over `settings` = the ids given (one or all). */
const FACTS = [
  `SELECT setting_id, max(submitted_at) AS last_submitted FROM assessments WHERE status = 'submitted' AND setting_id = ANY($1) GROUP BY setting_id`,
  `SELECT setting_id, principle_id, percentage FROM latest_results WHERE setting_id = ANY($1)`,
  `SELECT m.setting_id,
          count(*) FILTER (WHERE m.active)::int AS active_staff,
          count(*) FILTER (WHERE m.active AND m.champion)::int AS champions,
          count(*) FILTER (WHERE m.active AND EXISTS (SELECT 1 FROM attendances a WHERE a.staff_member_id = m.id AND a.status = 'attended'))::int AS trained
     FROM staff_members m WHERE m.setting_id = ANY($1) GROUP BY m.setting_id`,
  `SELECT DISTINCT a.setting_id, a.staff_member_id, r.principles_id
     FROM attendances a JOIN staff_members m ON m.id = a.staff_member_id AND m.active
     JOIN training_sessions s ON s.id = a.session_id
     JOIN training_courses_rels r ON r.parent_id = s.course_id AND r.path = 'principles'
    WHERE a.status = 'attended' AND a.setting_id = ANY($1)`,
  `SELECT setting_id, count(*)::int AS published FROM case_studies WHERE status = 'published' AND setting_id = ANY($1) GROUP BY setting_id`,
  `SELECT setting_id, count(*)::int AS done FROM actions WHERE status = 'done' AND setting_id = ANY($1) GROUP BY setting_id`,
  `SELECT a.setting_id, c.criterion_id FROM awards a JOIN awards_confirmations c ON c._parent_id = a.id
    WHERE a.status IN ('in-progress', 'achieved') AND a.setting_id = ANY($1)`,
]

/** Reads every fact of the given settings: returns the number of rows read (so the work cannot be skipped). */
export async function rawAwardFacts(db: pg.Pool | pg.PoolClient, settingIds: number[]): Promise<number> {
  const results = await Promise.all(FACTS.map((q) => db.query(q, [settingIds])))
  return results.reduce((n, r) => n + (r.rowCount ?? 0), 0)
}

/** The same, as the published criteria are read beside them. */
export async function rawCriteria(db: pg.Pool | pg.PoolClient): Promise<number> {
  const { rowCount } = await db.query(
    `SELECT id, track, "order", rule, months, percent, staff_measure, minimum, principle_id FROM award_criteria WHERE active AND _status = 'published' ORDER BY "order"`,
  )
  return rowCount ?? 0
}
