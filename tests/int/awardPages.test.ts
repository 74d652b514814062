/**
 * The award's pages over real HTTP: a setting's own /award, certificate and PDF (and nobody else's), the public
 * verification page (valid, expired, revoked; nothing else about the setting), unknown codes, and the
 * certificate-number form that answers every miss alike and is limited per network.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Award, AwardCriterion } from '@/payload-types'

import { clientFrom, pageText, submitPortalForm } from '../helpers/client'
import { hubURL, testPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdfText'
import { type World, createWorld, tokenFor } from '../helpers/world'

let payload: Payload
let world: World
let startedAt: string
const criteria: AwardCriterion[] = []
const awards: Record<'current' | 'expired' | 'revoked' | 'inProgressB', Award> = {} as never
let inProgressB: Parameters<typeof award>[0]

const YEAR = 365 * 86_400_000
const ago = (ms: number) => new Date(Date.now() - ms).toISOString()
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString()
const code = () => randomBytes(18).toString('base64url')
const REVOCATION_REASON = 'Safeguarding concern raised at the visit'

/** A page of the portal as the browser of `key` asks for it (the session cookie). */
async function portal(path: string, key?: keyof World['users']) {
  const headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }
  if (key) headers.Cookie = `payload-token=${await tokenFor(payload, world, key)}`
  const res = await fetch(`${hubURL()}${path}`, { headers, redirect: 'manual' })
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) }
}

// The award rows of each state are written here as the Hub would (src/awards/recompute.ts makes them from real work).
async function award(data: Partial<Award> & Pick<Award, 'setting' | 'cycle' | 'status' | 'track'>): Promise<Award> {
  return payload.create({ collection: 'awards', data: data as Award, overrideAccess: true, depth: 0 })
}

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  payload = await testPayload()
  world = await createWorld(payload)
  for (const [title, track, order] of [
    [`Every setting: share a case study ${world.tag}`, 'both', 9001],
    [`Schools only: a visit by the service ${world.tag}`, 'school', 9002],
  ] as const) {
    criteria.push(
      await payload.create({
        collection: 'award-criteria',
        data: { title, track, order, rule: 'manual', guidance: `Guidance for ${title}`, _status: 'published' } as never,
        overrideAccess: true,
      }),
    )
  }
  const A = world.settingA.id
  const B = world.settingB.id
  // The settings' first awards, started by the Hub when they were created, make way for this file's own.
  await payload.delete({ collection: 'awards', where: { setting: { in: [A, B] } }, overrideAccess: true })
  awards.expired = await award({
    setting: A,
    track: 'school',
    cycle: 1,
    status: 'expired',
    percentComplete: 100,
    achievedAt: ago(3.2 * YEAR),
    expiresAt: ago(0.2 * YEAR),
    expiredAt: ago(0.2 * YEAR),
    certificateNumber: `T-${world.tag}-1`.toUpperCase(),
    verificationCode: code(),
  })
  awards.current = await award({
    setting: A,
    track: 'school',
    cycle: 2,
    status: 'achieved',
    percentComplete: 100,
    achievedAt: ago(30 * 86_400_000),
    expiresAt: ahead(2.9 * YEAR),
    lastEvaluatedAt: ago(60_000),
    certificateNumber: `T-${world.tag}-2`.toUpperCase(),
    verificationCode: code(),
    checklist: [
      {
        criterion: criteria[0].id,
        title: criteria[0].title,
        met: true,
        metAt: ago(40 * 86_400_000),
        explanation: 'Two case studies are published in the Community Scrapbook.',
        actionPath: '/scrapbook',
        actionLabel: 'Share a case study',
      },
      { criterion: criteria[1].id, title: criteria[1].title, met: true, metAt: ago(30 * 86_400_000), explanation: 'Verified by the service.' },
    ],
  })
  awards.revoked = await award({
    setting: B,
    track: 'college',
    cycle: 1,
    status: 'revoked',
    percentComplete: 100,
    achievedAt: ago(0.5 * YEAR),
    expiresAt: ahead(2.5 * YEAR),
    revokedAt: ago(7 * 86_400_000),
    revocationReason: REVOCATION_REASON,
    certificateNumber: `T-${world.tag}-3`.toUpperCase(),
    verificationCode: code(),
  })
  // An award in progress whose row already holds a number and a code: it is no certificate yet.
  inProgressB = {
    setting: B,
    track: 'college',
    cycle: 2,
    status: 'in-progress',
    percentComplete: 40,
    certificateNumber: `T-${world.tag}-4`.toUpperCase(),
    verificationCode: code(),
  }
  awards.inProgressB = await award(inProgressB)
})

afterAll(async () => {
  await payload.delete({ collection: 'awards', where: { setting: { in: [world.settingA.id, world.settingB.id] } }, overrideAccess: true })
  for (const c of criteria) await payload.delete({ collection: 'award-criteria', id: c.id, overrideAccess: true })
  // The recomputes these criteria queued must not run in another file's jobs run.
  await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ createdAt: { greater_than_equal: startedAt } }, { taskSlug: { equals: 'award-recompute' } }] },
    overrideAccess: true,
  })
})

describe('the portal’s award page', () => {
  it('shows the lead the achieved award, its checklist with explanations, guidance and links, and past awards', async () => {
    const res = await portal('/award', 'setting-lead')
    expect(res.status).toBe(200)
    const text = pageText(res.body.toString('utf8'))
    expect(text).toContain('Compassionate School Award')
    expect(text).toContain('Award achieved')
    expect(text).toContain('100% complete : 2 of 2 items met')
    expect(text).toContain(awards.current.certificateNumber)
    expect(text).toContain('Two case studies are published in the Community Scrapbook.')
    expect(text).toContain(`Guidance for ${criteria[0].title}`)
    expect(text).toMatch(/Cycle 1 .*Expired/)
    const html = res.body.toString('utf8')
    expect(html).toContain('role="progressbar"')
    expect(html).toContain('aria-valuenow="100"')
    expect(html).toContain('href="/award/certificate"')
  })

  it('shows a setting that has no award yet its checklist evaluated by the rules, 0 % and its own track’s criteria unmet, storing nothing', async () => {
    // Setting B (a college) has a revoked award and one in progress: take the one in progress away.
    await payload.delete({ collection: 'awards', id: awards.inProgressB.id, overrideAccess: true })
    try {
      const res = await portal('/award', 'setting-lead-b')
      expect(res.status).toBe(200)
      const text = pageText(res.body.toString('utf8'))
      expect(text).toContain('Compassionate College Award')
      expect(text).toContain('0% complete')
      expect(text).toContain(criteria[0].title)
      expect(text).toContain('Not yet met')
      expect(text).not.toContain(criteria[1].title) // a school-only criterion
      expect(text).toMatch(/Cycle 1 .*Revoked/)
      const started = await payload.find({
        collection: 'awards',
        where: { setting: { equals: world.settingB.id }, status: { equals: 'in-progress' } },
        overrideAccess: true,
      })
      // Reading a page writes nothing: the award starts with the setting's first change that moves a rule.
      expect(started.docs).toEqual([])
      // The dashboard's card says what the page says.
      expect(pageText((await portal('/dashboard', 'setting-lead-b')).body.toString('utf8'))).toContain('0% complete towards the award')
    } finally {
      awards.inProgressB = await award(inProgressB)
    }
  })

  it('gives the dashboard’s award card the percentage, or the validity once achieved', async () => {
    const a = pageText((await portal('/dashboard', 'setting-staff')).body.toString('utf8'))
    expect(a).toMatch(/Compassionate School Award Achieved — valid until \d{1,2} \w+ \d{4}/)
    const b = await portal('/dashboard', 'setting-lead-b')
    expect(pageText(b.body.toString('utf8'))).toContain('40% complete towards the award')
    expect(b.body.toString('utf8')).toContain('href="/award"')
  })

  it('sends anonymous visitors to sign in', async () => {
    for (const path of ['/award', '/award/certificate', '/award/certificate.pdf']) {
      const res = await portal(path)
      expect(res.status, path).toBe(307)
      expect(res.headers.get('location'), path).toMatch(/^\/sign-in\?next=/)
    }
  })
})

describe('the certificate', () => {
  it('is a page the setting’s staff can print, with the QR code of the verification page', async () => {
    const res = await portal('/award/certificate', 'setting-staff')
    expect(res.status).toBe(200)
    const html = res.body.toString('utf8')
    const text = pageText(html)
    expect(text).toContain(world.settingA.name)
    expect(text).toContain('Compassionate School Award')
    expect(text).toContain(awards.current.certificateNumber)
    expect(text).toContain(`${hubURL()}/verify/${awards.current.verificationCode}`)
    expect(html).toMatch(/<img[^>]+src="data:image\/png;base64,/)
  })

  it('downloads as a private PDF with the setting, the award, the dates and the number', async () => {
    const res = await portal('/award/certificate.pdf', 'setting-lead')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".*award-certificate.*\.pdf"$/)
    const text = (await pdfText(new Uint8Array(res.body))).replace(/\s+/g, ' ')
    for (const expected of [world.settingA.name, 'Compassionate School Award', awards.current.certificateNumber as string, 'Valid until']) {
      expect(text).toContain(expected)
    }
  })

  it('is not found for a setting that does not hold the award, whatever another setting holds', async () => {
    for (const path of ['/award/certificate', '/award/certificate.pdf']) {
      expect((await portal(path, 'setting-lead-b')).status, path).toBe(404)
      expect((await portal(path, 'setting-staff-b')).status, path).toBe(404)
    }
  })
})

describe('the public verification page', () => {
  const verify = (c: string | null | undefined) => portal(`/verify/${c}`)

  it('says a current certificate is valid, with the setting, the award and the dates only', async () => {
    const res = await verify(awards.current.verificationCode)
    expect(res.status).toBe(200)
    const text = pageText(res.body.toString('utf8'))
    expect(text).toContain(world.settingA.name)
    expect(text).toContain('Compassionate School Award')
    expect(text).toMatch(/Status Valid/)
    expect(text).toMatch(/Achieved \d{1,2} \w+ \d{4}/)
    expect(text).toMatch(/Valid until \d{1,2} \w+ \d{4}/)
    // Nothing else about the setting.
    expect(text).not.toContain(world.settingA.urn)
    expect(text).not.toContain('Two case studies')
    // Dynamic and private to whoever asked: never kept by a shared cache.
    expect(res.headers.get('cache-control')).toMatch(/no-store|private/)
    expect(res.headers.get('cache-control')).not.toMatch(/public/)
  })

  it('says an earlier certificate has expired', async () => {
    const res = await verify(awards.expired.verificationCode)
    expect(res.status).toBe(200)
    const text = pageText(res.body.toString('utf8'))
    expect(text).toMatch(/Status Expired/)
    expect(text).toContain('has expired')
  })

  it('says a revoked certificate was revoked by the service, without the reason', async () => {
    const res = await verify(awards.revoked.verificationCode)
    expect(res.status).toBe(200)
    const text = pageText(res.body.toString('utf8'))
    expect(text).toContain(world.settingB.name)
    expect(text).toContain('Compassionate College Award')
    expect(text).toMatch(/Status Revoked/)
    expect(text).toContain('revoked by the service')
    expect(text).not.toContain(REVOCATION_REASON)
  })

  it('is the site’s 404 for an unknown code, a malformed one, and an award that is no certificate yet', async () => {
    for (const c of [code(), 'x', '..%2F..%2Fadmin', awards.inProgressB.verificationCode]) {
      const res = await verify(c)
      expect(res.status, c ?? '').toBe(404)
      expect(pageText(res.body.toString('utf8'))).toContain('Page not found')
    }
  })
})

describe('the certificate-number form', () => {
  it('opens the verification page of a known number, typed in any case and with spaces', async () => {
    const typed = ` ${(awards.current.certificateNumber as string).toLowerCase().replace('-', ' - ')} `
    const res = await submitPortalForm(clientFrom(), '/verify', { certificateNumber: typed })
    expect(res.status).toBe(303)
    expect(res.location).toBe(`/verify/${awards.current.verificationCode}`)
  })

  it('answers alike for a number never issued and one on an award that is no certificate yet', async () => {
    const client = clientFrom()
    const answers = []
    for (const n of [`T-${world.tag}-404`, awards.inProgressB.certificateNumber as string]) {
      const res = await submitPortalForm(client, '/verify', { certificateNumber: n })
      expect(res.status).toBe(200)
      answers.push(pageText(res.text).replace(n, '<number>'))
    }
    expect(answers[0]).toContain('There is a problem We could not find that certificate.')
    expect(answers[1]).toBe(answers[0])
    const empty = await submitPortalForm(client, '/verify', { certificateNumber: '  ' })
    expect(pageText(empty.text)).toContain('Enter the certificate number')
  })

  it('counts every lookup per network, found or not, and then asks the network to wait', async () => {
    const client = clientFrom()
    const limit = 30 // CERTIFICATE_LOOKUPS_PER_NETWORK's default
    for (let i = 0; i < limit; i++) {
      const res = await submitPortalForm(client, '/verify', { certificateNumber: i % 2 ? (awards.current.certificateNumber as string) : `T-${world.tag}-${i}` })
      expect(res.status).toBeLessThan(400)
    }
    const refused = await submitPortalForm(client, '/verify', { certificateNumber: awards.current.certificateNumber as string })
    expect(refused.status).toBe(200)
    expect(pageText(refused.text)).toMatch(/Too many certificate numbers checked from your network\. Try again in \d+ minutes?\./)
    // Another network is not held back.
    expect((await submitPortalForm(clientFrom(), '/verify', { certificateNumber: awards.current.certificateNumber as string })).status).toBe(303)
  })
})
