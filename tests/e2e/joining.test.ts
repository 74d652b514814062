/**
 * Joining the Hub in a real browser under the real CSP: a visitor finds "Join the Hub", is told what is missing,
 * sends a request (1280 and 390 px, axe-checked, nothing wider than the screen); the demo service admin follows the
 * admin navigation's count to the new requests and approves it; the invitation email (written by the Hub's jobs
 * runner) opens the invitation page, where the new lead sets a password; then they sign in with it.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { MIN_FILL_SECONDS } from '@/joining/formToken'

import { type WatchedContext, expectNoAxeViolations, launchBrowser, newWatchedContext, settle, visit, expectNoPageProblems } from '../helpers/browser'
import { linkInEmail } from '../helpers/mailFiles'
import { signIn } from '../helpers/signIn'
import { uniqueURN6 } from '../helpers/world'

const ADMIN = 'admin@service.example.org'
const RUN = Date.now().toString(36)
const REQUEST = {
  settingName: `Ribble Bank Primary ${RUN}`,
  urn: uniqueURN6(),
  district: 'Ribble Valley',
  contactName: `Sam Okafor ${RUN}`,
  jobTitle: 'Senior Mental Health Lead',
  email: `sam-${RUN}@ribblebank.example.org`,
}
const PASSWORD = 'heron-quarry-lantern-58'

let browser: Browser
const contexts: WatchedContext[] = []

async function newPage(width = 1280): Promise<Page> {
  const context = await newWatchedContext(browser, { viewport: { width, height: 900 } })
  contexts.push(context)
  return context.context.newPage()
}

/** axe on the page, and nothing wider than the screen (at 390 px). */
async function checkPage(p: Page, label: string): Promise<void> {
  await expectNoAxeViolations(p, label)
  const overflow = (await p.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number
  expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0)
}

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

afterEach(() => {
  // The one 409 a repeated approval would log is not provoked here: no console error is expected.
  expectNoPageProblems(contexts)
})

describe('joining the Hub', () => {
  it('is linked from the home page, the footer, the sign-in page and the accessibility statement', async () => {
    const p = await newPage()
    for (const where of ['/', '/sign-in', '/accessibility']) {
      await visit(p, where)
      expect(await p.locator('main a[href="/join"]').count(), `${where} links to /join`).toBeGreaterThan(0)
      expect(await p.locator('footer a[href="/join"]').count(), `${where} footer links to /join`).toBe(1)
    }
  })

  it('a visitor is told what is missing, then sends the request and sees the confirmation (1280 and 390 px)', async () => {
    const narrow = await newPage(390)
    await visit(narrow, '/join')
    await checkPage(narrow, '/join (390 px)')

    const p = await newPage()
    await visit(p, '/join')
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe('Join the Hub')
    await checkPage(p, '/join (1280 px)')
    const opened = Date.now()

    await p.getByLabel('URN (Unique Reference Number)').fill('1234')
    await p.getByRole('button', { name: 'Send the request' }).click()
    // The error summary (Next.js's route announcer is an alert too).
    const summary = p.locator('.error-summary')
    await summary.waitFor()
    const problems = await summary.getByRole('listitem').allTextContents()
    expect(problems).toContain('Enter the URN as 6 digits, like 119234')
    expect(problems).toContain('Confirm that the Hub’s team may contact you about this request')
    expect(await p.getByLabel('URN (Unique Reference Number)').getAttribute('aria-invalid')).toBe('true')
    await checkPage(p, '/join (with errors)')

    await p.getByLabel('Name of your school or college').fill(REQUEST.settingName)
    await p.getByLabel('URN (Unique Reference Number)').fill(REQUEST.urn)
    await p.getByLabel('Type of setting').selectOption('primary')
    await p.getByLabel('District').fill(REQUEST.district)
    await p.getByLabel('Full name').fill(REQUEST.contactName)
    await p.getByLabel('Job title').fill(REQUEST.jobTitle)
    await p.getByLabel('Email address').fill(REQUEST.email)
    await p.getByLabel('Message (optional)').fill('Our wellbeing team would like to use the self-assessment.')
    await p.getByLabel('The Hub’s team (LEHSS) may contact me by email about this request').check()
    // A person takes longer than the minimum fill time; a test is quicker and waits.
    const wait = MIN_FILL_SECONDS * 1000 + 300 - (Date.now() - opened)
    if (wait > 0) await p.waitForTimeout(wait)
    await p.getByRole('button', { name: 'Send the request' }).click()
    await p.waitForURL('**/join/sent')
    await settle(p)
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe('Request sent')
    await checkPage(p, '/join/sent (1280 px)')
    await visit(narrow, '/join/sent')
    await checkPage(narrow, '/join/sent (390 px)')
  })

  it('the service admin follows the count of new requests, approves it, and the lead sets a password from the invitation', async () => {
    const admin = await newPage(1600)
    await signIn(admin, ADMIN, { to: null })
    await admin.waitForURL(/\/admin\/?$/)
    await admin.waitForLoadState('networkidle')
    const count = admin.getByRole('navigation').getByRole('link', { name: /^Join requests \(\d+ new\)$/ })
    await count.waitFor()
    expect(Number(/\((\d+) new\)/.exec((await count.textContent()) ?? '')?.[1])).toBeGreaterThanOrEqual(1)
    await count.click()
    await admin.waitForURL(/\/admin\/collections\/join-requests\?/)
    await admin.getByRole('link', { name: REQUEST.settingName }).click()
    await admin.waitForURL(/\/admin\/collections\/join-requests\/\d+/)
    const decision = admin.getByRole('region', { name: 'Decision on this join request' })
    await decision.waitFor()
    await decision.getByRole('button', { name: 'Approve and invite the lead' }).click()
    await admin.getByRole('status').filter({ hasText: 'Approved: the setting is ready' }).waitFor()

    const link = await linkInEmail(REQUEST.email, '/invitation?token=')
    const lead = await newPage()
    await visit(lead, link)
    await lead.getByLabel('Choose a password').fill(PASSWORD)
    await lead.getByLabel('Confirm your password').fill(PASSWORD)
    await lead.getByRole('button', { name: 'Save the password and sign in' }).click()
    await lead.waitForURL('**/dashboard')

    // And later, from a fresh browser: the new lead signs in with the password they chose.
    const later = await newPage()
    await visit(later, '/sign-in')
    await later.getByLabel('Email address').fill(REQUEST.email)
    await later.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await later.getByRole('button', { name: 'Sign in', exact: true }).click()
    await later.waitForURL('**/dashboard')
    expect(await later.getByRole('heading', { level: 1 }).textContent()).toBe(REQUEST.settingName)
  })
})
