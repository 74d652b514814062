/**
 * The portal and the public pages in a real browser, over real HTTP, under the real Content-Security-Policy:
 * signing in and out, the GOV.UK-style error summary, the service user's way to the admin panel, the forgotten
 * password page, keyboard access, and axe-core's WCAG 2.2 AA checks on every page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { expectNoAxeViolations, launchBrowser, newWatchedContext, visit, type WatchedContext, expectNoPageProblems } from '../helpers/browser'
import { linkInEmail } from '../helpers/mailFiles'
import { hubURL } from '../helpers/payload'

const PASSWORD = process.env.DEMO_PASSWORD || 'compassionate-demo'
const LEAD = 'lead@brookside.example.org'
const STAFF = 'staff@brookside.example.org'
const ADMIN = 'admin@service.example.org'
/** Used for the wrong-password attempt, so that no account another test signs in with gets a failed attempt. */
const OTHER_LEAD = 'lead@pendlevale.example.org'
const SETTING = 'Brookside Primary School'

let browser: Browser
const contexts: WatchedContext[] = []
let anonymous: WatchedContext
let page: Page

async function watched(): Promise<WatchedContext> {
  const context = await newWatchedContext(browser)
  contexts.push(context)
  return context
}

async function fillSignIn(p: Page, email: string, password: string): Promise<void> {
  await visit(p, '/sign-in')
  await p.getByLabel('Email address').fill(email)
  await p.getByLabel('Password', { exact: true }).fill(password)
  await p.getByRole('button', { name: 'Sign in', exact: true }).click()
}

/** A page in a context of its own, signed in as `email` and on the dashboard. */
async function signedIn(email: string): Promise<Page> {
  const p = await (await watched()).context.newPage()
  await fillSignIn(p, email, PASSWORD)
  await p.waitForURL('**/dashboard')
  await p.waitForLoadState('networkidle')
  return p
}

const activeElement = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement
    return { tag: el?.tagName.toLowerCase(), id: el?.id, className: el?.className, text: el?.textContent?.trim() }
  })

async function expectErrorSummary(p: Page, errors: { field: string; message: string }[]): Promise<void> {
  const summary = p.getByRole('alert').filter({ hasText: 'There is a problem' })
  await summary.waitFor()
  await expect.poll(() => activeElement(p).then((el) => el.className)).toContain('error-summary')
  await expect.poll(() => p.title()).toMatch(/^Error: /)
  expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe('There is a problem')
  const links = summary.getByRole('link')
  expect(await links.count()).toBe(errors.length)
  for (const [i, { field, message }] of errors.entries()) {
    expect(await links.nth(i).textContent()).toBe(message)
    expect(await links.nth(i).getAttribute('href')).toBe(`#${field}`)
    // The field error, tied to its input.
    expect(await p.locator(`#${field}-error`).textContent()).toBe(`Error: ${message}`)
    const input = p.locator(`#${field}`)
    expect(await input.getAttribute('aria-invalid')).toBe('true')
    expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(`${field}-error`)
    expect(await p.locator('.form-group--error').filter({ has: input }).count()).toBe(1)
  }
  // The first link takes the user to its field.
  await links.first().click()
  await expect.poll(() => activeElement(p).then((el) => el.id)).toBe(errors[0].field)
}

beforeAll(async () => {
  browser = await launchBrowser()
  anonymous = await watched()
  page = await anonymous.context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

// Every test's pages must work under the real CSP and log no errors.
afterEach(() => {
  expectNoPageProblems(contexts)
})

describe('the checks themselves', () => {
  it('the CSP watcher records a script that the real CSP blocks', async () => {
    const context = await newWatchedContext(browser)
    try {
      // The served page, with an inline script that has no nonce: the browser must refuse to run it.
      await context.context.route('**/accessibility', async (route) => {
        const response = await route.fetch()
        const html = (await response.text()).replace('</body>', '<script>window.__unsafeInlineRan = true</script></body>')
        await route.fulfill({ response, body: html })
      })
      const p = await context.context.newPage()
      await visit(p, '/accessibility')
      await expect.poll(() => context.all.cspViolations.length).toBeGreaterThan(0)
      expect(await p.evaluate(() => (window as unknown as { __unsafeInlineRan?: boolean }).__unsafeInlineRan)).toBeUndefined()
      expect(context.all.cspViolations.join('\n')).toContain('script-src')
    } finally {
      await context.context.close()
    }
  })

  it('axe-core reports a violation when there is one', async () => {
    await visit(page, '/accessibility')
    await page.evaluate(() => {
      const img = document.createElement('img')
      img.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
      document.querySelector('main')?.append(img)
    })
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt \[critical\] Images must have alternative text\n\s+on: (main > )?img\b/)
  })
})

describe('signing in and out', () => {
  it('a setting lead signs in, sees their setting on the dashboard and in the header, and signs out', async () => {
    const p = await signedIn(LEAD)
    expect(new URL(p.url()).pathname).toBe('/dashboard')
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe(SETTING)
    const header = p.getByRole('banner')
    expect(await header.getByText(SETTING, { exact: true }).isVisible()).toBe(true)
    expect(await header.textContent()).toContain('Amira Patel')

    await header.getByRole('button', { name: 'Sign out' }).click()
    await p.waitForURL('**/sign-in?signed-out=1')
    expect(await p.getByRole('status').textContent()).toContain('You have signed out.')
    expect(await p.getByRole('banner').getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true)
    expect(await p.getByRole('banner').textContent()).not.toContain(SETTING)
    await expectNoAxeViolations(p, '/sign-in?signed-out=1')

    // The session is over: the dashboard asks to sign in again.
    await visit(p, '/dashboard')
    expect(new URL(p.url()).pathname).toBe('/sign-in')
    expect(new URL(p.url()).searchParams.get('next')).toBe('/dashboard')
  })

  it('a wrong password shows the error summary, focused and linking to the field, and the field error', async () => {
    await fillSignIn(page, OTHER_LEAD, 'not-the-password')
    await expectErrorSummary(page, [{ field: 'email', message: 'The email address or password is not right. Check them and try again.' }])
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    expect(await page.getByLabel('Email address').inputValue()).toBe(OTHER_LEAD)
    await expectNoAxeViolations(page, '/sign-in (wrong password)')
  })

  it('too many failed sign-ins say how long to wait, in the error summary', async () => {
    // An address with no account, so that no other test's account or the lockout is involved.
    const email = `too-many-${Date.now()}@test.example.org`
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${hubURL()}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'not-the-password' }),
      })
      expect(res.status).toBe(401)
    }
    await fillSignIn(page, email, 'not-the-password')
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.waitFor()
    const message = (await summary.getByRole('link').first().textContent()) ?? ''
    expect(message).toMatch(/^Too many sign-in attempts from your network\. Try again in \d+ minutes?\.$/)
    await expectErrorSummary(page, [{ field: 'email', message }])
    await expectNoAxeViolations(page, '/sign-in (too many attempts)')
  })

  it('an empty form shows both errors', async () => {
    await visit(page, '/sign-in')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expectErrorSummary(page, [
      { field: 'email', message: 'Enter your email address' },
      { field: 'password', message: 'Enter your password' },
    ])
    await expectNoAxeViolations(page, '/sign-in (empty form submitted)')
  })

  it('a service user who signs in to the portal lands in the admin panel, which renders under the CSP', async () => {
    const p = await (await watched()).context.newPage()
    await fillSignIn(p, ADMIN, PASSWORD)
    await p.waitForURL(/\/admin\/?$/)
    await p.waitForLoadState('networkidle')
    // Payload's dashboard, rendered and hydrated: the nav lists the Hub's collections.
    await p.getByRole('link', { name: 'Settings' }).first().waitFor()
    expect(await p.getByRole('link', { name: 'Users' }).count()).toBeGreaterThan(0)
    expect(await p.title()).toContain('Compassionate Schools Hub')
  })
})

describe('forgotten password', () => {
  it('asking for a reset link shows the confirmation', async () => {
    await visit(page, '/forgot-password')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Reset your password')
    await expectNoAxeViolations(page, '/forgot-password (form)')
    await page.getByLabel('Email address').fill(STAFF)
    await page.getByRole('button', { name: 'Send the reset link' }).click()
    const confirmation = page.getByRole('status')
    await confirmation.getByRole('heading', { name: 'Check your email' }).waitFor()
    expect(await confirmation.textContent()).toContain(`If ${STAFF} has an account on the Hub, we have sent it a link`)
    await expectNoAxeViolations(page, '/forgot-password (confirmation)')
  })

  it('the reset email is sent by the Hub’s own jobs runner, and its link resets the password in the portal', async () => {
    const who = 'staff@pendlevale.example.org'
    const p = await (await watched()).context.newPage()
    await visit(p, '/forgot-password')
    await p.getByLabel('Email address').fill(who)
    await p.getByRole('button', { name: 'Send the reset link' }).click()
    await p.getByRole('status').getByRole('heading', { name: 'Check your email' }).waitFor()

    const link = await linkInEmail(who, '/reset-password?token=')
    await visit(p, link)
    await expectNoAxeViolations(p, '/reset-password (from the email)')
    await p.getByLabel('New password', { exact: true }).fill('lantern-meadow-copper-27')
    await p.getByLabel('Confirm your new password').fill('lantern-meadow-copper-27')
    await p.getByRole('button', { name: 'Save the new password' }).click()
    await p.waitForURL('**/dashboard')
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe('Pendle Vale High School')
  })
})

describe('keyboard', () => {
  it('the skip link is the first tab stop and moves focus to the main content', async () => {
    await visit(page, '/')
    await page.keyboard.press('Tab')
    const first = await activeElement(page)
    expect(first).toMatchObject({ tag: 'a', text: 'Skip to main content' })
    // Visible when focused.
    const box = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox()
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0 && box.height > 0).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => activeElement(page).then((el) => el.id)).toBe('main-content')
    expect(await activeElement(page).then((el) => el.tag)).toBe('main')
  })
})

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  it.each([
    ['the home page', '/', 'Compassionate Schools Hub'],
    ['the accessibility statement', '/accessibility', 'Accessibility statement'],
    ['sign in', '/sign-in', 'Sign in'],
    ['forgotten password', '/forgot-password', 'Reset your password'],
    ['reset password, without a token', '/reset-password', 'Choose a new password'],
  ])('on %s (%s)', async (_name, path, heading) => {
    await visit(page, path)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading)
    await expectNoAxeViolations(page)
  })

  it('on reset password, with a token (/reset-password?token=x), showing its fields', async () => {
    await visit(page, '/reset-password?token=x')
    expect(await page.getByLabel('New password', { exact: true }).getAttribute('type')).toBe('password')
    expect(await page.getByLabel('Confirm your new password', { exact: true }).getAttribute('type')).toBe('password')
    await expectNoAxeViolations(page)
  })

  it.each([
    ['a setting lead', LEAD],
    ['setting staff', STAFF],
  ])('on the dashboard, signed in as %s', async (_who, email) => {
    const p = await signedIn(email)
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe(SETTING)
    await expectNoAxeViolations(p, `/dashboard (${email})`)
  })
})

describe('Content-Security-Policy', () => {
  it('no page logged a CSP violation or a console error', () => {
    expect(contexts.length).toBeGreaterThanOrEqual(4)
    for (const context of contexts) {
      expect(context.all.cspViolations).toEqual([])
      expect(context.all.consoleErrors).toEqual([])
    }
  })
})
