/**
 * Accounts in a real browser: a setting lead invites a colleague; the colleague opens the invitation email (written
 * by the Hub's own jobs runner), chooses a password and is signed in, then signs in again with it. The accounts
 * pages and the invitation page pass axe at 1280 and 390 px and do not scroll sideways at 390 px.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createAccountWithPassword } from '../helpers/accounts'
import { type WatchedContext, expectNoAxeViolations, launchBrowser, newWatchedContext, settle, visit, expectNoPageProblems } from '../helpers/browser'
import { linkInEmail } from '../helpers/mailFiles'
import { rest } from '../helpers/rest'
import { login, signIn } from '../helpers/signIn'
import { uniqueURN } from '../helpers/world'

const RUN = Date.now().toString(36)
const ADMIN = 'admin@service.example.org'
const LEAD = `lead-${RUN}@accounts-e2e.example.org`
const COLLEAGUE = `colleague-${RUN}@accounts-e2e.example.org`
const PASSWORD = 'heron-lantern-quarry-58'

let browser: Browser
let wide: WatchedContext
let narrow: WatchedContext

async function noSidewaysScroll(p: Page, label: string): Promise<void> {
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${label} scrolls sideways at 390 px`).toBeLessThanOrEqual(0)
}

beforeAll(async () => {
  const admin = await login(ADMIN)
  const setting = await rest('POST', '/api/settings', {
    token: admin,
    json: { name: `Hodder Bank Primary ${RUN}`, urn: uniqueURN(), type: 'primary', district: 'Ribble Valley' },
  })
  if (setting.status !== 201) throw new Error(`setting: ${setting.status} ${JSON.stringify(setting.body)}`)
  await createAccountWithPassword({ email: LEAD, role: 'setting-lead', name: 'Robin Lead', setting: setting.body.doc.id })
  browser = await launchBrowser()
  wide = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
  narrow = await newWatchedContext(browser, { viewport: { width: 390, height: 844 } })
})

afterEach(() => {
  expectNoPageProblems([wide, narrow])
})

afterAll(async () => {
  await browser?.close()
})

describe('inviting a colleague', () => {
  it('the lead invites; the colleague opens the email, chooses a password, is signed in, and can sign in again', async () => {
    const lead = await wide.context.newPage()
    await signIn(lead, LEAD)
    await visit(lead, '/accounts')
    expect(await lead.getByRole('heading', { level: 1 }).textContent()).toBe('Your setting’s accounts')
    await expectNoAxeViolations(lead, '/accounts')
    await lead.getByRole('link', { name: 'Invite a colleague' }).click()
    await lead.waitForURL('**/accounts/invite')
    await expectNoAxeViolations(lead, '/accounts/invite')
    // Submitting empty says what is missing, GOV.UK style.
    await lead.getByRole('button', { name: 'Send the invitation' }).click()
    await lead.getByRole('alert').getByText('Enter their full name').waitFor()
    await expectNoAxeViolations(lead, '/accounts/invite (errors)')
    await lead.getByLabel('Full name').fill('Alex Colleague')
    await lead.getByLabel('Email address').fill(COLLEAGUE)
    await lead.getByLabel('Setting staff').check()
    await lead.getByRole('button', { name: 'Send the invitation' }).click()
    await lead.waitForURL('**/accounts?invited=*')
    expect(await lead.getByRole('status').textContent()).toContain(`Invitation sent to ${COLLEAGUE}`)
    expect(await lead.getByRole('row', { name: /Alex Colleague/ }).textContent()).toMatch(/Invited \(expires/)

    const link = await linkInEmail(COLLEAGUE, '/invitation?token=')
    const colleagueContext = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
    const colleague = await colleagueContext.context.newPage()
    await visit(colleague, link)
    expect(await colleague.getByRole('heading', { level: 1 }).textContent()).toBe('Accept your invitation')
    await expectNoAxeViolations(colleague, '/invitation')
    await colleague.getByLabel('Choose a password').fill(PASSWORD)
    await colleague.getByLabel('Confirm your password').fill(PASSWORD)
    await colleague.getByRole('button', { name: 'Save the password and sign in' }).click()
    await colleague.waitForURL('**/dashboard')

    // The link is used up; a fresh browser signs in with the new password.
    await visit(colleague, link)
    expect(await colleague.getByRole('heading', { level: 1 }).textContent()).toBe('This invitation has already been accepted')
    await expectNoAxeViolations(colleague, '/invitation (used)')
    const again = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
    const fresh = await again.context.newPage()
    await visit(fresh, '/sign-in')
    await fresh.getByLabel('Email address').fill(COLLEAGUE)
    await fresh.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await fresh.getByRole('button', { name: 'Sign in', exact: true }).click()
    await fresh.waitForURL('**/dashboard')
    // Staff have no accounts area: not in the navigation, and the page says who can help.
    expect(await fresh.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Accounts' }).count()).toBe(0)
    await visit(fresh, '/accounts')
    expect(await fresh.getByRole('heading', { level: 1 }).textContent()).toBe('Only your setting’s lead can manage accounts')
    await again.context.close()
    expect(colleagueContext.take().consoleErrors).toEqual([])
    await colleagueContext.context.close()
  })
})

describe('on a phone (390 px)', () => {
  it('the accounts pages and the invitation page pass axe and do not scroll sideways', async () => {
    const phone = await narrow.context.newPage()
    await signIn(phone, LEAD)
    for (const p of ['/accounts', '/accounts/invite']) {
      await visit(phone, p)
      await settle(phone)
      await noSidewaysScroll(phone, p)
      await expectNoAxeViolations(phone, `${p} (390 px)`)
    }
    await visit(phone, '/accounts')
    await phone.getByRole('link', { name: 'Alex Colleague' }).click()
    await phone.waitForURL(/\/accounts\/\d+$/)
    await noSidewaysScroll(phone, '/accounts/:id')
    await expectNoAxeViolations(phone, '/accounts/:id (390 px)')
    await phone.getByRole('link', { name: 'Remove the account' }).click()
    await phone.waitForURL(/\/accounts\/\d+\/remove$/)
    await noSidewaysScroll(phone, '/accounts/:id/remove')
    await expectNoAxeViolations(phone, '/accounts/:id/remove (390 px)')

    const signedOut = await newWatchedContext(browser, { viewport: { width: 390, height: 844 } })
    const visitor = await signedOut.context.newPage()
    const second = `second-${RUN}@accounts-e2e.example.org`
    const invited = await rest('POST', '/api/users', { token: await login(LEAD), json: { email: second, name: 'Sam Second', role: 'setting-staff' } })
    expect(invited.status).toBe(201)
    for (const p of [await linkInEmail(second, '/invitation?token='), '/invitation?token=not-a-real-token']) {
      await visit(visitor, p)
      await noSidewaysScroll(visitor, p)
      await expectNoAxeViolations(visitor, `${p} (390 px)`)
    }
    await signedOut.context.close()
  })
})
