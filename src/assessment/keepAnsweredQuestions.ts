/** A question that settings have answered stays in the bank (reports point at it): retire it by making it inactive. */
import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '@/db/lockRow'

export const keepAnsweredQuestions: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { rows } = await (await transactionDb(req)).execute(
    sql`SELECT count(DISTINCT _parent_id)::int AS n FROM assessments_answers WHERE question_id = ${Number(id)}`,
  )
  const n = Number((rows[0] as { n: number }).n)
  if (n > 0) {
    throw new APIError(
      `This question has been answered in ${n} self-${n === 1 ? 'assessment' : 'assessments'}, so it cannot be deleted. Untick “Active” to retire it instead.`,
      409,
      undefined,
      true,
    )
  }
}
