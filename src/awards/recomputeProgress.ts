/**
 * How far the queued re-check of every setting has got, counted from the data (no progress table): the oldest
 * unfinished `award-recompute` job, and how many of the current awards of its track were evaluated since it was queued.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { awardDb } from './facts'
import { AWARD_RECOMPUTE_TASK } from './hooks'

export interface RecomputeProgress {
  /** Jobs waiting or running. */
  queued: number
  done: number
  total: number
  since: string | null
}

export async function awardRecomputeProgress(payload: Payload): Promise<RecomputeProgress> {
  const db = await awardDb(payload)
  const { rows } = await db.execute(sql`
    WITH pending AS (
      SELECT created_at, input->>'track' AS track FROM payload_jobs
      WHERE task_slug = ${AWARD_RECOMPUTE_TASK} AND completed_at IS NULL AND coalesce(has_error, false) = false
    ), oldest AS (SELECT * FROM pending ORDER BY created_at LIMIT 1)
    SELECT (SELECT count(*)::int FROM pending) AS queued, (SELECT created_at FROM oldest) AS since,
      (SELECT count(*)::int FROM awards a, oldest o WHERE a.status IN ('in-progress', 'achieved') AND (o.track IS NULL OR a.track::text = o.track)) AS total,
      (SELECT count(*)::int FROM awards a, oldest o
        WHERE a.status IN ('in-progress', 'achieved') AND a.last_evaluated_at >= o.created_at AND (o.track IS NULL OR a.track::text = o.track)) AS done`)
  const r = (rows as Record<string, unknown>[])[0] ?? {}
  return {
    queued: Number(r.queued ?? 0),
    done: Number(r.done ?? 0),
    total: Number(r.total ?? 0),
    since: r.since ? new Date(r.since as string).toISOString() : null,
  }
}
