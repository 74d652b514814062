/** A question that settings have answered stays in the bank (reports point at it): retire it by making it inactive. */
import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

export const keepAnsweredQuestions: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const db = (req.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
  const { rows } = await db.execute(sql`SELECT count(DISTINCT _parent_id)::int AS n FROM assessments_answers WHERE question_id = ${Number(id)}`)
  const n = Number((rows[0] as { n: number }).n)
  if (n > 0) {
    throw new APIError(`This question has been answered in ${n} self-${n === 1 ? 'assessment' : 'assessments'}, so it cannot be deleted. Untick “Active” to retire it instead.`, 409, undefined, true)
  }
}
