/**
 * The county benchmark's own table, `latest_results`: for every setting, each principle's percentage in its latest
 * submitted assessment (with the phase it was submitted in). Kept current in the submit transaction, so the
 * benchmark of a phase is one small indexed aggregate however many years of history the county holds.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { transactionDb } from '@/db/lockRow'

import type { Phase, PrincipleTotal } from './benchmark'
import type { PrincipleScore } from './scoring'

/** A setting's newly submitted assessment becomes its latest result (in the submit's transaction). */
export async function recordLatestResult(
  req: PayloadRequest,
  r: { setting: number; assessment: number; phase: Phase; principles: PrincipleScore[] },
): Promise<void> {
  const db = await transactionDb(req)
  await db.execute(sql`DELETE FROM latest_results WHERE setting_id = ${r.setting}`)
  const scored = r.principles.filter((p) => typeof p.percentage === 'number')
  if (!scored.length) return
  const rows = scored.map((p) => sql`(${r.setting}, ${Number(p.principle)}, ${r.phase}, ${p.percentage}, ${r.assessment})`)
  await db.execute(sql`INSERT INTO latest_results (setting_id, principle_id, phase, percentage, assessment_id) VALUES ${sql.join(rows, sql`, `)}`)
}

/** Per principle, the sum and number of the latest results of every other setting of the phase. */
export async function otherSettingsTotals(payload: Payload, phase: Phase, settingId: number): Promise<PrincipleTotal[]> {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`
    SELECT principle_id AS principle, sum(percentage)::float8 AS sum, count(*)::int AS contributors
    FROM latest_results WHERE phase = ${phase} AND setting_id <> ${settingId} GROUP BY principle_id`)
  return (rows as { principle: number; sum: number; contributors: number }[]).map((r) => ({
    principle: r.principle,
    sum: Number(r.sum),
    contributors: r.contributors,
  }))
}

/** Rebuilds the whole table from the submitted assessments (for data loaded in bulk, such as the benchmarks' county). */
export const REBUILD_LATEST_RESULTS = `
  DELETE FROM latest_results;
  INSERT INTO latest_results (setting_id, principle_id, phase, percentage, assessment_id)
  SELECT latest.setting_id, (p->>'principle')::int, latest.phase, (p->>'percentage')::numeric, latest.id
  FROM (
    SELECT DISTINCT ON (setting_id) id, setting_id, phase, results FROM assessments
    WHERE status = 'submitted' AND setting_id IS NOT NULL AND phase IS NOT NULL
    ORDER BY setting_id, submitted_at DESC, id DESC
  ) latest
  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(latest.results->'principles') = 'array' THEN latest.results->'principles' ELSE '[]'::jsonb END) p
  WHERE jsonb_typeof(p->'percentage') = 'number' AND (p->>'principle') ~ '^[0-9]+$';`
