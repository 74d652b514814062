/**
 * The self-assessment journey in a real browser, by keyboard alone: start, answer every principle, check,
 * submit, read the report (chart, recommendations), add an action, download the PDF and the CSV — with
 * axe-core's WCAG 2.2 AA checks on every page of the journey and the real CSP throughout.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { expectNoAxeViolations, launchBrowser, newWatchedContext, settle, visit, type WatchedContext, expectNoPageProblems } from '../helpers/browser'
import { pdfText } from '../helpers/pdfText'

const PASSWORD = process.env.DEMO_PASSWORD || 'compassionate-demo'
const LEAD = 'lead@ribblevalley.example.org'
const SETTING = 'Ribble Valley College'

let browser: Browser
let watched: WatchedContext
let page: Page

const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.type ?? '',
      name: el?.name ?? '',
      checked: !!el?.checked,
      text: (el?.textContent ?? '').trim(),
      label: el?.labels?.[0]?.textContent?.trim() ?? '',
    }
  })

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(p: Page, match: RegExp, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await p.keyboard.press('Tab')
    const el = await focused(p)
    if (match.test(el.text) || match.test(el.label)) return
  }
  throw new Error(`Tab never reached ${match}`)
}

/** Answers one principle page by keyboard: Space picks the first answer of a group, arrows move to the chosen one. */
async function answerPageByKeyboard(p: Page, pageNumber: number): Promise<void> {
  let question = 0
  const groupsDone = new Set<string>()
  for (let i = 0; i < 600; i++) {
    await p.keyboard.press('Tab')
    const el = await focused(p)
    if (el.tag === 'input' && el.type === 'radio' && !groupsDone.has(el.name)) {
      groupsDone.add(el.name)
      if (!el.checked) await p.keyboard.press('Space')
      const steps = (question + pageNumber) % 4
      for (let s = 0; s < steps; s++) await p.keyboard.press('ArrowDown')
      question++
    } else if (el.tag === 'textarea' && question % 3 === 1) {
      await p.keyboard.type('Minutes of the wellbeing group, termly.')
    } else if (el.tag === 'button' && /^Save and/.test(el.text)) {
      await p.keyboard.press('Enter')
      return
    }
  }
  throw new Error('never reached the Save button')
}

beforeAll(async () => {
  browser = await launchBrowser()
  watched = await newWatchedContext(browser, { acceptDownloads: true })
  page = await watched.context.newPage()
  await visit(page, '/sign-in')
  await page.getByLabel('Email address').fill(LEAD)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.keyboard.press('Enter')
  await page.waitForURL('**/dashboard')
})

afterAll(async () => {
  await browser?.close()
})

afterEach(() => expectNoPageProblems([watched]))

describe('a setting lead’s self-assessment, by keyboard alone', () => {
  let reportPath = ''

  it('starts a new self-assessment from the overview', async () => {
    await visit(page, '/assessment')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Self-assessment')
    await expectNoAxeViolations(page, '/assessment')
    // The demo college has earlier assessments: start afresh rather than from their answers.
    await tabTo(page, /Start from the answers of your last self-assessment/)
    await page.keyboard.press('Space')
    await tabTo(page, /^Start the self-assessment$/)
    await page.keyboard.press('Enter')
    await page.waitForURL('**/assessment/principle/1')
  })

  it('answers every principle, one page at a time, saving as it goes', async () => {
    for (let n = 1; n <= 8; n++) {
      await page.waitForURL(`**/assessment/principle/${n}`)
      await settle(page)
      expect(await page.locator('.caption').first().textContent()).toContain(`Principle ${n} of 8`)
      if (n === 1 || n === 8) await expectNoAxeViolations(page, `/assessment/principle/${n}`)
      await answerPageByKeyboard(page, n)
    }
    await page.waitForURL('**/assessment/check')
  })

  it('checks the answers, with none missing, and submits', async () => {
    await settle(page)
    expect(await page.getByText('Not answered').count()).toBe(0)
    expect(await page.getByText('Minutes of the wellbeing group, termly.').count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page, '/assessment/check')
    await tabTo(page, /^Submit the self-assessment$/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/assessment\/\d+\/report\?submitted=1$/)
    reportPath = new URL(page.url()).pathname
  })

  it('shows the report with its chart, scores table and recommendations', async () => {
    await settle(page)
    expect(await page.getByRole('status').textContent()).toContain('Self-assessment submitted')
    expect(await page.getByText(SETTING).first().isVisible()).toBe(true)
    const chart = page
      .getByRole('img')
      .filter({ has: page.locator('title') })
      .first()
    expect(await chart.count()).toBe(1)
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(8)
    expect(await page.getByRole('heading', { name: 'Recommendations for your setting' }).isVisible()).toBe(true)
    expect(await page.locator('.recommendation').count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page, reportPath)
  })

  it('adds a recommendation to the action plan with an owner and due date, says so, and offers it no more', async () => {
    const first = (await page.locator('.recommendation__title').first().textContent())!.trim()
    await tabTo(page, /^Add to action plan/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/actions\/new\?assessment=\d+&recommendation=\d+/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Add to your action plan')
    expect(await page.getByLabel('Action').inputValue()).toBe(first)
    await expectNoAxeViolations(page, '/actions/new (from a recommendation)')
    await page.getByLabel('Owner').fill('Head of pastoral care')
    await page.getByLabel('Due date').fill('2027-03-31')
    await page.getByRole('button', { name: 'Add to action plan' }).click()
    await page.waitForURL(/\/report\?added=\d+/)
    expect(await page.getByRole('status').textContent()).toContain(`“${first}” is in your action plan.`)
    const card = page.locator('.recommendation', { hasText: first }).first()
    expect(await card.getByText('In your action plan (not started)').count()).toBe(1)
    expect(await card.getByRole('link', { name: /^Add to action plan/ }).count()).toBe(0)
    await visit(page, '/actions')
    const row = page.getByRole('row', { name: new RegExp(first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    expect(await row.getByRole('cell', { name: 'Head of pastoral care' }).count()).toBe(1)
    await expectNoAxeViolations(page, '/actions')
  })

  it('downloads the report as a PDF whose text names the setting, and the answers as CSV', async () => {
    await visit(page, reportPath)
    await tabTo(page, /Download the report \(PDF\)/)
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    const pdf = await streamToBuffer(await pdfDownload.createReadStream())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(await pdfText(pdf)).toContain(SETTING)

    await tabTo(page, /Download the answers \(CSV\)/)
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    const csv = (await streamToBuffer(await csvDownload.createReadStream())).toString('utf8')
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/)
    expect(csv.split('\n').length).toBeGreaterThan(40)
  })

  it('shows progress over time, with the new assessment in it', async () => {
    await visit(page, '/progress')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Progress over time')
    expect(await page.getByText('(4 so far)').count()).toBe(1)
    await expectNoAxeViolations(page, '/progress')
  })

  it('changes an action’s status by keyboard', async () => {
    await visit(page, '/actions')
    await tabTo(page, /^Change/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/actions\/\d+$/)
    await settle(page)
    await expectNoAxeViolations(page, '/actions/:id')
    await tabTo(page, /^(Not started|In progress|Done)$/)
    await page.keyboard.press('Space')
    await tabTo(page, /^Save the action$/)
    await page.keyboard.press('Enter')
    await page.waitForURL('**/actions?saved=1')
    expect(await page.getByRole('status').textContent()).toContain('saved')
  })
})

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}
