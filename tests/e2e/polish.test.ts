/**
 * What a new user stumbled on, in a real browser: the portal's service navigation (every area, the current one
 * marked), branded 404 pages with a way back, and no portal page scrolling sideways at 390 px (wide tables stack into
 * labelled cards), with axe-core's checks at 1280 and 390 px.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { PORTAL_AREAS } from '@/components/SiteHeader'

import { createAccountWithPassword } from '../helpers/accounts'
import { expectNoAxeViolations, launchBrowser, newWatchedContext, settle, visit, type WatchedContext, expectNoPageProblems } from '../helpers/browser'
import { rest } from '../helpers/rest'
import { login, signIn } from '../helpers/signIn'
import { uniqueURN } from '../helpers/world'

const LEAD = 'lead@brookside.example.org'
const ADMIN = 'admin@service.example.org'
const RUN = Date.now().toString(36)
// A setting of its own for deleting things (the demo settings' drafts and case studies belong to other tests).
const OWN_LEAD = `lead-${RUN}@polish-e2e.example.org`
const OWN_STAFF = `staff-${RUN}@polish-e2e.example.org`

/** A new primary school with a lead, a draft self-assessment with one answer, and a private case study. */
async function settingWithThingsToDelete(): Promise<{ draft: number; caseStudy: number }> {
  const admin = await login(ADMIN)
  const setting = await rest('POST', '/api/settings', {
    token: admin,
    json: { name: `Ribble Bank Primary ${RUN}`, urn: uniqueURN(), type: 'primary', district: 'Ribble Valley' },
  })
  if (setting.status !== 201) throw new Error(`setting: ${setting.status} ${JSON.stringify(setting.body)}`)
  await createAccountWithPassword({ email: OWN_LEAD, role: 'setting-lead', name: 'Robin Lead', setting: setting.body.doc.id })
  await createAccountWithPassword({ email: OWN_STAFF, role: 'setting-staff', name: 'Sam Staff', setting: setting.body.doc.id })
  const token = await login(OWN_LEAD)
  const draft = await rest('POST', '/api/assessments', { token, json: {} })
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`)
  const principles = await rest('GET', '/api/principles?sort=order&limit=1&depth=0', { token })
  const study = await rest('POST', '/api/case-studies', {
    token,
    json: {
      title: 'Our calm corner',
      summary: 'A quiet place to settle.',
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'We made a calm corner.' }] }],
        },
      },
      principles: [principles.body.docs[0].id],
    },
  })
  if (study.status !== 201) throw new Error(`case study: ${study.status} ${JSON.stringify(study.body)}`)
  return { draft: draft.body.doc.id, caseStudy: study.body.doc.id }
}

let browser: Browser
let wide: WatchedContext
let narrow: WatchedContext
let page: Page
let phone: Page

/** How far the page scrolls sideways, and what sticks out (to say where to look when it fails). */
async function sidewaysScroll(p: Page): Promise<{ overflow: number; culprits: string[] }> {
  return p.evaluate(() => {
    const width = document.documentElement.clientWidth
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`)
    return { overflow: document.documentElement.scrollWidth - width, culprits }
  })
}

beforeAll(async () => {
  browser = await launchBrowser()
  wide = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
  narrow = await newWatchedContext(browser, { viewport: { width: 390, height: 844 } })
  page = await wide.context.newPage()
  phone = await narrow.context.newPage()
  await signIn(page, LEAD)
  await signIn(phone, LEAD)
})

// The 404 test asks for a page that does not exist on purpose: the browser logs that response.
afterEach(() => expectNoPageProblems([wide, narrow], (e) => /status of 404/.test(e)))

afterAll(async () => {
  await browser?.close()
})

describe('finding your way', () => {
  it('every portal area has the service navigation with exactly its own item marked as the current page', async () => {
    for (const area of PORTAL_AREAS) {
      await visit(page, area.href)
      const nav = page.getByRole('navigation', { name: 'Menu' })
      const links = await nav.getByRole('link').allTextContents()
      expect(links.map((l) => l.trim())).toEqual(PORTAL_AREAS.map((a) => a.label))
      const current = await nav.locator('[aria-current="page"]').allTextContents()
      expect(current, `on ${area.href}`).toEqual([area.label])
    }
  })

  it('a page under an area marks that area', async () => {
    await visit(page, '/training/staff')
    expect(await page.getByRole('navigation', { name: 'Menu' }).locator('[aria-current="page"]').allTextContents()).toEqual(['Training'])
  })

  it('an unknown address is the site’s branded “Page not found” with a way back, answered 404', async () => {
    const res = await page.goto(new URL('/no-such-page-here', page.url()).href)
    expect(res?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
    expect(await page.getByRole('link', { name: 'your dashboard' }).getAttribute('href')).toBe('/dashboard')
    expect(await page.locator('.header__brand').count()).toBe(1)
    await expectNoAxeViolations(page, '404')
  })
})

describe('the dashboard at a glance', () => {
  it('shows the latest overall score, each principle’s band, open and overdue actions, training and the award, each leading on', async () => {
    const token = await login(LEAD)
    const latest = await rest('GET', '/api/assessments?where[status][equals]=submitted&sort=-submittedAt&limit=1&depth=0', { token })
    const overall = latest.body.docs[0].results.overall.percentage as number
    const actions = await rest('GET', '/api/actions?limit=0&pagination=false&depth=0', { token })
    const open = actions.body.docs.filter((a: { status: string }) => a.status !== 'done').length

    await visit(page, '/dashboard')
    expect(await page.locator('.glance__figure').textContent()).toBe(`${overall}%`)
    const principles = page.getByRole('list', { name: 'Each principle in the latest self-assessment' }).getByRole('listitem')
    expect(await principles.count()).toBe(8)
    for (const text of await principles.allTextContents()) expect(text).toMatch(/^\d\. .+(Red|Amber|Green|No score)$/)
    const plan = page.locator('.card', { has: page.getByRole('link', { name: 'Action plan', exact: true }) })
    expect(await plan.textContent()).toContain(`${open} open`)
    expect(await page.getByRole('link', { name: 'Read the report' }).getAttribute('href')).toBe(`/assessment/${latest.body.docs[0].id}/report`)
    expect(await page.locator('.card', { hasText: 'Award' }).textContent()).toMatch(/% complete towards the award|Achieved — valid until/)
    await expectNoAxeViolations(page, '/dashboard (1280 px)')
    await visit(phone, '/dashboard')
    expect((await sidewaysScroll(phone)).overflow).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(phone, '/dashboard (390 px)')
  })
})

describe('evidence by framework', () => {
  it('groups the report’s evidence by framework, Ofsted first, with human names and the version, never a raw key', async () => {
    await visit(page, '/assessment')
    const report = (await page.locator('a[href$="/report"]').first().getAttribute('href'))!
    await visit(page, report)
    const section = page.locator('h2:has-text("Evidence by framework") ~ section')
    const names = await section.locator('h3').allTextContents()
    expect(names[0]).toBe('Ofsted inspection framework (November 2025)')
    expect(new Set(names).size).toBe(names.length)
    const summaries = await page.locator('.details__summary').allTextContents()
    expect(summaries.length).toBeGreaterThan(0)
    for (const s of summaries) expect(s, 'a raw key').not.toMatch(/\b[a-z]+(-[a-z]+){2,}\b|\(\d{4}-\d{2}\)/)
  })
})

describe('smaller things', () => {
  it('the report has a Print button, and printing hides the navigation, the header and the buttons', async () => {
    await visit(page, '/assessment')
    const report = (await page.locator('a[href$="/report"]').first().getAttribute('href'))!
    await visit(page, report)
    expect(await page.getByRole('button', { name: 'Print this report' }).count()).toBe(1)
    await page.emulateMedia({ media: 'print' })
    try {
      for (const selector of ['.header', '.service-nav', '.footer']) expect(await page.locator(selector).first().isVisible(), selector).toBe(false)
      expect(await page.getByRole('button', { name: 'Print this report' }).isVisible()).toBe(false)
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })

  it('Community Scrapbook cards say what kind of setting published each case study', async () => {
    await visit(page, '/community')
    const meta = await page.locator('.case-card__meta').first().textContent()
    expect(meta).toMatch(/Primary school|Secondary school|Special school|Alternative provision|All-through school|Sixth form|College/)
    expect(await page.locator('.case-card__type').first().isVisible()).toBe(true)
  })
})

describe('on a phone (390 px)', () => {
  it('no portal page scrolls sideways, and each passes axe at 1280 and 390 px', async () => {
    await visit(phone, '/assessment')
    const report = await phone.locator('a[href$="/report"]').first().getAttribute('href')
    await visit(phone, '/actions')
    const change = await phone.locator('a[href^="/actions/"]').first().getAttribute('href')
    const paths = [...PORTAL_AREAS.map((a) => a.href), '/training/staff', ...(report ? [report] : []), ...(change ? [change] : [])]
    expect(report, 'the demo lead has a report').toBeTruthy()
    for (const path of paths) {
      await visit(phone, path)
      await settle(phone)
      const { overflow, culprits } = await sidewaysScroll(phone)
      expect(overflow, `${path} scrolls sideways at 390 px: ${culprits.join(', ')}`).toBeLessThanOrEqual(0)
      await expectNoAxeViolations(phone, `${path} (390 px)`)
      await visit(page, path)
      await expectNoAxeViolations(page, `${path} (1280 px)`)
    }
  }, 240_000)

  it('the action plan’s rows stack into cards that keep each column’s name and the Change link in view', async () => {
    await visit(phone, '/actions')
    const firstRow = phone.locator('table.table--stack tbody tr').first()
    const label = await firstRow.locator('td[data-label="Status"]').evaluate((el) => getComputedStyle(el, '::before').content)
    expect(label).toContain('Status')
    const changeLink = firstRow.getByRole('link', { name: /^Change/ })
    const box = await changeLink.boundingBox()
    expect(box && box.x + box.width).toBeLessThanOrEqual(390)
  })
})

describe('destructive actions confirm first (GOV.UK confirmation pages, no JavaScript needed)', () => {
  let own: Page
  let things: { draft: number; caseStudy: number }

  beforeAll(async () => {
    things = await settingWithThingsToDelete()
    own = await (await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })).context.newPage()
    await signIn(own, OWN_LEAD)
  })

  afterAll(async () => {
    await own?.close()
  })

  it('submitting with unanswered questions shows an error summary at the top linking to each one; Change returns to the check page', async () => {
    await visit(own, '/assessment/check')
    await own.getByRole('button', { name: 'Submit the self-assessment' }).click()
    await own.waitForURL('**/assessment/check?incomplete=1')
    await expect.poll(() => own.title()).toMatch(/^Error: /)
    const summary = own.getByRole('alert').filter({ hasText: 'There is a problem' })
    const links = summary.getByRole('link')
    const unanswered = await links.count()
    expect(unanswered).toBe(await own.getByText('Not answered').count())
    expect(unanswered).toBeGreaterThan(0)
    const target = (await links.first().getAttribute('href'))!
    expect(target).toMatch(/^#question-\d+$/)
    expect(await own.locator(target).count()).toBe(1)
    await expectNoAxeViolations(own, '/assessment/check (incomplete)')

    const change = own.locator(`${target} a`, { hasText: 'Change' })
    await change.click()
    await own.waitForURL(/\/assessment\/principle\/1\?from=check/)
    await own.locator('input[type="radio"]').first().check()
    await own.getByRole('button', { name: 'Save and check your answers' }).click()
    await own.waitForURL('**/assessment/check')
    expect(await own.getByText('Not answered').count()).toBe(unanswered - 1)
  })

  it('“Delete this draft” asks first: “No, keep it” keeps it; “Yes, delete it” deletes it and says so', async () => {
    await visit(own, '/assessment')
    await own.getByRole('link', { name: 'Delete this draft' }).click()
    await own.waitForURL(`**/assessment/${things.draft}/delete`)
    expect(await own.getByRole('heading', { level: 1 }).textContent()).toBe('Are you sure you want to delete your self-assessment in progress?')
    await expectNoAxeViolations(own, 'delete draft')
    await own.getByRole('link', { name: 'No, keep it' }).click()
    await own.waitForURL('**/assessment')
    expect(await own.getByRole('link', { name: 'Delete this draft' }).count()).toBe(1)
    await own.getByRole('link', { name: 'Delete this draft' }).click()
    await own.getByRole('button', { name: 'Yes, delete it' }).click()
    await own.waitForURL('**/assessment?deleted=1')
    expect(await own.getByRole('status').textContent()).toContain('Your self-assessment in progress has been deleted.')
    expect(await own.getByRole('link', { name: 'Delete this draft' }).count()).toBe(0)
  })

  it('staff are told why they cannot start a self-assessment, and who can', async () => {
    const staff = await (await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })).context.newPage()
    await signIn(staff, OWN_STAFF)
    await visit(staff, '/assessment')
    expect(await staff.getByText('Only your setting’s leads can start and submit a self-assessment').count()).toBe(1)
    expect(await staff.getByRole('button', { name: 'Start the self-assessment' }).count()).toBe(0)
    await staff.close()
  })

  it('“Delete this case study” asks first, then deletes it', async () => {
    await visit(own, `/scrapbook/${things.caseStudy}`)
    await own.getByRole('link', { name: 'Delete this case study' }).click()
    await own.waitForURL(`**/scrapbook/${things.caseStudy}/delete`)
    expect(await own.getByRole('heading', { level: 1 }).textContent()).toBe('Are you sure you want to delete “Our calm corner”?')
    await expectNoAxeViolations(own, 'delete case study')
    await own.getByRole('link', { name: 'No, keep it' }).click()
    await own.waitForURL(`**/scrapbook/${things.caseStudy}`)
    await own.getByRole('link', { name: 'Delete this case study' }).click()
    await own.getByRole('button', { name: 'Yes, delete it' }).click()
    await own.waitForURL('**/scrapbook?deleted=1')
    const res = await own.goto(new URL(`/scrapbook/${things.caseStudy}`, own.url()).href)
    expect(res?.status()).toBe(404)
  })
})
