/**
 * A lead's exports: asking for one (the row and its job in one transaction; one in progress at a time), taking a
 * ready one (once, by that lead, before it expires: one conditional UPDATE claims it), and removing files that
 * were used or expired.
 */
import { open, type FileHandle } from 'node:fs/promises'

import { sql } from '@payloadcms/db-postgres'
import { APIError, type Payload, type PayloadRequest, type TaskConfig } from 'payload'

import { idOf } from '@/access/roles'
import { inTransaction } from '@/db/inTransaction'
import { lockRow, transactionDb } from '@/db/lockRow'
import type { DataExport, User } from '@/payload-types'

import { SETTING_DATA_EXPORT_TASK, removeExportFile } from './exportSetting'
import { IN_PROGRESS } from './exportStatuses'

export const DATA_EXPORT_CLEANUP_TASK = 'data-export-cleanup'

type Row = Record<string, unknown>

/** The lead's most recent export of their setting (as they may read it), or null. */
export async function latestExport(payload: Payload, user: User): Promise<DataExport | null> {
  const { docs } = await payload.find({
    collection: 'data-exports',
    where: { requestedBy: { equals: user.id } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/**
 * Asks for an export of the lead's setting: a new row and its job, committed together. While one is queued or
 * running, asking again returns that one. Earlier ready exports of the lead are expired (their files removed).
 */
export async function requestExport(req: PayloadRequest, user: User): Promise<{ export: DataExport; created: boolean }> {
  if (user.role !== 'setting-lead' || user.active === false || !idOf(user.setting)) {
    throw new APIError('Only a lead of a setting can download the setting’s data.', 403, undefined, true)
  }
  const setting = Number(idOf(user.setting))
  const stale: string[] = []
  const result = await inTransaction(req, async () => {
    // One request at a time per lead: two clicks make one export.
    await lockRow(req, 'users', user.id)
    const { docs } = await req.payload.find({
      collection: 'data-exports',
      where: { and: [{ requestedBy: { equals: user.id } }, { status: { in: [...IN_PROGRESS] } }] },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (docs[0]) return { export: docs[0], created: false }
    const db = await transactionDb(req)
    const { rows } = await db.execute(sql`
      UPDATE data_exports e SET status = 'expired', file_location = NULL, updated_at = now()
      FROM (SELECT id, file_location FROM data_exports WHERE requested_by_id = ${Number(user.id)} AND status = 'ready' FOR UPDATE) old
      WHERE e.id = old.id RETURNING old.file_location AS file`)
    stale.push(...(rows as Row[]).map((r) => String(r.file ?? '')).filter(Boolean))
    const created = await req.payload.create({
      collection: 'data-exports',
      data: { setting, requestedBy: user.id, status: 'queued', progress: 0, step: 'Queued' },
      depth: 0,
      req,
      overrideAccess: true,
    })
    await req.payload.jobs.queue({ task: SETTING_DATA_EXPORT_TASK, input: { export: created.id }, req })
    return { export: created, created: true }
  })
  for (const file of stale) await removeExportFile(file)
  return result
}

export type Claim = { ok: true; file: FileHandle; bytes: number; exportId: number } | { ok: false; reason: 'not-found' | 'not-ready' | 'used' | 'expired' }

/**
 * Takes a ready export for download: only the lead who asked, once, before it expires. The claim is one conditional
 * UPDATE (two concurrent downloads: one wins). The file is opened and then unlinked at once, so it is gone from the
 * disk as soon as the download ends, however it ends.
 */
export async function claimExport(payload: Payload, user: User, exportId: number, now: Date = new Date()): Promise<Claim> {
  const db = await transactionDb({ payload } as PayloadRequest)
  const { rows } = await db.execute(sql`
    UPDATE data_exports e SET status = 'downloaded', downloaded_at = ${now.toISOString()}, file_location = NULL, updated_at = ${now.toISOString()}
    FROM (
      SELECT id, file_location FROM data_exports
      WHERE id = ${exportId} AND requested_by_id = ${Number(user.id)} AND setting_id = ${Number(idOf(user.setting) ?? 0)}
        AND status = 'ready' AND expires_at > ${now.toISOString()}
      FOR UPDATE
    ) old
    WHERE e.id = old.id RETURNING old.file_location AS file, e.bytes`)
  const claimed = (rows as Row[])[0]
  if (!claimed) {
    const { rows: found } = await db.execute(sql`
      SELECT status, expires_at FROM data_exports WHERE id = ${exportId} AND requested_by_id = ${Number(user.id)}`)
    const r = (found as Row[])[0]
    if (!r) return { ok: false, reason: 'not-found' }
    if (r.status === 'downloaded') return { ok: false, reason: 'used' }
    if (r.status === 'expired' || (r.status === 'ready' && new Date(String(r.expires_at)) <= now)) return { ok: false, reason: 'expired' }
    return { ok: false, reason: 'not-ready' }
  }
  const location = String(claimed.file ?? '')
  let file: FileHandle
  try {
    file = await open(location, 'r')
  } catch {
    return { ok: false, reason: 'expired' }
  }
  await removeExportFile(location)
  return { ok: true, file, bytes: Number(claimed.bytes ?? 0), exportId }
}

/** An export that has not moved for this long was abandoned (its worker stopped): it fails, and the lead can ask again. */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000

/** Ready exports past their time become expired and lose their file; exports abandoned while being made fail. */
export async function expireExports(payload: Payload, now: Date = new Date()): Promise<number> {
  const db = await transactionDb({ payload } as PayloadRequest)
  const { rows: abandoned } = await db.execute(sql`
    UPDATE data_exports e SET status = 'failed', failure = 'The export stopped before it was finished.', file_location = NULL, updated_at = ${now.toISOString()}
    FROM (
      SELECT id, file_location FROM data_exports
      WHERE status IN ('queued', 'running') AND updated_at < ${new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString()}
      FOR UPDATE
    ) old
    WHERE e.id = old.id RETURNING old.file_location AS file`)
  for (const r of abandoned as Row[]) await removeExportFile(String(r.file ?? ''))
  const { rows } = await db.execute(sql`
    UPDATE data_exports e SET status = 'expired', file_location = NULL, updated_at = ${now.toISOString()}
    FROM (SELECT id, file_location FROM data_exports WHERE status = 'ready' AND expires_at <= ${now.toISOString()} FOR UPDATE) old
    WHERE e.id = old.id RETURNING old.file_location AS file`)
  for (const r of rows as Row[]) await removeExportFile(String(r.file ?? ''))
  return rows.length
}

export const dataExportCleanupTask: TaskConfig<{ input: Record<string, never>; output: { expired: number } }> = {
  slug: DATA_EXPORT_CLEANUP_TASK,
  label: 'Expire settings’ data exports and remove their files',
  inputSchema: [],
  outputSchema: [{ name: 'expired', type: 'number', required: true }],
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: { expired: await expireExports(req.payload) } }),
}
