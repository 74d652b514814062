/** Bulk writes for the county: multi-row INSERTs in batches that stay under PostgreSQL's 65,535 parameters. */
import type pg from 'pg'

import type { Progress } from './progress'

export type Row = readonly unknown[]

/** `batch` caps the rows per statement (lower it for rows carrying large JSON). */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
  { bar, batch = 1000 }: { bar?: Progress; batch?: number } = {},
): Promise<void> {
  const perBatch = Math.max(1, Math.min(batch, Math.floor(60_000 / columns.length)))
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `
  for (let start = 0; start < rows.length; start += perBatch) {
    const chunk = rows.slice(start, start + perBatch)
    const values: unknown[] = []
    const tuples = chunk.map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: a row has ${row.length} values for ${columns.length} columns`)
      const marks = row.map((value) => {
        values.push(value)
        return `$${values.length}`
      })
      return `(${marks.join(', ')})`
    })
    await client.query(head + tuples.join(', '), values)
    bar?.tick(chunk.length)
  }
}

/** After rows were inserted with explicit ids, the serial sequence continues after the largest. */
export async function resetSequence(client: pg.ClientBase, table: string): Promise<void> {
  await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT max(id) FROM "${table}"), 1))`)
}
