/**
 * A setting's export over real PostgreSQL and real HTTP: a lead asks, the queued job builds the zip on disk with its
 * progress, one email arrives, and the lead alone downloads it once before it expires. The zip holds the setting's
 * own data (every file checked) and nothing of another setting, and no secret of any account.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { unzipSync } from 'fflate'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DataExport, User } from '@/payload-types'

import { type MailSink, startMailSink } from '../helpers/mailSink'
import { hubURL, testPayload } from '../helpers/payload'
import type { SettingData } from '../helpers/settingData'
import { type World, createWorld, tokenFor } from '../helpers/world'

// The Hub's modules read SMTP_URL when first imported: they are imported once the sink is listening (beforeAll).
let dataExports: typeof import('@/data/dataExports')
let exportSetting: typeof import('@/data/exportSetting')
let sink: MailSink
let payload: Payload
let world: World
let training: { course: number; session: number }
let dataA: SettingData
let dataB: SettingData
let startedAt: string
const markerA = () => `ALPHA-${world.tag}`
const markerB = () => `BRAVO-${world.tag}`

const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const reqAs = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
const lead = () => world.users['setting-lead']
const exportRow = (id: number) =>
  payload.findByID({ collection: 'data-exports', id, overrideAccess: true, depth: 0, showHiddenFields: true }) as Promise<DataExport>
const runExportJobs = () => payload.jobs.run({ overrideAccess: true, silent: true, where: { taskSlug: { equals: 'setting-data-export' } } })
const runEmails = () => payload.jobs.run({ overrideAccess: true, silent: true, limit: 100, where: { taskSlug: { equals: 'send-email' } } })

/** POST /accounts/data/download as the browser of `key` (its session cookie), or anonymous. */
async function download(id: number, key?: keyof World['users']) {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: hubURL() }
  if (key) headers.Cookie = `payload-token=${await tokenFor(payload, world, key)}`
  return fetch(`${hubURL()}/accounts/data/download`, { method: 'POST', headers, body: `export=${id}`, redirect: 'manual' })
}

async function page(pathname: string, key: keyof World['users']) {
  const res = await fetch(`${hubURL()}${pathname}`, {
    headers: { Cookie: `payload-token=${await tokenFor(payload, world, key)}`, 'Sec-Fetch-Site': 'same-origin' },
    redirect: 'manual',
  })
  return {
    status: res.status,
    text: (await res.text())
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;|&#39;|&rsquo;/g, '’')
      .replace(/\s+/g, ' '),
  }
}

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  payload = await testPayload()
  dataExports = await import('@/data/dataExports')
  exportSetting = await import('@/data/exportSetting')
  const { seedQuestionBank } = await import('@/seed/questionBank')
  const { populateSetting, trainingSession } = await import('../helpers/settingData')
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  training = await trainingSession(payload, world.tag)
  dataA = await populateSetting(payload, world.settingA, lead(), markerA(), training.session)
  dataB = await populateSetting(payload, world.settingB, world.users['setting-lead-b'], markerB(), training.session)
}, 60_000)

afterAll(async () => {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { createdAt: { greater_than_equal: startedAt } },
    pagination: false,
    overrideAccess: true,
  })
  for (const job of jobs.docs) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true }).catch(() => undefined)
  await db().execute(sql`DELETE FROM attendances WHERE session_id = ${training.session}`)
  await payload.delete({ collection: 'training-sessions', id: training.session, overrideAccess: true }).catch(() => undefined)
  await payload.delete({ collection: 'training-courses', id: training.course, overrideAccess: true }).catch(() => undefined)
  await sink.stop()
})

describe('asking for an export', () => {
  let first: DataExport

  it('queues the export and its job together; asking again while it is made gives the same one', async () => {
    const asked = await dataExports.requestExport(await reqAs(lead()), lead())
    expect(asked.created).toBe(true)
    first = asked.export
    expect(first).toMatchObject({ status: 'queued', progress: 0 })
    const again = await dataExports.requestExport(await reqAs(lead()), lead())
    expect(again).toMatchObject({ created: false, export: { id: first.id } })
    const { rows } = await db().execute(
      sql`SELECT count(*)::int AS n FROM payload_jobs WHERE task_slug = 'setting-data-export' AND input->>'export' = ${String(first.id)}`,
    )
    expect(rows[0].n).toBe(1)
  })

  it('is refused to setting staff (403) and stores nothing', async () => {
    const before = await payload.count({ collection: 'data-exports', overrideAccess: true })
    await expect(dataExports.requestExport(await reqAs(world.users['setting-staff']), world.users['setting-staff'])).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: 'data-exports', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('the page shows its progress to the lead and reloads itself; staff get a page saying only a lead can', async () => {
    const asLead = await page('/accounts/data', 'setting-lead')
    expect(asLead.status).toBe(200)
    expect(asLead.text).toContain('Queued: 0% done')
    const staff = await page('/accounts/data', 'setting-staff')
    expect(staff.status).toBe(200)
    expect(staff.text).toContain('You cannot download your setting’s data')
    expect(staff.text).not.toContain('Ask for an export')
  })

  it('the job builds it with its progress stored, outside the media folder, and emails the lead once', async () => {
    const seen: number[] = []
    const before = sink.messages.length
    // The job itself, as the jobs runner calls it, with its progress observed.
    await exportSetting.buildSettingExport(payload, first.id, (p) => seen.push(p.progress))
    expect(seen.length).toBeGreaterThan(5)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(100)
    const row = await exportRow(first.id)
    expect(row).toMatchObject({ status: 'ready', progress: 100 })
    expect(row.bytes).toBeGreaterThan(1000)
    expect(new Date(row.expiresAt!).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000)
    expect(path.resolve(row.fileLocation!).startsWith(path.resolve(process.env.EXPORT_DIR || '.data/exports'))).toBe(true)
    expect(path.resolve(row.fileLocation!).startsWith(path.resolve(process.env.MEDIA_DIR || 'media'))).toBe(false)
    expect(existsSync(row.fileLocation!)).toBe(true)
    // The queued job finds it built and does nothing twice.
    await runExportJobs()
    await runEmails()
    await runEmails()
    const mails = sink.messages.slice(before).filter((m) => m.subject?.includes('is ready to download'))
    expect(mails).toHaveLength(1)
    expect(mails[0].to && 'text' in mails[0].to ? mails[0].to.text : '').toContain(lead().email)
    expect(mails[0].text).toContain('/accounts/data')
  })

  it('nobody but that lead can download it: staff, the other setting’s lead, anonymous', async () => {
    const staff = await download(first.id, 'setting-staff')
    expect(staff.status).toBe(303)
    expect(staff.headers.get('location')).toMatch(/\/accounts\/data$/)
    const other = await download(first.id, 'setting-lead-b')
    expect(other.status).toBe(303)
    expect(other.headers.get('location')).toContain('problem=not-found')
    const anonymous = await download(first.id)
    expect(anonymous.headers.get('location')).toContain('/sign-in')
    expect((await exportRow(first.id)).status).toBe('ready')
  })

  let files: Record<string, Uint8Array>
  const text = (name: string) => new TextDecoder().decode(files[name])
  const json = (name: string) => JSON.parse(text(name)) as Record<string, unknown>[]

  it('the lead downloads it once: a zip, and the file is gone from the disk', async () => {
    const location = (await exportRow(first.id)).fileLocation!
    const res = await download(first.id, 'setting-lead')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="setting-a-[a-z0-9]+-data-\d{4}-\d{2}-\d{2}\.zip"/)
    expect(res.headers.get('cache-control')).toContain('no-store')
    files = unzipSync(new Uint8Array(await res.arrayBuffer()))
    expect(existsSync(location)).toBe(false)
    const row = await exportRow(first.id)
    expect(row).toMatchObject({ status: 'downloaded' })
    expect(row.fileLocation ?? null).toBeNull()
    const again = await download(first.id, 'setting-lead')
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toContain('problem=used')
    expect((await page('/accounts/data?problem=used', 'setting-lead')).text).toContain('That export has already been downloaded')
  })

  it('holds every file, each with the setting’s own records', async () => {
    const names = Object.keys(files).sort()
    for (const f of ['setting', 'accounts', 'assessments', 'actions', 'case-studies', 'images', 'staff-members', 'bookings', 'awards'])
      expect(names, f).toEqual(expect.arrayContaining([`${f}.csv`, `${f}.json`]))
    expect(names).toEqual(expect.arrayContaining(['answers.csv', 'README.txt', `images/${dataA.image.id}-${dataA.image.filename}`]))
    expect(json('setting.json').map((s) => s.id)).toEqual([world.settingA.id])
    expect(
      json('accounts.json')
        .map((u) => u.email)
        .sort(),
    ).toEqual([lead().email, world.users['setting-staff'].email].sort())
    const [assessment] = json('assessments.json')
    expect(assessment).toMatchObject({ id: dataA.assessment, status: 'submitted' })
    expect((assessment.answers as unknown[]).length).toBeGreaterThan(10)
    expect(assessment.results).toBeTruthy()
    expect(assessment.recommendations).toBeTruthy()
    expect(text('answers.csv')).toContain(`Evidence ${markerA()}`)
    expect(json('actions.json')).toEqual([expect.objectContaining({ id: dataA.action, owner: `Owner ${markerA()}` })])
    expect(json('case-studies.json')).toEqual([expect.objectContaining({ id: dataA.caseStudy, status: 'pending', title: `Study ${markerA()}` })])
    expect(json('staff-members.json').map((s) => s.id)).toEqual(dataA.staff)
    expect(text('staff-members.csv')).toContain(`Staff 1 ${markerA()}`)
    expect(json('bookings.json')).toEqual([expect.objectContaining({ id: dataA.attendance, status: 'attended', sessionTitle: `Data session ${world.tag}` })])
    expect(json('awards.json').every((a) => a.setting === world.settingA.id)).toBe(true)
    // The image is the file on disk, byte for byte.
    const onDisk = readFileSync(path.join(process.env.MEDIA_DIR || 'media', dataA.image.filename!))
    expect(Buffer.from(files[`images/${dataA.image.id}-${dataA.image.filename}`]).equals(onDisk)).toBe(true)
    expect([...files['accounts.csv'].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text('README.txt')).toContain(world.settingA.name)
  })

  it('holds nothing of another setting and no secret of any account', () => {
    const everything = Object.entries(files)
      .filter(([name]) => !name.startsWith('images/'))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .join('\n')
    expect(everything).toContain(markerA())
    expect(everything).not.toContain(markerB())
    expect(everything).not.toContain(world.settingB.name)
    expect(everything).not.toContain(world.users['setting-lead-b'].email)
    expect(Object.keys(files).some((n) => n.startsWith(`images/${dataB.image.id}-`))).toBe(false)
    for (const secret of ['"hash"', '"salt"', '"sessions"', '"resetPasswordToken"', '"loginAttempts"', '"lockUntil"', '"internalNote"', 'fileLocation'])
      expect(everything, secret).not.toContain(secret)
    for (const account of json('accounts.json'))
      expect(Object.keys(account).sort()).toEqual(['active', 'collection', 'createdAt', 'email', 'id', 'name', 'role', 'setting', 'updatedAt'])
  })
})

describe('expiry', () => {
  it('an export past its 24 hours cannot be downloaded, and the sweep removes its file', async () => {
    const { export: second } = await dataExports.requestExport(await reqAs(lead()), lead())
    await runExportJobs()
    const ready = await exportRow(second.id)
    expect(ready.status).toBe('ready')
    await db().execute(sql`UPDATE data_exports SET expires_at = now() - interval '1 minute' WHERE id = ${second.id}`)
    const res = await download(second.id, 'setting-lead')
    expect(res.headers.get('location')).toContain('problem=expired')
    expect((await page('/accounts/data?problem=expired', 'setting-lead')).text).toContain('That export has expired')
    expect(existsSync(ready.fileLocation!)).toBe(true)
    expect(await dataExports.expireExports(payload)).toBeGreaterThanOrEqual(1)
    expect(existsSync(ready.fileLocation!)).toBe(false)
    expect(await exportRow(second.id)).toMatchObject({ status: 'expired' })
  })

  it('an export abandoned while being made fails after an hour, so that the lead can ask again', async () => {
    const { export: stuck } = await dataExports.requestExport(await reqAs(lead()), lead())
    await db().execute(sql`UPDATE data_exports SET status = 'running', updated_at = now() - interval '2 hours' WHERE id = ${stuck.id}`)
    await dataExports.expireExports(payload)
    expect(await exportRow(stuck.id)).toMatchObject({ status: 'failed' })
    // Its queued job finds it no longer queued and builds nothing.
    await runExportJobs()
    expect(await exportRow(stuck.id)).toMatchObject({ status: 'failed' })
  })

  it('a new export replaces a ready one: the old file goes at once', async () => {
    const { export: third } = await dataExports.requestExport(await reqAs(lead()), lead())
    await runExportJobs()
    const ready = await exportRow(third.id)
    expect(ready.status).toBe('ready')
    const { export: fourth } = await dataExports.requestExport(await reqAs(lead()), lead())
    expect(fourth.id).not.toBe(third.id)
    expect(await exportRow(third.id)).toMatchObject({ status: 'expired' })
    expect(existsSync(ready.fileLocation!)).toBe(false)
    await runExportJobs()
  })
})

describe('reading exports', () => {
  it('only the lead who asked and service admins read them, and never where the file is', async () => {
    const ids = async (key: keyof World['users']) => {
      const res = await fetch(`${hubURL()}/api/data-exports?depth=0&limit=100&where[setting][in]=${world.settingA.id},${world.settingB.id}`, {
        headers: { Authorization: `JWT ${await tokenFor(payload, world, key)}` },
      })
      const body = await res.json()
      return { status: res.status, docs: (body.docs ?? []) as Record<string, unknown>[] }
    }
    const mine = await ids('setting-lead')
    expect(mine.docs.length).toBeGreaterThanOrEqual(3)
    expect(mine.docs.every((d) => d.requestedBy === lead().id)).toBe(true)
    expect(mine.docs.some((d) => 'fileLocation' in d)).toBe(false)
    expect((await ids('setting-staff')).docs).toEqual([])
    expect((await ids('setting-lead-b')).docs).toEqual([])
    expect((await ids('service-staff')).docs).toEqual([])
    expect((await ids('service-admin')).docs.length).toBe(mine.docs.length)
  })
})
