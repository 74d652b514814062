/**
 * Browser tests drive Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) with playwright-core, against the Hub
 * that `npm run test:e2e` serves at HUB_TEST_URL. Two checks every page must pass:
 * - axe-core finds no WCAG 2.0/2.1/2.2 A and AA violations (`expectNoAxeViolations`);
 * - the page works under its real Content-Security-Policy: a watched context never bypasses the CSP and records
 *   every CSP violation and console error of its pages (`newWatchedContext`).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { expect } from 'vitest'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'

import { hubURL } from './payload'

/** As on this machine's probe: headless, no sandbox (root), and none of Chromium's calls home (the network is closed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
}

// ---------------------------------------------------------------------------------------------------------------
// CSP violations and console errors

export interface PageProblems {
  /** `securitypolicyviolation` events, and console messages that mention the Content Security Policy. */
  cspViolations: string[]
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[]
}

export interface WatchedContext {
  context: BrowserContext
  /** Everything recorded since the context opened (never cleared). */
  all: PageProblems
  /** What was recorded since the last call, and clears it. */
  take(): PageProblems
}

interface CspReport {
  directive: string
  blocked: string
  source: string
  line: number
  sample: string
  url: string
}

// Kept as a string: a function would be serialised after vitest's transform, which may add helpers the page lacks.
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', function (e) {
  var report = window.__hubReportCspViolation
  if (typeof report === 'function') report({ directive: e.violatedDirective || e.effectiveDirective, blocked: e.blockedURI || '',
    source: e.sourceFile || '', line: e.lineNumber || 0, sample: e.sample || '', url: location.href })
}, true)`

/** A browser context (cookies of its own: one per signed-in user) that records CSP violations and console errors. */
export async function newWatchedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedContext> {
  if (options.bypassCSP) throw new Error('A watched context checks pages under their real Content-Security-Policy: do not bypass it.')
  const context = await browser.newContext({ baseURL: hubURL(), ...options })
  const all: PageProblems = { cspViolations: [], consoleErrors: [] }
  let fresh: PageProblems = { cspViolations: [], consoleErrors: [] }
  const record = (kind: keyof PageProblems, text: string) => {
    all[kind].push(text)
    fresh[kind].push(text)
  }
  await context.exposeBinding('__hubReportCspViolation', (_source, v: CspReport) => {
    const where = v.source ? ` (${v.source}${v.line ? `:${v.line}` : ''})` : ''
    record(
      'cspViolations',
      `${new URL(v.url).pathname}: '${v.directive}' blocked ${v.blocked || 'an inline script or style'}${where}${v.sample ? `: ${v.sample}` : ''}`,
    )
  })
  await context.addInitScript({ content: REPORT_CSP_VIOLATIONS })
  context.on('console', (message) => {
    if (message.type() !== 'error') return
    // The Hub has no favicon: Chromium's own request for one is not the page's doing.
    if (/\/favicon\.ico$/.test(message.location().url) && /status of 404/.test(message.text())) return
    const page = message.page()
    const text = `${page ? new URL(page.url()).pathname : '?'}: ${message.text()}`
    if (/content[- ]security[- ]policy/i.test(message.text())) record('cspViolations', text)
    record('consoleErrors', text)
  })
  context.on('weberror', (error) => {
    const page = error.page()
    record('consoleErrors', `${page ? new URL(page.url()).pathname : '?'}: uncaught ${error.error().message}`)
  })
  return {
    context,
    all,
    take() {
      const taken = fresh
      fresh = { cspViolations: [], consoleErrors: [] }
      return taken
    },
  }
}

/**
 * The check every browser test file runs after each test: none of the contexts' pages met a CSP violation or logged
 * a console error since the last check. `expectedConsole` lets through a message a test provoked on purpose.
 */
export function expectNoPageProblems(contexts: WatchedContext[], expectedConsole: (message: string) => boolean = () => false): void {
  for (const watched of contexts) {
    const problems = watched.take()
    expect(problems.cspViolations, 'CSP violations').toEqual([])
    expect(
      problems.consoleErrors.filter((message) => !expectedConsole(message)),
      'console errors',
    ).toEqual([])
  }
}

/** Goes to a path of the Hub and waits until the page has settled (scripts loaded and hydrated). */
export async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path)
  if (!response || response.status() >= 400) throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}`)
  await page.waitForLoadState('networkidle')
}

/**
 * After a client-side navigation (a link, or a server action's redirect) Next.js commits the new page first and
 * streams its metadata just after: for a moment the document has no <title>. Waits, briefly, for the page to
 * be complete. A page that never gets a title is still caught: axe's document-title rule then reports it.
 */
export async function settle(page: Page, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await page.evaluate('document.readyState === "complete" && document.title.trim() !== ""')) return
    await page.waitForTimeout(25)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// axe-core

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; helpUrl: string; targets: string[] }[]
  passes: number
  version: string
}

/**
 * Runs axe-core in the page, once settled, and fails with a readable list of WCAG A/AA violations.
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern, so the page under test
 * keeps its real CSP (and the watcher keeps watching it).
 */
export async function expectNoAxeViolations(page: Page, label = new URL(page.url()).pathname + new URL(page.url()).search): Promise<void> {
  await settle(page)
  const present = await page.evaluate('typeof window.axe === "object" && typeof window.axe.run === "function"')
  if (!present) {
    const cdp = await page.context().newCDPSession(page)
    try {
      const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: AXE_SOURCE })
      if (exceptionDetails) throw new Error(`axe-core could not be loaded into ${label}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
    } finally {
      await cdp.detach()
    }
  }
  const summary = (await page.evaluate(`(async () => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] })
    return {
      version: results.testEngine.version,
      passes: results.passes.length,
      violations: results.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      })),
    }
  })()`)) as AxeSummary
  // An axe that checked nothing would pass every page: make sure it really ran its rules.
  if (!summary.version || summary.passes === 0) throw new Error(`axe-core did not run on ${label} (no rule passed)`)
  if (summary.violations.length) {
    const list = summary.violations
      .map((v) => `  - ${v.id} [${v.impact ?? 'unknown'}] ${v.help}\n      on: ${v.targets.join(' | ')}\n      see: ${v.helpUrl}`)
      .join('\n')
    throw new Error(`axe-core ${summary.version} found ${summary.violations.length} accessibility violation(s) on ${label}:\n${list}`)
  }
}
