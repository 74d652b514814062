/**
 * The county overview (/admin/county-overview) and its CSV (/admin/county-overview.csv) over real HTTP, on a small
 * known county of its own (two districts no other file uses): every figure equals what is worked out by hand here —
 * settings and engagement by type and district, submissions per month with the empty months present, averages and
 * RAG counts per principle from each setting's latest assessment, the heat map with its small cells hidden, staff and
 * champions — with the phase and district filters; the CSV names no setting and hides groups below the minimum; and
 * nobody but the service sees any of it.
 */
import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AnswerValue } from '@/assessment/scoring'
import { submitAssessment } from '@/assessment/submitAssessment'
import { lastMonths } from '@/county/figures'
import type { Setting, User } from '@/payload-types'
import { seedQuestionBank } from '@/seed/questionBank'

import { answersFor, applicableQuestions, draftFor } from '../helpers/assessments'
import { hubURL, testPayload } from '../helpers/payload'
import { type World, createUser, createWorld, tokenFor, uniqueURN } from '../helpers/world'

let payload: Payload
let world: World
let minimumBefore: number
let districtA: string
let districtB: string
const made: Setting[] = []
const principleIds: number[] = []
const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const months = lastMonths(new Date())

/** Mid-month, `back` months before this one (UK month boundaries never in doubt). */
const monthsAgo = (back: number) => `${months[11 - back]}-15T12:00:00Z`

async function settingWithLead(name: string, type: Setting['type'], district: string): Promise<{ setting: Setting; lead: User }> {
  const setting = await payload.create({
    collection: 'settings',
    data: { name: `${name} ${world.tag}`, urn: uniqueURN(), type, district, active: true },
    overrideAccess: true,
  })
  made.push(setting)
  const lead = await createUser(payload, {
    email: `lead-${made.length}-${world.tag}@test.example.org`,
    name: `Lead ${made.length}`,
    role: 'setting-lead',
    setting: setting.id,
  })
  return { setting, lead }
}

/** Submits an assessment answering every question `level` (so every principle scores level / 3), dated `at`. */
async function submitAt(s: { setting: Setting; lead: User }, level: AnswerValue, at: string | null) {
  const questions = await applicableQuestions(payload, s.lead, s.setting)
  const draft = await draftFor(
    payload,
    s.lead,
    answersFor(questions, () => level),
  )
  await submitAssessment(await createLocalReq({ user: { ...s.lead, collection: 'users' } as never }, payload), draft.id, { notify: false })
  if (at) await db().execute(sql`UPDATE assessments SET submitted_at = ${at} WHERE id = ${draft.id}`)
}

async function get(path: string, token?: string) {
  const res = await fetch(`${hubURL()}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {}, redirect: 'manual' })
  return { status: res.status, text: await res.text(), location: res.headers.get('location'), type: res.headers.get('content-type') }
}
const overview = async (query = '', who: keyof World['users'] = 'service-admin') => get(`/admin/county-overview${query}`, await tokenFor(payload, world, who))
const csvOf = async (query = '', who: keyof World['users'] = 'service-admin') => get(`/admin/county-overview.csv${query}`, await tokenFor(payload, world, who))
const q = (phase: string | null, district: string | null) => `?${new URLSearchParams({ ...(phase ? { phase } : {}), ...(district ? { district } : {}) })}`

/** The numbers of the table row marked `attr` (e.g. data-figure="engaged"). */
const cells = (html: string, attr: string): string[] => {
  const row = html.match(new RegExp(`<tr[^>]*${attr}[^>]*>([\\s\\S]*?)</tr>`))?.[1] ?? ''
  return [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/<!-- -->/g, ''))
}
const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')

beforeAll(async () => {
  payload = await testPayload()
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  districtA = `Overview North ${world.tag}`
  districtB = `Overview South ${world.tag}`
  minimumBefore = (await payload.findGlobal({ slug: 'hub-options', overrideAccess: true })).benchmarkMinimum
  await payload.updateGlobal({ slug: 'hub-options', data: { benchmarkMinimum: 3 }, overrideAccess: true })

  // District A: three primaries and a secondary. District B: a college and a primary.
  const p1 = await settingWithLead('Alder Primary', 'primary', districtA)
  const p2 = await settingWithLead('Birch Primary', 'primary', districtA)
  const p3 = await settingWithLead('Cedar Primary', 'primary', districtA)
  await settingWithLead('Damson High', 'secondary', districtA)
  const c1 = await settingWithLead('Elm College', 'college', districtB)
  await settingWithLead('Fir Primary', 'primary', districtB)
  await submitAt(p1, '1', monthsAgo(3)) // 33.3 % red, then superseded
  await submitAt(p1, '3', null) // 100 % green, this month: its latest
  await submitAt(p2, '2', monthsAgo(2)) // 66.7 % amber
  await submitAt(p3, '0', `${Number(months[0].slice(0, 4)) - 1}${months[0].slice(4)}-01T12:00:00Z`) // 0 % red, more than 12 months ago: not engaged
  await submitAt(c1, '3', null) // 100 % green
  // Staff of district A: two active at Alder (one a champion), one who has left Birch.
  for (const [setting, active, champion] of [
    [p1.setting.id, true, true],
    [p1.setting.id, true, false],
    [p2.setting.id, false, false],
  ] as const) {
    const m = await payload.create({ collection: 'staff-members', data: { name: `Staff ${world.tag}`, setting, active }, overrideAccess: true })
    if (champion) await db().execute(sql`UPDATE staff_members SET champion = true WHERE id = ${m.id}`)
  }
  principleIds.push(...(await payload.find({ collection: 'principles', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map((p) => p.id))
}, 240_000)

afterAll(async () => {
  await payload.updateGlobal({ slug: 'hub-options', data: { benchmarkMinimum: minimumBefore }, overrideAccess: true })
  // This file's settings leave the county's figures for the files after it.
  await db().execute(
    sql`UPDATE settings SET active = false WHERE id IN (${sql.join(
      made.map((s) => sql`${s.id}`),
      sql`, `,
    )})`,
  )
})

describe('the county overview’s figures', () => {
  it('counts settings and engagement (a submission in the last 12 months) by type and district, with the filters', async () => {
    const all = (await overview(q(null, districtA))).text
    expect(cells(all, 'data-figure="settings"')[0]).toBe('4')
    expect(cells(all, 'data-figure="engaged"')[0]).toBe('2')
    expect(cells(all, 'data-figure="not-engaged"')[0]).toBe('2')
    expect(cells(all, 'data-group="primary"')).toEqual(['3', '2', '1'])
    expect(cells(all, 'data-group="secondary"')).toEqual(['1', '0', '1'])
    expect(cells(all, `data-group="${districtA}"`)).toEqual(['4', '2', '2'])

    const primaries = (await overview(q('primary', districtA))).text
    expect(cells(primaries, 'data-figure="settings"')[0]).toBe('3')
    expect(primaries).not.toContain('data-group="secondary"')
    const post16 = (await overview(q('post-16', districtB))).text
    expect(cells(post16, 'data-figure="settings"')[0]).toBe('1')
    expect(cells(post16, 'data-figure="engaged"')[0]).toBe('1')
    expect(cells(post16, 'data-group="college"')).toEqual(['1', '1', '0'])
  })

  it('counts submissions per month for 12 months, every month present, the empty ones 0', async () => {
    const html = (await overview(q(null, districtA))).text
    const expected = months.map((_m, i) => (i === 11 || i === 8 || i === 9 ? '1' : '0'))
    expect(months.map((m) => cells(html, `data-month="${m}"`)[0])).toEqual(expected)
    const b = (await overview(q(null, districtB))).text
    expect(months.map((m) => cells(b, `data-month="${m}"`)[0])).toEqual(months.map((_, i) => (i === 11 ? '1' : '0')))
  })

  it('averages each principle over the latest assessment of each setting, with the settings in each band', async () => {
    const html = (await overview(q(null, districtA))).text
    // Alder 100 (its earlier 33.3 no longer counts), Birch 66.7, Cedar 0: (100 + 66.7 + 0) / 3 = 55.6, amber.
    for (const id of principleIds) expect(cells(html, `data-principle="${id}"`), `principle ${id}`).toEqual(['3', '55.6 % Amber', '1', '1', '1'])
    const primaryB = (await overview(q('primary', districtB))).text
    for (const id of principleIds) expect(cells(primaryB, `data-principle="${id}"`)).toEqual(['0', '—', '0', '0', '0'])
  })

  it('shows the heat map’s cells of at least the minimum settings and hides the rest, also on screen', async () => {
    const html = (await overview()).text
    const row = (d: string) => html.match(new RegExp(`<tr[^>]*data-district="${d}"[^>]*>([\\s\\S]*?)</tr>`))?.[1] ?? ''
    expect(row(districtA).match(/55\.6 % Amber/g)?.length).toBe(principleIds.length)
    expect(row(districtB)).not.toMatch(/100 %/)
    expect(row(districtB).match(/fewer than 3/g)?.length).toBe(principleIds.length)
  })

  it('counts active staff and champions of the settings shown', async () => {
    const html = (await overview(q(null, districtA))).text
    expect(cells(html, 'data-figure="active-staff"')[0]).toBe('2')
    expect(cells(html, 'data-figure="champions"')[0]).toBe('1')
    expect(cells(html, 'data-figure="staff-trained"')[0]).toBe('0')
    expect(cells((await overview(q(null, districtB))).text, 'data-figure="active-staff"')[0]).toBe('0')
  })

  it('counts the awards of the settings shown as they are stored', async () => {
    const ids = made.slice(0, 4).map((s) => s.id)
    const count = async (status: 'achieved' | 'in-progress') =>
      String((await payload.count({ collection: 'awards', where: { setting: { in: ids }, status: { equals: status } }, overrideAccess: true })).totalDocs)
    const html = (await overview(q(null, districtA))).text
    expect(cells(html, 'data-figure="achieved"')[0]).toBe(await count('achieved'))
    expect(cells(html, 'data-figure="in-progress"')[0]).toBe(await count('in-progress'))
  })

  it('links each waiting queue: case studies to moderate and new join requests, counted as stored', async () => {
    const html = (await overview()).text
    const pending = (await payload.count({ collection: 'case-studies', where: { status: { equals: 'pending' } }, overrideAccess: true })).totalDocs
    const joins = (await payload.count({ collection: 'join-requests', where: { status: { equals: 'new' } }, overrideAccess: true })).totalDocs
    expect(cells(html, 'data-figure="moderation"')).toEqual([String(pending)])
    expect(cells(html, 'data-figure="join-requests"')).toEqual([String(joins)])
    expect(html).toContain('href="/admin/moderation"')
    expect(html).toContain('href="/admin/collections/join-requests?where[status][equals]=new"')
  })

  it('says so and shows everything when the district asked for is not one of the county’s', async () => {
    const html = (await overview('?district=Atlantis&phase=primary')).text
    expect(html).toContain('No setting matches the district “Atlantis”')
    expect(html).toContain('Primary, all districts')
  })

  it('is reached from the admin dashboard and the navigation', async () => {
    const home = (await get('/admin', await tokenFor(payload, world, 'service-staff'))).text
    expect(home).toMatch(/href="\/admin\/county-overview"[^>]*>County overview<\/a>/)
    expect(home).toMatch(/engaged/)
    expect(home).toContain('id="nav-county-overview"')
  })
})

describe('the anonymised CSV', () => {
  it('holds the same figures, hides groups below the minimum and names no setting', async () => {
    const res = await csvOf(q(null, districtA))
    expect(res.status).toBe(200)
    expect(res.type).toMatch(/^text\/csv/)
    const lines = csvLines(res.text)
    expect(lines[0]).toBe('Figure,Group,Measure,Value,Settings in group')
    // Four settings: shown. The secondary alone, and each type's group of one: hidden.
    expect(lines).toContain(`Settings by district,${districtA},Engaged,2,4`)
    expect(lines).toContain('Settings by type,Primary school,Engaged,2,3')
    expect(lines).toContain('Settings by type,Secondary school,Settings,fewer than 3,fewer than 3')
    expect(lines).toContain(`Assessments submitted per month,"All phases, ${districtA}",${months[10]},0,4`)
    expect(lines).toContain(`Assessments submitted per month,"All phases, ${districtA}",${months[11]},1,4`)
    const label = lines.find((l) => l.startsWith('Latest assessment by principle,1. '))!.split(',')[1]
    expect(lines).toContain(`Latest assessment by principle,${label},Average score (%),55.6,3`)
    expect(lines).toContain(`Latest assessment by principle,${label},Red,1,3`)
    expect(lines).toContain(`Average score by principle and district,${districtA},${label} (%),55.6,3`)
    for (const s of made) expect(res.text).not.toContain(s.name.replace(` ${world.tag}`, ''))
  })

  it('hides every figure of a group of fewer than the minimum settings', async () => {
    const lines = csvLines((await csvOf(q('post-16', districtB))).text)
    expect(lines).toContain(
      `Settings,"Post-16 (sixth forms and colleges), ${districtB}",Engaged (assessment submitted in the last 12 months),fewer than 3,fewer than 3`,
    )
    expect(lines).toContain(
      `Average score by principle and district,${districtB},${lines.find((l) => l.startsWith('Latest assessment by principle,1. '))!.split(',')[1]} (%),fewer than 3,fewer than 3`,
    )
    // Only the groups of no setting at all (nothing to reveal) keep their 0.
    expect(lines.filter((l) => /^(Settings|Latest assessment|Assessments submitted)/.test(l) && !l.includes('fewer than 3') && !l.endsWith(',0,0'))).toEqual([])
  })
})

describe('who sees it', () => {
  it('shows the service’s admins and staff the page', async () => {
    for (const who of ['service-admin', 'service-staff'] as const) {
      const res = await overview('', who)
      expect(res.status, who).toBe(200)
      expect(res.text).toContain('<h1>County overview</h1>')
      expect((await csvOf('', who)).status, who).toBe(200)
    }
  })

  it('refuses a setting’s lead and staff the page and the CSV, showing nothing of the county', async () => {
    for (const who of ['setting-lead', 'setting-staff'] as const) {
      const page = await overview(q(null, districtA), who)
      expect([200, 302, 303, 307, 403], who).toContain(page.status)
      expect(page.text).not.toContain('<h1>County overview</h1>')
      expect(page.text).not.toContain(districtA)
      const csv = await csvOf(q(null, districtA), who)
      expect(csv.status, who).toBe(403)
      expect(csv.text).not.toContain(districtA)
    }
  })

  it('sends an anonymous visitor to sign in, from the page and the CSV', async () => {
    const page = await get('/admin/county-overview')
    expect([200, 302, 303, 307]).toContain(page.status)
    if (page.status !== 200) expect(page.location).toMatch(/\/admin\/login/)
    expect(page.text).not.toContain('<h1>County overview</h1>')
    expect(page.text).not.toContain(districtA)
    const csv = await get(`/admin/county-overview.csv${q(null, districtA)}`)
    expect(csv.status).toBe(303)
    expect(csv.location).toMatch(/\/admin\/login\?redirect=/)
    expect(csv.text).not.toContain(districtA)
  })
})
