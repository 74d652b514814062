/**
 * The award in a real browser: a lead follows the dashboard's award card to the checklist (1280 and 390 px, no
 * sideways scroll), prints the certificate once the award is achieved, downloads its PDF and scans its QR code back
 * to the public verification page, which a visitor with no account opens. axe finds nothing on any of them.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Award } from '@/payload-types'

import { expectNoAxeViolations, launchBrowser, newWatchedContext, settle, visit, type WatchedContext } from '../helpers/browser'
import { hubURL, testPayload } from '../helpers/payload'
import { pdfQrCodes } from '../helpers/pdfQrCodes'
import { pdfText } from '../helpers/pdfText'
import { rest } from '../helpers/rest'

const PASSWORD = process.env.DEMO_PASSWORD || 'compassionate-demo'
const RUN = Date.now().toString(36)
const LEAD = `lead-${RUN}@award-e2e.example.org`
const ADMIN = 'admin@service.example.org'
const SETTING = `Ribble Valley Primary School ${RUN}`
const CRITERIA = [`Share a case study in the Community Scrapbook ${RUN}`, `Train at least half of your staff ${RUN}`]
const DAY = 86_400_000

let payload: Payload
let browser: Browser
let lead: WatchedContext
let visitor: WatchedContext
let page: Page
let narrow: Page
let adminToken = ''
let settingId = 0
let award: Award
const criterionIds: number[] = []
const verificationCode = randomBytes(18).toString('base64url')
const certificateNumber = `CSA-E2E-${RUN}`.toUpperCase()

async function login(email: string): Promise<string> {
  const res = await rest('POST', '/api/users/login', { json: { email, password: PASSWORD } })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`)
  return res.body.token
}

async function signIn(p: Page, email: string): Promise<void> {
  await visit(p, '/sign-in')
  await p.getByLabel('Email address').fill(email)
  await p.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await p.getByRole('button', { name: 'Sign in', exact: true }).click()
  await p.waitForURL('**/dashboard')
}

/** axe on `p` as it is, then the same address at 390 px: axe again, and nothing wider than the screen. */
async function checkBothWidths(p: Page, small: Page, path: string): Promise<void> {
  await expectNoAxeViolations(p, `${path} (1280 px)`)
  await visit(small, path)
  await expectNoAxeViolations(small, `${path} (390 px)`)
  const overflow = (await small.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number
  const wide = await small.evaluate(`[...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !el.closest('.table-wrapper table'))
    .slice(0, 5).map((el) => el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))`)
  expect(overflow, `${path} scrolls sideways at 390 px: ${JSON.stringify(wide)}`).toBeLessThanOrEqual(0)
}

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}

beforeAll(async () => {
  payload = await testPayload()
  adminToken = await login(ADMIN)
  const setting = await rest('POST', '/api/settings', {
    token: adminToken,
    json: { name: SETTING, urn: String(10_000_000 + (Date.now() % 80_000_000)).slice(0, 8), type: 'primary', district: 'Ribble Valley' },
  })
  if (setting.status !== 201) throw new Error(`setting: ${setting.status} ${JSON.stringify(setting.body)}`)
  settingId = setting.body.doc.id
  const user = await rest('POST', '/api/users', { token: adminToken, json: { email: LEAD, role: 'setting-lead', name: 'Robin Lead', password: PASSWORD, setting: settingId } })
  if (user.status !== 201) throw new Error(`user: ${user.status} ${JSON.stringify(user.body)}`)
  for (const [i, title] of CRITERIA.entries()) {
    const res = await rest('POST', '/api/award-criteria', {
      token: adminToken,
      json: { title, track: 'both', order: 9000 + i, rule: 'manual', guidance: 'The service checks this at its visit.', _status: 'published' },
    })
    if (res.status !== 201) throw new Error(`criterion: ${res.status} ${JSON.stringify(res.body)}`)
    criterionIds.push(res.body.doc.id)
  }
  // The award as the Hub keeps it: half way, one item met and one still to do.
  award = await payload.create({
    collection: 'awards',
    overrideAccess: true,
    depth: 0,
    data: {
      setting: settingId,
      track: 'school',
      cycle: 1,
      status: 'in-progress',
      percentComplete: 50,
      lastEvaluatedAt: new Date().toISOString(),
      checklist: [
        {
          criterion: criterionIds[0],
          title: CRITERIA[0],
          met: true,
          metAt: new Date(Date.now() - 3 * DAY).toISOString(),
          explanation: 'One case study is published in the Community Scrapbook.',
          actionPath: '/scrapbook',
          actionLabel: 'Share a case study',
        },
        {
          criterion: criterionIds[1],
          title: CRITERIA[1],
          met: false,
          explanation: 'None of your staff have attended a session yet: at least half must.',
          actionPath: '/training',
          actionLabel: 'Book staff onto training',
        },
      ],
    },
  })

  browser = await launchBrowser()
  lead = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  visitor = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
  page = await lead.context.newPage()
  narrow = await lead.context.newPage()
  await narrow.setViewportSize({ width: 390, height: 844 })
  await signIn(page, LEAD)
})

afterAll(async () => {
  await browser?.close()
  if (payload) {
    await payload.delete({ collection: 'awards', where: { setting: { equals: settingId } }, overrideAccess: true })
    for (const id of criterionIds) await payload.delete({ collection: 'award-criteria', id, overrideAccess: true })
  }
})

afterEach(() => {
  for (const c of [lead, visitor]) {
    const problems = c.take()
    expect(problems.cspViolations, 'CSP violations').toEqual([])
    expect(problems.consoleErrors, 'console errors').toEqual([])
  }
})

describe('the award in the portal', () => {
  it('the dashboard’s card leads to /award: the progress, the checklist with met and unmet items, and where to act', async () => {
    await visit(page, '/dashboard')
    const card = page.locator('.card').filter({ has: page.getByRole('link', { name: 'Compassionate School Award' }) })
    expect(await card.textContent()).toContain('50% complete towards the award')
    await card.getByRole('link', { name: 'Compassionate School Award' }).click()
    await page.waitForURL('**/award')
    await settle(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Compassionate School Award')
    const bar = page.getByRole('progressbar', { name: /50% complete/ })
    expect(await bar.getAttribute('aria-valuenow')).toBe('50')
    const items = page.locator('.award-checklist__item')
    expect(await items.count()).toBe(2)
    expect(await items.nth(0).textContent()).toContain('Met')
    expect(await items.nth(1).textContent()).toContain('Not yet met')
    await page.getByRole('link', { name: 'Book staff onto training' }).click()
    await page.waitForURL('**/training')
    await visit(page, '/award')
    await checkBothWidths(page, narrow, '/award')
  })

  it('once achieved: the certificate prints alone, and its PDF’s QR code opens the verification page', async () => {
    const now = Date.now()
    award = await payload.update({
      collection: 'awards',
      id: award.id,
      overrideAccess: true,
      depth: 0,
      data: {
        status: 'achieved',
        percentComplete: 100,
        achievedAt: new Date(now).toISOString(),
        expiresAt: new Date(now + 3 * 365 * DAY).toISOString(),
        certificateNumber,
        verificationCode,
        checklist: (award.checklist ?? []).map((item) => ({ ...item, met: true, metAt: new Date(now).toISOString() })),
      },
    })
    await visit(page, '/dashboard')
    expect(await page.locator('.card').filter({ hasText: 'Compassionate School Award' }).textContent()).toMatch(/Achieved — valid until \d{1,2} \w+ \d{4}/)
    await visit(page, '/award')
    expect(await page.getByRole('heading', { name: 'Award achieved' }).count()).toBe(1)
    await checkBothWidths(page, narrow, '/award')
    await page.getByRole('link', { name: 'View and print your certificate' }).click()
    await page.waitForURL('**/award/certificate')
    await settle(page)
    const certificate = page.getByRole('article', { name: /Certificate: Compassionate School Award/ })
    expect(await certificate.textContent()).toContain(SETTING)
    expect(await certificate.textContent()).toContain(certificateNumber)
    await checkBothWidths(page, narrow, '/award/certificate')

    // Printed, only the certificate is on the page (no header, buttons or back link).
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Print the certificate' }).isVisible()).toBe(false)
    expect(await page.locator('header.header').isVisible()).toBe(false)
    expect(await certificate.isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the certificate (PDF)' }).click()])
    expect(download.suggestedFilename()).toMatch(/award-certificate.*\.pdf$/)
    const pdf = await streamToBuffer(await download.createReadStream())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ')
    for (const expected of [SETTING, 'Compassionate School Award', certificateNumber]) expect(text).toContain(expected)
    expect(await pdfQrCodes(pdf)).toEqual([`${hubURL()}/verify/${verificationCode}`])
  })

  it('the verification page, opened by anyone, says the certificate is valid', async () => {
    const p = await visitor.context.newPage()
    const small = await visitor.context.newPage()
    await small.setViewportSize({ width: 390, height: 844 })
    await visit(p, `/verify/${verificationCode}`)
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe(SETTING)
    expect(await p.locator('.summary-list').textContent()).toMatch(/Compassionate School Award.*Valid until.*Status\s*Valid/)
    await checkBothWidths(p, small, `/verify/${verificationCode}`)

    await visit(p, '/verify')
    await checkBothWidths(p, small, '/verify')
    await p.getByLabel('Certificate number').fill(`CSA-E2E-NOT-${RUN}`)
    await p.getByRole('button', { name: 'Check certificate' }).click()
    const summary = p.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.waitFor()
    expect(await summary.textContent()).toContain('We could not find that certificate')
    await expectNoAxeViolations(p, '/verify (not found)')
    await p.getByLabel('Certificate number').fill(certificateNumber.toLowerCase())
    await p.getByRole('button', { name: 'Check certificate' }).click()
    await p.waitForURL(`**/verify/${verificationCode}`)
    await p.close()
    await small.close()
  })
})
