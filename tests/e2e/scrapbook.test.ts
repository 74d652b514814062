/**
 * The scrapbook in a real browser: a setting lead writes a case study with an image and shares it; once the
 * service approves it, anyone finds it in the Community Scrapbook by searching. axe-core on every page.
 */
import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { expectNoAxeViolations, launchBrowser, newWatchedContext, settle, visit, type WatchedContext, expectNoPageProblems } from '../helpers/browser'
import { hubURL } from '../helpers/payload'

const PASSWORD = process.env.DEMO_PASSWORD || 'compassionate-demo'
const LEAD = 'lead@pendlevale.example.org'
const TITLE = 'Lunchtime gardening club for anxious students'

let browser: Browser
let lead: WatchedContext
let visitor: WatchedContext
let page: Page
let id = 0

beforeAll(async () => {
  browser = await launchBrowser()
  lead = await newWatchedContext(browser)
  visitor = await newWatchedContext(browser)
  page = await lead.context.newPage()
  await visit(page, '/sign-in')
  await page.getByLabel('Email address').fill(LEAD)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL('**/dashboard')
})

afterAll(async () => {
  await browser?.close()
})

afterEach(() => {
  expectNoPageProblems([lead, visitor])
})

describe('a case study from scrapbook to Community Scrapbook', () => {
  it('the scrapbook lists the setting’s case studies with their status', async () => {
    await visit(page, '/scrapbook')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Scrapbook')
    expect(await page.getByText('Waiting for moderation').count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page, '/scrapbook')
  })

  it('a lead writes a case study; a missing summary shows the error summary', async () => {
    await visit(page, '/scrapbook/new')
    await expectNoAxeViolations(page, '/scrapbook/new')
    await page.getByLabel('Title').fill(TITLE)
    await page
      .getByLabel('The case study')
      .fill('## What we did\n\nA raised bed behind the science block, open every lunchtime.\n\n- Seeds from a local garden centre\n- Two staff volunteers')
    await page.getByLabel('5. Staff development').check()
    await page.getByRole('button', { name: 'Save the case study' }).click()
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()
    expect(await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: 'Enter a summary' }).count()).toBe(1)
    await expectNoAxeViolations(page, '/scrapbook/new (errors)')
    await page.getByLabel('Summary').fill('Students who find lunchtimes hard now have a calm, purposeful place to go.')
    await page.getByRole('button', { name: 'Save the case study' }).click()
    await page.waitForURL(/\/scrapbook\/\d+\?saved=1$/)
    id = Number(new URL(page.url()).pathname.split('/').pop())
    await settle(page)
    expect(await page.getByRole('status').textContent()).toContain('saved')
  })

  it('adds an image with its description; a text file posing as an image is refused', async () => {
    await page.getByLabel('Add an image').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not really an image') })
    await page.getByLabel('Describe the image').fill('A note')
    await page.getByRole('button', { name: 'Upload the image' }).click()
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()
    expect(await page.getByRole('alert').filter({ hasText: 'There is a problem' }).textContent()).toMatch(/JPEG, PNG or WebP/)

    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#3a7d44' } })
      .png()
      .toBuffer()
    await page.getByLabel('Add an image').setInputFiles({ name: 'garden.png', mimeType: 'image/png', buffer: png })
    await page.getByLabel('Describe the image').fill('Raised vegetable beds with sweetcorn and beans')
    await page.getByRole('button', { name: 'Upload the image' }).click()
    await page.waitForURL(/image-added=1/)
    await settle(page)
    expect(await page.getByRole('img', { name: 'Raised vegetable beds with sweetcorn and beans' }).count()).toBe(1)
    await expectNoAxeViolations(page, '/scrapbook/:id')
  })

  it('shares it only with the confirmation that no pupil is identified', async () => {
    await page.getByRole('button', { name: 'Share with the Community Scrapbook' }).click()
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()
    await page.getByLabel(/contains no information that identifies a pupil/).check()
    await page.getByRole('button', { name: 'Share with the Community Scrapbook' }).click()
    await page.waitForURL(/shared=1/)
    await settle(page)
    expect(await page.getByText('Waiting for moderation').count()).toBeGreaterThan(0)
  })

  it('once approved, anyone finds it in the Community Scrapbook by searching, with its image', async () => {
    const login = await fetch(`${hubURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@service.example.org', password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const decided = await fetch(`${hubURL()}/api/case-studies/${id}/decide`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ decision: 'approved' }),
    })
    expect(decided.status).toBe(200)

    const p = await visitor.context.newPage()
    await visit(p, '/community')
    await expectNoAxeViolations(p, '/community')
    await p.getByLabel('Search case studies').fill('gardening lunchtime')
    await p.getByRole('button', { name: 'Search' }).click()
    await p.waitForURL(/\/community\?q=gardening/)
    await settle(p)
    await p.getByRole('link', { name: TITLE }).click()
    await p.waitForURL(`**/community/${id}`)
    await settle(p)
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE)
    expect(await p.getByText('Shared by Pendle Vale High School').count()).toBe(1)
    const image = p.getByRole('img', { name: 'Raised vegetable beds with sweetcorn and beans' })
    await image.scrollIntoViewIfNeeded()
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await expectNoAxeViolations(p, '/community/:id')
  })
})
