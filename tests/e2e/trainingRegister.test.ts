/**
 * The training register in the admin panel, in a real browser under the real CSP: a setting lead books a member of
 * staff on three sessions over REST; the sessions start; two registers are marked over REST; the demo trainer signs
 * in, finds the third session in "Training registers", marks the register — and the staff member becomes a
 * Compassionate Champion. Setting users are kept out; the sign-in sheet lists the booked names for printing.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { expectNoAxeViolations, launchBrowser, newWatchedContext, visit, type WatchedContext, expectNoPageProblems } from '../helpers/browser'
import { rest } from '../helpers/rest'
import { login, signIn } from '../helpers/signIn'

const LEAD = 'lead@brookside.example.org'
const ADMIN = 'admin@service.example.org'
const TRAINER = 'trainer@service.example.org'
const RUN = Date.now().toString(36)
const STAFF = `Rowan Tester ${RUN}`
const OTHER = `Sam Absentee ${RUN}`
const TITLES = [1, 2, 3].map((n) => `Register e2e ${RUN} part ${n}`)

let browser: Browser
const contexts: WatchedContext[] = []
let trainer: Page
const tokens: Record<'lead' | 'admin' | 'trainer', string> = { lead: '', admin: '', trainer: '' }
const sessions: number[] = []
const bookings: number[] = []
let staffId = 0
let otherBooking = 0

async function watchedPage(options: Parameters<typeof newWatchedContext>[1] = {}): Promise<Page> {
  const context = await newWatchedContext(browser, options)
  contexts.push(context)
  return context.context.newPage()
}

beforeAll(async () => {
  tokens.lead = await login(LEAD)
  tokens.admin = await login(ADMIN)
  tokens.trainer = await login(TRAINER)
  const course = await rest('GET', '/api/training-courses?limit=1&depth=0&sort=title', { token: tokens.admin })
  expect(course.status).toBe(200)
  const member = await rest('POST', '/api/staff-members', { token: tokens.lead, json: { name: STAFF, jobRole: 'Teaching assistant' } })
  expect(member.status, JSON.stringify(member.body)).toBe(201)
  staffId = member.body.doc.id
  const other = await rest('POST', '/api/staff-members', { token: tokens.lead, json: { name: OTHER, jobRole: 'Class teacher' } })
  expect(other.status).toBe(201)
  // Three sessions that start a few seconds from now: booked while still ahead, then marked once started.
  const start = Date.now() + 6_000
  for (const title of TITLES) {
    const created = await rest('POST', '/api/training-sessions', {
      token: tokens.admin,
      json: {
        course: course.body.docs[0].id,
        title,
        startsAt: new Date(start).toISOString(),
        startsAt_tz: 'Europe/London',
        endsAt: new Date(start + 2 * 3_600_000).toISOString(),
        endsAt_tz: 'Europe/London',
        mode: 'in-person',
        venue: 'Training room 2, County Education Centre\nPreston',
        capacity: 10,
        waitingListSize: 2,
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    sessions.push(created.body.doc.id)
    const booked = await rest('POST', '/api/attendances', { token: tokens.lead, json: { session: created.body.doc.id, staffMember: staffId } })
    expect(booked.status, JSON.stringify(booked.body)).toBe(201)
    bookings.push(booked.body.doc.id)
  }
  const second = await rest('POST', '/api/attendances', { token: tokens.lead, json: { session: sessions[2], staffMember: other.body.doc.id } })
  expect(second.status).toBe(201)
  otherBooking = second.body.doc.id
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start - Date.now() + 500)))
  for (const i of [0, 1]) {
    const marked = await rest('POST', `/api/training-sessions/${sessions[i]}/register`, {
      token: tokens.trainer,
      json: { marks: [{ attendance: bookings[i], status: 'attended' }] },
    })
    expect(marked.status, JSON.stringify(marked.body)).toBe(200)
  }

  browser = await launchBrowser()
  trainer = await watchedPage({ viewport: { width: 1600, height: 1000 } })
  await signIn(trainer, TRAINER, { to: null })
  await trainer.waitForURL(/\/admin\/?$/)
  await trainer.waitForLoadState('networkidle')
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

afterEach(() => {
  expectNoPageProblems(contexts)
})

const staffRecord = async () => (await rest('GET', `/api/staff-members/${staffId}?depth=0`, { token: tokens.lead })).body

describe('the training register', () => {
  it('is not for setting users: a lead sees a not-allowed message and no register', async () => {
    const p = await watchedPage()
    await signIn(p, LEAD, { to: null })
    await p.waitForURL('**/dashboard')
    await visit(p, `/admin/register/${sessions[2]}`)
    // Payload's own admin guard may answer first (setting users have no admin panel); either way, no register.
    expect(await p.getByRole('heading', { level: 1 }).first().textContent()).toMatch(/^(You cannot use training registers|Unauthorized)/)
    expect(await p.getByText(STAFF).count()).toBe(0)
    await visit(p, `/admin/register/${sessions[2]}/sheet`)
    expect(await p.getByText(STAFF).count()).toBe(0)
  })

  it('the trainer finds the session in Training registers and marks the register in one submission: the third attended session makes a champion', async () => {
    expect((await staffRecord()).sessionsAttended).toBe(2)
    expect((await staffRecord()).champion).toBe(false)
    const nav = trainer.getByRole('navigation').getByRole('link', { name: 'Training registers' })
    await nav.waitFor()
    await nav.click()
    await trainer.waitForURL('**/admin/registers')
    await trainer.waitForLoadState('networkidle')
    expect(await trainer.getByRole('heading', { level: 1 }).textContent()).toBe('Training registers')
    await trainer.getByRole('link', { name: TITLES[2], exact: true }).click()
    await trainer.waitForURL(`**/admin/register/${sessions[2]}`)
    await trainer.waitForLoadState('networkidle')
    expect(await trainer.getByRole('heading', { level: 1 }).textContent()).toBe(`Register: ${TITLES[2]}`)
    const form = trainer.getByRole('form', { name: 'Attendance register' })
    const row = (name: string) => form.getByRole('row').filter({ has: trainer.getByRole('rowheader', { name }) })
    expect(await row(STAFF).textContent()).toContain('Brookside Primary School')
    await row(STAFF).getByRole('radio', { name: 'Attended' }).check()
    await row(OTHER).getByRole('radio', { name: 'Absent' }).check()
    await form.getByRole('button', { name: 'Save the register' }).click()
    const done = form.getByRole('status')
    await done.waitFor()
    expect(await done.textContent()).toBe('Register saved: 2 marks recorded.')

    const stored = await rest('GET', `/api/attendances?where[session][equals]=${sessions[2]}&depth=0&sort=id`, { token: tokens.admin })
    expect(stored.body.docs.map((d: { id: number; status: string }) => [d.id, d.status])).toEqual([
      [bookings[2], 'attended'],
      [otherBooking, 'absent'],
    ])
    const champion = await staffRecord()
    expect(champion.sessionsAttended).toBe(3)
    expect(champion.champion).toBe(true)
    expect(champion.championSince).toBeTruthy()
    // The setting's lead sees the new champion on the portal's Training Dashboard.
    const lead = await watchedPage()
    await signIn(lead, LEAD, { to: null })
    await lead.waitForURL('**/dashboard')
    await visit(lead, '/training')
    expect(await lead.getByRole('heading', { name: 'Compassionate Champions', level: 2 }).count()).toBe(1)
    expect(
      await lead
        .getByRole('listitem')
        .filter({ hasText: `${STAFF}, champion since` })
        .count(),
    ).toBe(1)
  })

  it('prints a sign-in sheet with the booked names and a signature column, without the admin panel around it', async () => {
    await visit(trainer, `/admin/register/${sessions[2]}/sheet`)
    expect(await trainer.getByRole('heading', { level: 1 }).textContent()).toBe(`Sign-in sheet: ${TITLES[2]}`)
    const table = trainer.getByRole('table')
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['#', 'Name', 'Job role', 'Setting', 'Signature'])
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining([STAFF, OTHER]))
    await expectNoAxeViolations(trainer)
    await trainer.emulateMedia({ media: 'print' })
    expect(await trainer.getByRole('button', { name: 'Print the sign-in sheet' }).isVisible()).toBe(false)
    const pdf = await trainer.pdf({ format: 'A4', printBackground: true })
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
    // Two names fit on one A4 page (595 × 842 points), and the page carries them and the signature column.
    expect(doc.numPages).toBe(1)
    const first = await doc.getPage(1)
    const [, , width, height] = first.view
    expect(Math.abs(width - 595.3)).toBeLessThan(1.5)
    expect(Math.abs(height - 841.9)).toBeLessThan(1.5)
    const text = (await first.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')
    await doc.destroy()
    // Chromium's PDF may split a word at a ligature ("fi"): compare without spaces, ligatures unfolded.
    const flat = (value: string) => value.normalize('NFKC').replace(/\s+/g, '')
    for (const expected of [STAFF, OTHER, 'Signature', TITLES[2]]) expect(flat(text)).toContain(flat(expected))
    expect(text).not.toContain('Print the sign-in sheet')
    await trainer.emulateMedia({ media: 'screen' })
  })
})
