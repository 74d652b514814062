/**
 * The service's awards overview (/admin/awards-overview) over real HTTP: service users see the counts by status and
 * track, the progress bands, awards expiring within the renewal reminder window, recently achieved and closest to
 * achieving, each linking to the award and its setting; a setting's user and an anonymous visitor see none of it.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Award, Setting } from '@/payload-types'
import { seedQuestionBank } from '@/seed/questionBank'

import { hubURL, testPayload } from '../helpers/payload'
import { type World, createSetting, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
const DAY = 86_400_000
const made: { setting: Setting; award: Award }[] = []

/** An award row as the recompute seam would leave it (test data: the seam's own tests prove how rows get there). */
async function awardFor(name: string, type: Setting['type'], data: Partial<Award>) {
  const setting = await createSetting(payload, `${name} ${world.tag}`, type)
  const award = await payload.create({
    collection: 'awards',
    data: { setting: setting.id, track: type === 'college' ? 'college' : 'school', cycle: 1, status: 'in-progress', percentComplete: 0, ...data } as never,
    overrideAccess: true,
    depth: 0,
  })
  made.push({ setting, award })
  return { setting, award }
}

async function page(token?: string) {
  const res = await fetch(`${hubURL()}/admin/awards-overview`, { headers: token ? { Authorization: `JWT ${token}` } : {}, redirect: 'manual' })
  return { status: res.status, html: await res.text(), location: res.headers.get('location') }
}

/** The numbers in a counts row (data-status or data-band), cells in order: school, college, all. */
const rowNumbers = (html: string, attr: string): number[] => {
  const row = html.match(new RegExp(`<tr[^>]*${attr}[^>]*>([\\s\\S]*?)</tr>`))?.[1] ?? ''
  return [...row.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((m) => Number(m[1]))
}

const days = (n: number) => new Date(Date.now() + n * DAY).toISOString()

beforeAll(async () => {
  payload = await testPayload()
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  await awardFor('Expiring Soon Primary', 'primary', {
    status: 'achieved',
    percentComplete: 100,
    achievedAt: days(-3 * 365 + 30),
    expiresAt: days(30),
    certificateNumber: `CSA-T-${world.tag}-1`,
    verificationCode: `test-${world.tag}-1`,
  })
  await awardFor('Just Achieved College', 'college', {
    status: 'achieved',
    percentComplete: 100,
    achievedAt: days(-1),
    expiresAt: days(3 * 365 - 1),
    certificateNumber: `CCA-T-${world.tag}-2`,
    verificationCode: `test-${world.tag}-2`,
  })
  await awardFor('Nearly There High', 'secondary', { percentComplete: 88 })
  await awardFor('Complete Not Recorded High', 'secondary', { percentComplete: 100 })
  await awardFor('Halfway College', 'college', { percentComplete: 50 })
  await awardFor('Just Started Primary', 'primary', { percentComplete: 10 })
  await awardFor('Lapsed Primary', 'primary', {
    status: 'expired',
    percentComplete: 100,
    achievedAt: days(-4 * 365),
    expiresAt: days(-365),
    expiredAt: days(-365),
  })
}, 120_000)

describe('the awards overview', () => {
  it('shows a service admin and a trainer the counts by status and track, equal to the awards stored', async () => {
    for (const who of ['service-admin', 'service-staff'] as const) {
      const { status, html } = await page(await tokenFor(payload, world, who))
      expect(status, who).toBe(200)
      expect(html).toContain('<h1>Awards overview</h1>')
      for (const s of ['in-progress', 'achieved', 'expired', 'revoked'] as const) {
        const count = async (track: 'school' | 'college') =>
          (await payload.count({ collection: 'awards', where: { status: { equals: s }, track: { equals: track } }, overrideAccess: true })).totalDocs
        const [school, college] = [await count('school'), await count('college')]
        expect(rowNumbers(html, `data-status="${s}"`), s).toEqual([school, college, school + college])
      }
    }
  })

  it('bands awards in progress by percent complete (100 % not yet recorded falls in the top band)', async () => {
    const { html } = await page(await tokenFor(payload, world, 'service-admin'))
    const all = await payload.find({ collection: 'awards', where: { status: { equals: 'in-progress' } }, pagination: false, depth: 0, overrideAccess: true })
    const band = (p: number) => Math.min(3, Math.floor(p / 25))
    for (let b = 0; b < 4; b++) {
      const of = (track: string) => all.docs.filter((a) => a.track === track && band(a.percentComplete ?? 0) === b).length
      expect(rowNumbers(html, `data-band="${b}"`), `band ${b}`).toEqual([of('school'), of('college'), of('school') + of('college')])
    }
    expect(rowNumbers(html, 'data-band="3"')[0]).toBeGreaterThanOrEqual(2)
  })

  it('lists the award expiring within the reminder window, the recently achieved one and the closest, each linking to the award and the setting', async () => {
    const { html } = await page(await tokenFor(payload, world, 'service-staff'))
    const section = (heading: string) => html.slice(html.indexOf(heading), html.indexOf('</table>', html.indexOf(heading)))
    const [expiring, justAchieved, nearly, started, lapsed] = [0, 1, 2, 5, 6].map((i) => made[i])
    const links = (m: (typeof made)[number]) => [`/admin/collections/awards/${m.award.id}"`, `/admin/collections/settings/${m.setting.id}"`]
    for (const href of links(expiring)) expect(section('Expiring within 60 days')).toContain(href)
    expect(section('Expiring within 60 days')).not.toContain(justAchieved.setting.name)
    for (const href of links(justAchieved)) expect(section('Recently achieved')).toContain(href)
    expect(section('Recently achieved')).not.toContain(lapsed.setting.name)
    for (const href of links(nearly)) expect(section('Closest to achieving')).toContain(href)
    expect(section('Closest to achieving').indexOf(nearly.setting.name)).toBeLessThan(
      section('Closest to achieving').includes(started.setting.name) ? section('Closest to achieving').indexOf(started.setting.name) : Number.MAX_SAFE_INTEGER,
    )
  })

  it('is in the admin navigation for the service', async () => {
    const { html } = await page(await tokenFor(payload, world, 'service-admin'))
    expect(html).toMatch(/id="nav-awards-overview"/)
  })

  it('shows a setting’s lead and staff nothing of it', async () => {
    for (const who of ['setting-lead', 'setting-staff', 'setting-lead-b'] as const) {
      const { html } = await page(await tokenFor(payload, world, who))
      expect(html, who).not.toContain('<h1>Awards overview</h1>')
      for (const m of made) expect(html, who).not.toContain(m.setting.name)
      expect(html, who).not.toContain('nav-awards-overview')
    }
  })

  it('sends an anonymous visitor to sign in, showing nothing', async () => {
    const { status, html, location } = await page()
    expect([200, 302, 303, 307]).toContain(status)
    if (status !== 200) expect(location).toMatch(/\/admin\/login/)
    expect(html).not.toContain('Awards overview</h1>')
    for (const m of made) expect(html).not.toContain(m.setting.name)
  })
})
