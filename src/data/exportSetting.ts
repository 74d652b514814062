/**
 * Builds one setting's export into a zip on disk (the `setting-data-export` job): each section read page by page as
 * the lead who asked (access rules apply, `overrideAccess: false`) and filtered by the setting in the query, so no
 * other setting's row is ever read; progress stored after each section; the ready export and its email committed
 * together.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { mkdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq, type Payload, type TaskConfig, type Where } from 'payload'

import { idOf, sameId } from '@/access/roles'
import { exportDir, mediaDir } from '@/config/env'
import { inTransaction } from '@/db/inTransaction'
import { dataExportReadyEmail } from '@/email/dataEmails'
import { queueEmail } from '@/email/queueEmail'
import type { User } from '@/payload-types'

import { csvHeader, csvRows, imageEntryName, withoutSecrets } from './exportFiles'
import { ANSWER_COLUMNS, EXPORT_SECTIONS, answerRows, readmeText, type ExportSection } from './exportSections'
import { EXPORT_LIFETIME_MS } from './exportStatuses'
import { ZipWriter } from './zipWriter'

export const SETTING_DATA_EXPORT_TASK = 'setting-data-export'

const PAGE = 100

type Row = Record<string, unknown>

export interface ExportProgress {
  progress: number
  step: string
}

/** The export's file: in the exports folder (never the public media folder), under a name nobody can guess. */
export const newExportLocation = (id: number | string): string => path.resolve(exportDir, `${id}-${randomBytes(12).toString('hex')}.zip`)

/** Removes an export's file; a file already gone is fine. Only files inside the exports folder are ever removed. */
export async function removeExportFile(location: string | null | undefined): Promise<void> {
  if (!location) return
  const resolved = path.resolve(location)
  if (!resolved.startsWith(path.resolve(exportDir) + path.sep)) return
  await rm(resolved, { force: true })
}

async function setProgress(payload: Payload, id: number, data: Row): Promise<void> {
  await payload.update({ collection: 'data-exports', id, data, overrideAccess: true, depth: 0 })
}

/** The sessions named by a page of bookings (only those: read by id), for their titles and start times. */
async function sessionsOf(payload: Payload, bookings: Row[]): Promise<Map<number, Row>> {
  const ids = [...new Set(bookings.map((b) => idOf(b.session)).filter((id): id is number => typeof id === 'number'))]
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: 'training-sessions',
    where: { id: { in: ids } },
    select: { title: true, startsAt: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((s) => [s.id, s as unknown as Row]))
}

export async function buildSettingExport(payload: Payload, exportId: number, onProgress?: (p: ExportProgress) => void): Promise<void> {
  const row = await payload.findByID({ collection: 'data-exports', id: exportId, depth: 0, overrideAccess: true, disableErrors: true })
  if (row?.status !== 'queued') return // already built, expired or removed: a retry does nothing twice
  const settingId = Number(idOf(row.setting))
  const lead = (await payload.findByID({
    collection: 'users',
    id: Number(idOf(row.requestedBy)),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as User | null
  // The lead must still be a lead of that setting: the export is read with their access.
  if (lead?.role !== 'setting-lead' || lead.active === false || !sameId(lead.setting, settingId)) {
    await setProgress(payload, exportId, { status: 'failed', failure: 'The account that asked for this export is no longer a lead of the setting.' })
    return
  }
  const user = { ...lead, collection: 'users' as const }
  const location = newExportLocation(exportId)
  await mkdir(path.dirname(location), { recursive: true, mode: 0o700 })
  await setProgress(payload, exportId, { status: 'running', progress: 0, step: 'Starting', fileLocation: location })
  const zip = new ZipWriter(location)
  const steps = EXPORT_SECTIONS.length + 1
  let done = 0
  const advance = async (step: string) => {
    done += 1
    const progress = Math.min(99, Math.round((done / steps) * 100))
    onProgress?.({ progress, step })
    await setProgress(payload, exportId, { progress, step })
  }
  let settingName = ''
  // The CSV files are spooled beside the zip while the JSON files stream into it, then added one by one: fflate writes
  // entries in order, so two entries open at once would hold one of them in memory.
  const spool = `${location}.work`
  await mkdir(spool, { recursive: true, mode: 0o700 })
  try {
    const answers = await spoolFile(path.join(spool, 'answers.csv'))
    await answers.write(csvHeader(ANSWER_COLUMNS))
    const images: Row[] = []
    for (const section of EXPORT_SECTIONS) {
      const csv = await spoolFile(path.join(spool, `${section.file}.csv`))
      await writeSection(payload, zip, section, settingId, user, csv, async (docs) => {
        if (section.collection === 'settings') settingName = String(docs[0]?.name ?? '')
        if (section.collection === 'media') images.push(...docs)
        if (section.collection === 'assessments') await answers.write(csvRows(ANSWER_COLUMNS, docs.flatMap(answerRows)))
        if (section.collection === 'attendances') {
          const sessions = await sessionsOf(payload, docs)
          for (const d of docs) {
            const s = sessions.get(Number(idOf(d.session)))
            d.sessionTitle = s?.title ?? null
            d.sessionStartsAt = s?.startsAt ?? null
          }
        }
      })
      await csv.end()
      await zip.file(`${section.file}.csv`, path.join(spool, `${section.file}.csv`), { deflate: true })
      await advance(section.file)
    }
    await answers.end()
    await zip.file('answers.csv', path.join(spool, 'answers.csv'), { deflate: true })
    for (const image of images) {
      const file = path.join(mediaDir, path.basename(String(image.filename ?? '')))
      if (image.filename && existsSync(file)) await zip.file(imageEntryName(image.id as number, image.filename as string), file)
    }
    const readme = zip.text('README.txt')
    await readme.write(readmeText(settingName, new Date()))
    await readme.end()
    await zip.close()
    await advance('images')
  } catch (error) {
    zip.abort()
    await removeExportFile(location)
    await setProgress(payload, exportId, { status: 'failed', failure: 'The export could not be made. Ask for a new one.', fileLocation: null })
    throw error
  } finally {
    await rm(spool, { recursive: true, force: true })
  }
  const bytes = (await stat(location)).size
  const now = new Date()
  const expiresAt = new Date(now.getTime() + EXPORT_LIFETIME_MS).toISOString()
  // Ready and its email together: the email is queued exactly when the export can be downloaded.
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    await payload.update({
      collection: 'data-exports',
      id: exportId,
      data: { status: 'ready', progress: 100, step: 'Ready', bytes, readyAt: now.toISOString(), expiresAt },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await queueEmail(req, { to: lead.email, ...dataExportReadyEmail({ settingName, expiresAt }) })
  })
  onProgress?.({ progress: 100, step: 'Ready' })
}

interface Spool {
  write(text: string): Promise<void>
  end(): Promise<void>
}

/** A file on disk written in pieces, waiting for the disk when it asks to. */
async function spoolFile(file: string): Promise<Spool> {
  const out: WriteStream = createWriteStream(file, { flags: 'wx', mode: 0o600 })
  await once(out, 'open')
  return {
    write: async (text) => {
      if (text && !out.write(text)) await once(out, 'drain')
    },
    end: () => new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve()))),
  }
}

/** One section: its rows of the setting, page by page, into `<file>.json` in the zip and `<file>.csv` spooled. */
async function writeSection(
  payload: Payload,
  zip: ZipWriter,
  section: ExportSection,
  settingId: number,
  user: User & { collection: 'users' },
  csv: Spool,
  onPage: (docs: Row[]) => Promise<void>,
): Promise<void> {
  const json = zip.text(`${section.file}.json`)
  await csv.write(csvHeader(section.columns))
  await json.write('[')
  const where: Where = { [section.settingField]: { equals: settingId } }
  let first = true
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: section.collection,
      where,
      ...(section.select ? { select: section.select } : {}),
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      ...(section.readAsSystem ? { overrideAccess: true } : { user, overrideAccess: false }),
    })
    const docs = result.docs.map((d) => withoutSecrets(d as unknown as Row))
    await onPage(docs)
    await csv.write(csvRows(section.columns, docs))
    for (const doc of docs) {
      await json.write(`${first ? '\n' : ',\n'}${JSON.stringify(doc)}`)
      first = false
    }
    if (!result.hasNextPage) break
  }
  await json.write('\n]\n')
  await json.end()
}

export const settingDataExportTask: TaskConfig<{ input: { export: number }; output: { built: boolean } }> = {
  slug: SETTING_DATA_EXPORT_TASK,
  label: 'Build a setting’s data export',
  inputSchema: [{ name: 'export', type: 'number', required: true }],
  outputSchema: [{ name: 'built', type: 'checkbox', required: true }],
  // A failure is recorded on the export (the lead asks again): no retry, which would find it failed anyway.
  retries: 0,
  handler: async ({ input, req }) => {
    await buildSettingExport(req.payload, Number(input.export))
    return { output: { built: true } }
  },
}
