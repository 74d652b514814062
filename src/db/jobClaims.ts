/**
 * Queued jobs are claimed by one runner only, and a claim left by a runner that died is taken back: two runners
 * (two instances of the Hub, or the app and a worker) never send one email twice, and a crash mid-send loses none.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, UpdateJobs } from 'payload'

import { intArray } from './lockRow'

/**
 * A job still marked as processing this long after it was claimed was left by a runner that stopped (a crash, a
 * deploy): it is offered again. Longer than any task may take (an email's SMTP timeouts add up to about 2 minutes).
 */
export const STALE_CLAIM_MINUTES = 15

type Adapter = PostgresAdapter & { updateJobs: UpdateJobs }

/**
 * Payload's runner claims jobs by reading the pending ones and then marking them `processing`, with nothing between
 * the two that stops a second runner from reading and marking the same ones: both then run them. Here the mark is
 * one conditional UPDATE (`… AND processing = false`): PostgreSQL re-checks the condition once the row is free, so a
 * second runner claims nothing that the first did.
 */
export function claimJobsOnce(payload: Payload): void {
  const adapter = payload.db as unknown as Adapter
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = (async (args) => {
    if (args.id !== undefined || args.data?.processing !== true || !args.where) return updateJobs(args)
    const db = (args.req?.transactionID && adapter.sessions[await args.req.transactionID]?.db) || adapter.drizzle
    await adapter.drizzle.execute(
      sql`UPDATE payload_jobs SET processing = false, updated_at = now() WHERE processing AND completed_at IS NULL AND updated_at < now() - make_interval(mins => ${STALE_CLAIM_MINUTES})`,
    )
    const candidates = await adapter.find({
      collection: 'payload-jobs',
      where: args.where,
      limit: args.limit ?? 0,
      sort: args.sort,
      pagination: false,
      req: args.req,
      select: { id: true },
    })
    if (!candidates.docs.length) return []
    const claimed = await db.execute(
      sql`UPDATE payload_jobs SET processing = true, updated_at = now() WHERE id = ANY(${intArray(candidates.docs.map((d) => d.id))}) AND processing = false AND completed_at IS NULL RETURNING id`,
    )
    const ids = (claimed.rows as { id: number }[]).map((r) => r.id)
    if (!ids.length) return []
    return updateJobs({ ...args, where: { id: { in: ids } }, limit: ids.length })
  }) as UpdateJobs
}
