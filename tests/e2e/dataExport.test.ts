/**
 * A setting's own data in a real browser: the demo lead asks for an export on /accounts/data, watches the page
 * reload itself until it is ready (the served Hub runs the job), downloads the zip and finds their setting in it;
 * the download is then spent. A member of staff is told that only a lead can. axe finds nothing at 1280 and 390 px,
 * and nothing scrolls sideways.
 */
import { unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectNoAxeViolations, launchBrowser, newWatchedContext, settle, visit, type WatchedContext } from '../helpers/browser'
import { signIn } from '../helpers/signIn'

const LEAD = 'lead@brookside.example.org'
const STAFF = 'staff@brookside.example.org'

let browser: Browser
let lead: WatchedContext
let staff: WatchedContext
let page: Page
let narrow: Page

async function checkBothWidths(p: Page, small: Page, path: string): Promise<void> {
  await expectNoAxeViolations(p, `${path} (1280 px)`)
  await visit(small, path)
  await expectNoAxeViolations(small, `${path} (390 px)`)
  const overflow = (await small.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number
  expect(overflow, `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(0)
}

beforeAll(async () => {
  browser = await launchBrowser()
  lead = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  staff = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
  page = await lead.context.newPage()
  narrow = await lead.context.newPage()
  await narrow.setViewportSize({ width: 390, height: 844 })
  await signIn(page, LEAD)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('a setting’s own data', () => {
  it('the lead asks for an export, waits for it and downloads the zip once', async () => {
    // Found from the accounts area, where a lead looks after the setting's accounts.
    await visit(page, '/accounts')
    await page.getByRole('link', { name: 'Download your setting’s data' }).click()
    await page.waitForURL('**/accounts/data')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your setting’s data')
    await checkBothWidths(page, narrow, '/accounts/data')

    await page.getByRole('button', { name: /Ask for (an|a new) export/ }).click()
    await page.waitForURL('**/accounts/data?requested=1')
    // The page reloads itself (meta refresh, no JavaScript needed) until the job has made the zip.
    const button = page.getByRole('button', { name: /Download the data \(zip/ })
    await button.waitFor({ timeout: 45_000 })
    await settle(page)
    await checkBothWidths(page, narrow, '/accounts/data')

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toMatch(/^brookside-primary-school-data-\d{4}-\d{2}-\d{2}\.zip$/)
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)))
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['setting.json', 'accounts.csv', 'assessments.json', 'answers.csv', 'README.txt']))
    const [setting] = JSON.parse(new TextDecoder().decode(files['setting.json']))
    expect(setting.name).toBe('Brookside Primary School')

    await visit(page, '/accounts/data')
    expect(await page.locator('[role="status"]').first().textContent()).toBe('Downloaded')
    await expect(page.getByRole('button', { name: /Download the data/ }).count()).resolves.toBe(0)
    expect(lead.take().cspViolations).toEqual([])
  }, 90_000)

  it('a member of staff is told that only a lead can download the data', async () => {
    const p = await staff.context.newPage()
    await signIn(p, STAFF)
    await visit(p, '/accounts/data')
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe('You cannot download your setting’s data')
    await expectNoAxeViolations(p, '/accounts/data as staff')
  }, 30_000)
})
