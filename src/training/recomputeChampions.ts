/**
 * Champions after the threshold in Hub options changes: the options' save queues a job (in its own transaction, so
 * a rolled-back save queues nothing) and the job recomputes the title of every staff member it could change.
 */
import { sql } from '@payloadcms/db-postgres'
import type { GlobalAfterChangeHook, PayloadRequest, TaskConfig } from 'payload'

import { inTransaction } from '@/db/inTransaction'
import { transactionDb } from '@/db/lockRow'

import { championThresholdInForce, recomputeChampion } from './bookingHooks'
import { championThreshold } from './champions'

export const RECOMPUTE_CHAMPIONS_TASK = 'recompute-champions'

/**
 * Runs the champion rule for every staff member whose title the threshold in force could change: the champions, and
 * those with at least that many sessions attended (for anyone else the rule keeps "not a champion", so they are
 * skipped, which keeps the job short at county size). One transaction: a retry starts again from what was committed.
 */
export async function recomputeAllChampions(req: PayloadRequest): Promise<number> {
  return inTransaction(req, async () => {
    const threshold = await championThresholdInForce(req)
    const db = await transactionDb(req)
    const { rows } = await db.execute(sql`
      SELECT s.id FROM staff_members s
      WHERE s.champion OR s.id IN (
        SELECT staff_member_id FROM attendances WHERE status = 'attended' GROUP BY staff_member_id HAVING count(*) >= ${threshold})
      ORDER BY s.id`)
    for (const row of rows as { id: number }[]) await recomputeChampion(req, row.id, threshold)
    return rows.length
  })
}

export const recomputeChampionsTask: TaskConfig<{ input: Record<string, never>; output: { staffMembers: number } }> = {
  slug: RECOMPUTE_CHAMPIONS_TASK,
  label: 'Recompute Compassionate Champions',
  inputSchema: [],
  outputSchema: [{ name: 'staffMembers', type: 'number', required: true }],
  retries: 3,
  handler: async ({ req }) => ({ output: { staffMembers: await recomputeAllChampions(req) } }),
}

/** Hub options' afterChange: a new threshold queues the recompute, with the save's request (never done in it). */
export const queueChampionRecompute: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (championThreshold(doc?.championThreshold) === championThreshold(previousDoc?.championThreshold)) return doc
  await req.payload.jobs.queue({ task: RECOMPUTE_CHAMPIONS_TASK, input: {}, req })
  return doc
}
