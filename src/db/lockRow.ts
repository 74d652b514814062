/** Raw SQL inside the request's transaction: the transaction's connection, and a row lock on it. */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** The connection of the request's transaction, or the pool when there is none. */
export async function transactionDb(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  return (req.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
}

/** Locks one row until the request's transaction ends, so that two concurrent writers of it take turns. */
export async function lockRow(req: PayloadRequest, table: string, id: number | string): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`)
  if (!req.transactionID) throw new Error('lockRow needs a transaction: call initTransaction(req) first')
  await (await transactionDb(req)).execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${Number(id)} FOR UPDATE`)
}

/** A list of ids as one PostgreSQL integer-array parameter (for `= ANY(...)`): drizzle would spread a JS array into a list. */
export const intArray = (ids: (number | string)[]) =>
  sql`${`{${ids
    .map((id) => Number(id))
    .filter(Number.isSafeInteger)
    .join(',')}}`}::int[]`
