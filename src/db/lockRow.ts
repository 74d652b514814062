/** Locks one row until the request's transaction ends, so that two concurrent writers of it take turns. */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

export async function lockRow(req: PayloadRequest, table: string, id: number | string): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`)
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transaction = req.transactionID ? adapter.sessions[await req.transactionID]?.db : undefined
  if (!transaction) throw new Error('lockRow needs a transaction: call initTransaction(req) first')
  await transaction.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${Number(id)} FOR UPDATE`)
}
