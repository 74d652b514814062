/**
 * The report's score chart measured in a real browser: for the longest labels and every value from 0 to 100 %, with
 * previous-assessment and county-average markers at the same places, no text is clipped by the chart and no text
 * overlaps another text or a marker, at 1280 and 390 px.
 */
import type { Browser, Page } from 'playwright-core'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ScoreChart, wrapLabel } from '@/components/report/ScoreChart'

import { launchBrowser } from '../helpers/browser'
import { reportFixture } from '../helpers/reportFixture'

let browser: Browser
let page: Page

const LONGEST = [
  'Identifying need and impact',
  'Targeted support and referral',
  'Leadership and management',
  // Longer than any principle today: the service may rename one.
  'Working with parents, carers and the wider community to identify need and measure the impact of interventions over time',
]

/** Charts covering the edges: 0 and 100 %, a value where the previous marker and county line sit, no score. */
function edgeCases() {
  const base = reportFixture().principles[0]
  const values: [number | null, number | null, number | null][] = [
    [0, 0, 0],
    [100, 100, 100],
    [63, 63, 63],
    [3, 97, 50],
    [97, 3, 100],
    [null, 40, 40],
    [49.9, 50, 49.9],
    [75, 74, 76],
  ]
  return values.map(([percentage, previous, benchmark], i) => ({
    ...base,
    id: i + 1,
    order: i + 1,
    label: LONGEST[i % LONGEST.length],
    percentage,
    rag: percentage === null ? null : percentage < 40 ? ('red' as const) : percentage < 75 ? ('amber' as const) : ('green' as const),
    previous,
    benchmark,
  }))
}

interface Box {
  what: string
  x: number
  y: number
  width: number
  height: number
}

/** Every text's and marker's box in the page, and the chart's own box. */
async function measure(p: Page): Promise<{ svg: Box; texts: Box[]; markers: Box[] }> {
  return p.evaluate(() => {
    const box = (el: Element, what: string) => {
      const r = el.getBoundingClientRect()
      return { what, x: r.x, y: r.y, width: r.width, height: r.height }
    }
    const svg = document.querySelector('svg')!
    return {
      svg: box(svg, 'svg'),
      texts: [...svg.querySelectorAll('text')].map((t) =>
        box(t, [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ') || (t.textContent ?? '')),
      ),
      markers: [...svg.querySelectorAll('.chart__marker')].map((m) => box(m, m.querySelector('title')?.textContent ?? 'marker')),
    }
  })
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5
const inside = (a: Box, outer: Box) =>
  a.x >= outer.x - 0.5 && a.y >= outer.y - 0.5 && a.x + a.width <= outer.x + outer.width + 0.5 && a.y + a.height <= outer.y + outer.height + 0.5

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('the score chart', () => {
  for (const width of [1280, 390]) {
    it(`clips nothing and overlaps nothing at ${width} px, for the longest labels and values 0–100 %`, async () => {
      await page.setViewportSize({ width, height: 900 })
      const html = renderToStaticMarkup(ScoreChart({ principles: edgeCases() }))
      await page.setContent(
        `<!doctype html><html><body style="margin:0;font-family:Arial,sans-serif"><main style="max-width:960px;padding:0 15px">${html}</main></body></html>`,
      )
      const { svg, texts, markers } = await measure(page)
      const problems: string[] = []
      for (const t of texts) if (!inside(t, svg)) problems.push(`clipped: “${t.what}”`)
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) if (overlaps(texts[i], texts[j])) problems.push(`“${texts[i].what}” overlaps “${texts[j].what}”`)
      for (const m of markers) for (const t of texts) if (overlaps(m, t)) problems.push(`${m.what} marker overlaps “${t.what}”`)
      expect(problems).toEqual([])
      // Every label is there in full (wrapped, never cut).
      const shown = texts.map((t) => t.what).join(' ')
      for (const label of LONGEST) expect(shown).toContain(label)
    })
  }

  it('wraps a label at spaces and never loses a word', () => {
    expect(wrapLabel(LONGEST[3]).join(' ')).toBe(LONGEST[3])
    for (const line of wrapLabel(LONGEST[3])) expect(line.length).toBeLessThanOrEqual(62)
    expect(wrapLabel('Short')).toEqual(['Short'])
  })
})
