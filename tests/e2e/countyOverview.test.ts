/**
 * The county overview in a real browser under the real CSP: the demo service admin finds its summary on the admin
 * dashboard, follows it, filters by phase with the plain GET form, and the page (charts, tables, heat map) has no axe
 * violations at 1280 and 390 px, and no sideways scroll of the page at 390 px (the heat map scrolls in its own region).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { expectNoAxeViolations, launchBrowser, newWatchedContext, visit, type WatchedContext, expectNoPageProblems } from '../helpers/browser'
import { signIn } from '../helpers/signIn'

const ADMIN = 'admin@service.example.org'

let browser: Browser
let context: WatchedContext
let admin: Page

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
  admin = await context.context.newPage()
  await signIn(admin, ADMIN, { to: null })
  await admin.waitForURL(/\/admin\/?$/)
  await admin.waitForLoadState('networkidle')
})

afterAll(async () => {
  await browser?.close()
})

afterEach(() => expectNoPageProblems([context]))

describe('the county overview', () => {
  it('is summarised on the admin dashboard, next to the moderation notice, with the way to it', async () => {
    const summary = admin.getByRole('region', { name: 'County overview' })
    await summary.waitFor()
    expect(await summary.textContent()).toMatch(/\d+ of \d+ active settings engaged/)
    await summary.getByRole('link', { name: 'County overview' }).click()
    await admin.waitForURL('**/admin/county-overview')
    await admin.getByRole('heading', { level: 1, name: 'County overview' }).waitFor()
  })

  it('shows every figure with its table and accessible charts, with no axe violations at 1280 px', async () => {
    for (const name of ['Settings by type', 'Settings by district', 'Queues to work through'])
      expect(await admin.getByRole('table', { name }).count(), name).toBe(1)
    expect(await admin.getByRole('img', { name: 'Assessments submitted per month' }).count()).toBe(1)
    expect(await admin.getByRole('img', { name: /Average score per principle/ }).count()).toBe(1)
    expect(await admin.getByRole('region', { name: /Heat map/ }).count()).toBe(1)
    // Loaded afresh: after the client-side step from the dashboard, Payload's own dashboard leaves a react-select behind.
    await visit(admin, '/admin/county-overview')
    await expectNoAxeViolations(admin)
  })

  it('filters by phase with the GET form, and the CSV link carries the filter', async () => {
    await admin.getByLabel('Phase').selectOption('primary')
    await admin.getByRole('button', { name: 'Show figures' }).click()
    await admin.waitForURL(/\/admin\/county-overview\?phase=primary/)
    await admin.getByText('Showing: Primary, all districts.').waitFor()
    expect(await admin.getByRole('link', { name: /Download these figures as CSV/ }).getAttribute('href')).toBe('/admin/county-overview.csv?phase=primary')
    expect(await admin.getByRole('table', { name: 'Settings by type' }).getByRole('row').count()).toBe(2)
  })

  it('fits a 390 px screen without sideways scroll, with no axe violations', async () => {
    await admin.setViewportSize({ width: 390, height: 844 })
    await visit(admin, '/admin/county-overview')
    const wide = await admin.evaluate(
      `[...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.county-overview__scroll')).slice(0, 5).map((e) => e.tagName + '.' + e.className)`,
    )
    expect(wide, 'wider than the screen').toEqual([])
    expect(await admin.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true)
    await expectNoAxeViolations(admin)
  })
})
