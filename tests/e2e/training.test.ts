/**
 * The Training Dashboard in a real browser: a setting lead adds staff, books them onto a session (filling it, so
 * one goes on the waiting list), sees the waiting list, is refused all-or-nothing when a session and its waiting
 * list are full, and sends apologies (the waiting list is promoted). Every new page passes axe-core at 1280 and
 * 390 px, and none scrolls sideways at 390 px.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'

import { createAccountWithPassword } from '../helpers/accounts'
import { expectNoAxeViolations, launchBrowser, newWatchedContext, settle, visit, type WatchedContext, expectNoPageProblems } from '../helpers/browser'
import { rest } from '../helpers/rest'
import { login, signIn } from '../helpers/signIn'
import { uniqueURN } from '../helpers/world'

const RUN = Date.now().toString(36)
// A setting of its own, made for this file (the demo settings already have staff lists): a new college whose lead
// starts from an empty staff list, with one submitted self-assessment (everything "not yet in place": red).
const LEAD = `lead-${RUN}@training-e2e.example.org`
const STAFF_USER = `staff-${RUN}@training-e2e.example.org`
const ADMIN = 'admin@service.example.org'
const COURSE = 'Emotion coaching for every adult in school'
const PEOPLE = ['Amira Khan', 'Ben Okafor', 'Cara Lindqvist']

let browser: Browser
let lead: WatchedContext
let staffUser: WatchedContext
let page: Page
let narrow: Page
let adminToken = ''
let courseId = 0
let sessionId = 0
let smallSessionId = 0

const inDays = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000)
  d.setUTCHours(hour, 0, 0, 0)
  return d.toISOString()
}

async function createSession(capacity: number, waitingListSize: number, days: number): Promise<number> {
  const res = await rest('POST', '/api/training-sessions', {
    token: adminToken,
    json: {
      course: courseId,
      startsAt: inDays(days, 9),
      endsAt: inDays(days, 12),
      mode: 'in-person',
      venue: 'County Hall, Preston\nRoom 4',
      capacity,
      waitingListSize,
      status: 'scheduled',
    },
  })
  if (res.status !== 201) throw new Error(`session: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc.id
}

/** axe at 1280 px on the page, then the same address at 390 px: axe again, and nothing wider than the screen. */
async function checkBothWidths(path: string): Promise<void> {
  await expectNoAxeViolations(page, `${path} (1280 px)`)
  await visit(narrow, path)
  await expectNoAxeViolations(narrow, `${path} (390 px)`)
  const overflow = (await narrow.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number
  // What sticks out, to say where to look when it fails.
  const wide = await narrow.evaluate(`[...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !el.closest('.table-wrapper table'))
    .slice(0, 5).map((el) => el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))`)
  expect(overflow, `${path} scrolls sideways at 390 px: ${JSON.stringify(wide)}`).toBeLessThanOrEqual(0)
}

async function createSettingWithAccounts(): Promise<void> {
  const setting = await rest('POST', '/api/settings', {
    token: adminToken,
    json: { name: `Calder Vale College ${RUN}`, urn: uniqueURN(), type: 'college', district: 'Preston' },
  })
  if (setting.status !== 201) throw new Error(`setting: ${setting.status} ${JSON.stringify(setting.body)}`)
  for (const [email, role, name] of [
    [LEAD, 'setting-lead', 'Morgan Lead'],
    [STAFF_USER, 'setting-staff', 'Jamie Staff'],
  ]) {
    await createAccountWithPassword({ email, role: role as Role, name, setting: setting.body.doc.id })
  }
  // One submitted self-assessment: the submit's 422 lists every question the setting is asked.
  const leadToken = await login(LEAD)
  const draft = await rest('POST', '/api/assessments', { token: leadToken, json: {} })
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`)
  const refused = await rest('POST', `/api/assessments/${draft.body.doc.id}/submit`, { token: leadToken })
  const missing: { question: number }[] = refused.body.errors?.[0]?.data?.missing ?? []
  if (refused.status !== 422 || !missing.length) throw new Error(`submit: ${refused.status} ${JSON.stringify(refused.body).slice(0, 300)}`)
  const answered = await rest('PATCH', `/api/assessments/${draft.body.doc.id}`, {
    token: leadToken,
    json: { answers: missing.map((m) => ({ question: m.question, value: '0' })) },
  })
  if (answered.status !== 200) throw new Error(`answers: ${answered.status} ${JSON.stringify(answered.body).slice(0, 300)}`)
  const submitted = await rest('POST', `/api/assessments/${draft.body.doc.id}/submit`, { token: leadToken })
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body).slice(0, 300)}`)
}

beforeAll(async () => {
  adminToken = await login(ADMIN)
  await createSettingWithAccounts()
  const principles = await rest('GET', '/api/principles?sort=order&limit=8&depth=0', { token: adminToken })
  const ids = principles.body.docs.map((p: { id: number }) => p.id)
  const course = await rest('POST', '/api/training-courses', {
    token: adminToken,
    json: {
      title: COURSE,
      summary: 'How to respond to pupils’ feelings so that they learn to name and manage them.',
      principles: [ids[0], ids[4]],
      audience: ['staff'],
      format: 'in-person',
      durationMinutes: 180,
      active: true,
      _status: 'published',
    },
  })
  if (course.status !== 201) throw new Error(`course: ${course.status} ${JSON.stringify(course.body)}`)
  courseId = course.body.doc.id
  sessionId = await createSession(2, 2, 20)
  smallSessionId = await createSession(1, 0, 21)

  browser = await launchBrowser()
  lead = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
  staffUser = await newWatchedContext(browser, { viewport: { width: 1280, height: 900 } })
  page = await lead.context.newPage()
  narrow = await lead.context.newPage()
  await narrow.setViewportSize({ width: 390, height: 844 })
  await signIn(page, LEAD)
})

afterAll(async () => {
  await browser?.close()
})

afterEach(() => {
  expectNoPageProblems([lead, staffUser])
})

describe('the Training Dashboard', () => {
  it('the dashboard’s Training card leads to /training, which invites the lead to add staff', async () => {
    await visit(page, '/dashboard')
    // The card's link (the service navigation has a Training link too).
    await page.locator('.card-list').getByRole('link', { name: 'Training', exact: true }).click()
    await page.waitForURL('**/training')
    await settle(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Training')
    expect(await page.getByText('Add your staff to see who is trained in each principle.').count()).toBe(1)
    await checkBothWidths('/training')
  })

  it('a lead adds staff; an empty name shows the error summary', async () => {
    await visit(page, '/training/staff')
    await checkBothWidths('/training/staff')
    await page.getByRole('button', { name: 'Add to the staff list' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.waitFor()
    expect(await summary.getByRole('link', { name: 'Enter the name of the member of staff' }).getAttribute('href')).toBe('#name')
    await expectNoAxeViolations(page, '/training/staff (errors)')
    for (const [i, name] of PEOPLE.entries()) {
      await visit(page, '/training/staff')
      await page.getByLabel('Full name').fill(name)
      await page.getByLabel('Job role (optional)').fill(i === 0 ? 'Teaching assistant' : 'Class teacher')
      await page.getByRole('button', { name: 'Add to the staff list' }).click()
      await page.waitForURL('**/training/staff?added=1')
      await settle(page)
      expect(await page.getByRole('status').textContent()).toContain('has been added')
    }
    const rows = page.getByRole('table', { name: /Active staff/ }).getByRole('rowheader')
    expect(await rows.allTextContents()).toEqual(PEOPLE)
    await checkBothWidths('/training/staff?added=1')
  })

  it('staff of the setting see the list read-only', async () => {
    const p = await staffUser.context.newPage()
    await signIn(p, STAFF_USER)
    await visit(p, '/training/staff')
    expect(await p.getByText('Only your setting lead can change the staff list.').count()).toBe(1)
    expect(await p.getByRole('button', { name: 'Add to the staff list' }).count()).toBe(0)
    expect(await p.getByRole('link', { name: /^Change/ }).count()).toBe(0)
    await p.close()
  })

  it('books three staff onto a session of two places: two get a place, one goes on the waiting list', async () => {
    await visit(page, `/training/sessions/${sessionId}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(COURSE)
    expect(await page.getByText('2 places left of 2 · no waiting list').count()).toBe(1)
    await checkBothWidths(`/training/sessions/${sessionId}`)
    await page.getByRole('button', { name: 'Book staff' }).click()
    await page.getByRole('alert').filter({ hasText: 'Choose at least one member of staff to book' }).waitFor()
    await expectNoAxeViolations(page, `/training/sessions/${sessionId} (errors)`)
    for (const name of PEOPLE) await page.getByLabel(name).check()
    await page.getByRole('button', { name: 'Book staff' }).click()
    await page.waitForURL(/\/training\/sessions\/\d+\?placed=/)
    await settle(page)
    const banner = page.getByRole('status')
    expect(await banner.textContent()).toContain('Amira Khan and Ben Okafor have a place.')
    expect(await banner.textContent()).toContain('Cara Lindqvist is on the waiting list')
    const table = page.getByRole('table', { name: 'Your staff’s bookings on this session' })
    expect(await table.getByRole('row', { name: /Cara Lindqvist/ }).textContent()).toContain('On the waiting list')
    expect(await table.getByRole('row', { name: /Amira Khan/ }).textContent()).toContain('Booked')
    expect(await page.getByText('Fully booked · 1 on the waiting list (1 more can join)').count()).toBe(1)
    expect(await page.getByText('All your active staff are booked on this session.').count()).toBe(1)
    await checkBothWidths(new URL(page.url()).pathname + new URL(page.url()).search)
  })

  it('refuses all or nothing when the session and its waiting list are full (409 in the error summary)', async () => {
    await visit(page, `/training/sessions/${smallSessionId}`)
    await page.getByLabel('Amira Khan').check()
    await page.getByLabel('Ben Okafor').check()
    await page.getByRole('button', { name: 'Book staff' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.waitFor()
    expect(await summary.textContent()).toMatch(/Ben Okafor: This session is full and its waiting list \(0 places\) is full too\. Nobody was booked/)
    await expectNoAxeViolations(page, `/training/sessions/${smallSessionId} (409)`)
    await visit(page, `/training/sessions/${smallSessionId}`)
    expect(await page.getByText('None of your staff are booked on this session.').count()).toBe(1)
  })

  it('apologies for a booked place (confirmed first) promote the waiting list', async () => {
    await visit(page, `/training/sessions/${sessionId}`)
    await page.getByRole('link', { name: 'Send apologies for Amira Khan' }).click()
    await page.waitForURL(/\/apologies\/\d+$/)
    await settle(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Send apologies for Amira Khan?')
    await checkBothWidths(new URL(page.url()).pathname)
    await page.getByRole('button', { name: 'Send apologies for Amira Khan' }).click()
    await page.waitForURL(/\?apologies=1/)
    await settle(page)
    const table = page.getByRole('table', { name: 'Your staff’s bookings on this session' })
    expect(await table.getByRole('row', { name: /Amira Khan/ }).textContent()).toContain('Apologies sent')
    expect(await table.getByRole('row', { name: /Cara Lindqvist/ }).textContent()).toContain('Booked')
    // Amira can be booked again: the waiting list now.
    expect(await page.getByText('apologies sent: book again').count()).toBe(1)
  })

  it('/training shows the figures, the matrix, the gaps and the session; the course page its sessions', async () => {
    await visit(page, '/training')
    expect(await page.locator('.figures').textContent()).toMatch(/3 active staff.*0 trained.*0 Compassionate Champions.*2 upcoming bookings/)
    const matrix = page.getByRole('table', { name: /Active staff trained in each principle/ })
    expect(await matrix.getByRole('columnheader').count()).toBe(9)
    expect(await matrix.getByRole('rowheader').allTextContents()).toEqual(PEOPLE)
    expect(await page.getByText('None of your 3 staff trained yet').count()).toBeGreaterThan(0)
    expect(await page.getByRole('link', { name: `Book staff on ${COURSE}` }).count()).toBeGreaterThan(0)
    await checkBothWidths('/training')
    await visit(page, `/training/courses/${courseId}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(COURSE)
    expect(await page.getByRole('link', { name: /^Book staff on/ }).count()).toBe(2)
    await checkBothWidths(`/training/courses/${courseId}`)
    await visit(page, '/dashboard')
    expect(await page.getByText('0 of 3 staff trained · 0 champions · 2 upcoming bookings').count()).toBe(1)
  })

  it('the report’s recommendations link the training courses they name', async () => {
    const leadToken = await login(LEAD)
    const latest = await rest('GET', '/api/assessments?where[status][equals]=submitted&sort=-submittedAt&limit=1&depth=0', { token: leadToken })
    const assessment = latest.body.docs[0]
    const recommendation = assessment.recommendations[0]
    const linked = await rest('PATCH', `/api/recommendations/${recommendation.id}`, { token: adminToken, json: { courses: [courseId] } })
    expect(linked.status).toBe(200)
    await visit(page, `/assessment/${assessment.id}/report`)
    const link = page.locator('.recommendation').filter({ hasText: recommendation.title }).getByRole('link', { name: COURSE })
    expect(await link.getAttribute('href')).toBe(`/training/courses/${courseId}`)
    await link.click()
    await page.waitForURL(`**/training/courses/${courseId}`)
    // The setting's self-assessment rated principles red: the gaps say so.
    await visit(page, '/training')
    expect(await page.getByText(/your last self-assessment rated this principle (red|amber)/).count()).toBeGreaterThan(0)
  })

  it('a lead changes, marks as left and removes a member of staff (after a confirmation page)', async () => {
    await visit(page, '/training/staff')
    await page.getByRole('link', { name: 'Change Ben Okafor' }).click()
    await page.waitForURL(/\/training\/staff\/\d+$/)
    await settle(page)
    await checkBothWidths(new URL(page.url()).pathname)
    await page.getByLabel('Email address (optional)').fill('not an email')
    await page.getByRole('button', { name: 'Save the changes' }).click()
    await page.getByRole('alert').filter({ hasText: 'Enter an email address in the correct format' }).waitFor()
    await page.getByLabel('Email address (optional)').fill('ben.okafor@calder-vale.example.org')
    await page.getByRole('button', { name: 'Save the changes' }).click()
    await page.waitForURL('**/training/staff?saved=1')
    await settle(page)
    await page.getByRole('button', { name: 'Mark as left Cara Lindqvist' }).click()
    await page.waitForURL('**/training/staff?left=1')
    await settle(page)
    expect(
      await page
        .getByRole('table', { name: /Staff who have left/ })
        .getByRole('rowheader')
        .allTextContents(),
    ).toEqual(['Cara Lindqvist'])
    await page.getByRole('link', { name: 'Remove Ben Okafor' }).click()
    await page.waitForURL(/\/remove$/)
    await settle(page)
    expect(await page.getByText('Removing them erases their bookings and their attendance record').count()).toBe(1)
    await checkBothWidths(new URL(page.url()).pathname)
    await page.getByRole('button', { name: 'Yes, remove Ben Okafor' }).click()
    await page.waitForURL('**/training/staff?removed=1')
    await settle(page)
    expect(
      await page
        .getByRole('table', { name: /Active staff/ })
        .getByRole('rowheader')
        .allTextContents(),
    ).toEqual(['Amira Khan'])
  })
})
