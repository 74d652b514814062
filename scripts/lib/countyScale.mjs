// The county's scale, counted from its database: what every benchmark prints beside its figures.
import pg from 'pg'

/** Row counts, counted from the database: the scale every benchmark prints. */
export async function countCounty(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client
    .query(
      `SELECT
      (SELECT count(*) FROM settings)::int AS settings,
      (SELECT count(*) FROM users WHERE setting_id IS NOT NULL)::int AS "setting accounts",
      (SELECT count(*) FROM users WHERE setting_id IS NULL)::int AS "service accounts",
      (SELECT count(*) FROM assessments WHERE status = 'submitted')::int AS "submitted assessments",
      (SELECT count(*) FROM assessments WHERE status = 'draft')::int AS "draft assessments",
      (SELECT count(*) FROM assessments_answers)::int AS answers,
      (SELECT count(*) FROM actions)::int AS actions,
      (SELECT count(*) FROM case_studies)::int AS "case studies",
      (SELECT count(*) FROM case_studies WHERE published_live)::int AS "published case studies",
      (SELECT count(*) FROM case_studies WHERE status = 'pending')::int AS "waiting for moderation",
      (SELECT count(*) FROM media)::int AS images,
      (SELECT count(*) FROM questions)::int AS questions,
      (SELECT count(*) FROM training_sessions)::int AS "training sessions",
      (SELECT count(*) FROM staff_members)::int AS "staff members",
      (SELECT count(*) FROM attendances)::int AS attendances,
      (SELECT count(*) FROM staff_members WHERE champion)::int AS champions,
      (SELECT count(*) FROM award_criteria WHERE _status = 'published' AND active)::int AS "award criteria",
      (SELECT count(*) FROM awards WHERE status = 'achieved')::int AS "awards achieved",
      (SELECT count(*) FROM awards WHERE status = 'in-progress')::int AS "awards in progress",
      (SELECT pg_size_pretty(pg_database_size(current_database()))) AS "database size"`,
    )
    .finally(() => client.end())
  return rows[0]
}

export function printCounts(counts, log = console.log) {
  log(
    Object.entries(counts)
      .map(([k, v]) => `  ${k.padEnd(24)} ${typeof v === 'number' ? v.toLocaleString('en-GB') : v}`)
      .join('\n'),
  )
}
