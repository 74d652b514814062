import { parse } from 'csv-parse/sync'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { answersCsv, neutralise, progressCsv } from '@/assessment/report/answersCsv'
import { renderReportPdf } from '@/assessment/report/reportPdf'
import { ProgressChart } from '@/components/report/ProgressChart'
import { ScoreChart } from '@/components/report/ScoreChart'
import { ScoreTable } from '@/components/report/ScoreTable'

import { pdfText } from '../helpers/pdfText'
import { reportFixture } from '../helpers/reportFixture'

describe('answers CSV', () => {
  it('has a header and one row per answer, surviving commas, quotes and new lines', () => {
    const report = reportFixture()
    const rows = parse(answersCsv(report), { bom: true }) as string[][]
    expect(rows[0]).toEqual(['Principle number', 'Principle', 'Question', 'Weight', 'Answer', 'Answer label', 'Evidence note', 'Framework references'])
    expect(rows).toHaveLength(report.answers.length + 1)
    expect(rows[2][6]).toBe('Line one\nline two, "quoted"')
    expect(rows.find((r) => r[5] === 'Not applicable')?.[4]).toBe('Not applicable')
  })

  it('never lets a cell run as a spreadsheet formula', () => {
    const rows = parse(answersCsv(reportFixture()), { bom: true }) as string[][]
    expect(rows[1][2]).toBe(`'=HYPERLINK("http://evil.example","click"), with "quotes"`)
    expect(neutralise('+1')).toBe("'+1")
    expect(neutralise('-1')).toBe("'-1")
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(neutralise('Plain')).toBe('Plain')
  })

  it('writes progress with principles down and assessments across', () => {
    const rows = parse(
      progressCsv(
        [
          { assessmentId: 1, submittedAt: '2025-01-01T00:00:00Z', overall: 40, principles: [{ id: 1, percentage: 30 }] },
          { assessmentId: 2, submittedAt: '2026-01-01T00:00:00Z', overall: 55.5, principles: [{ id: 1, percentage: null }] },
        ],
        [{ id: 1, label: 'Leadership' }],
      ),
      { bom: true },
    ) as string[][]
    expect(rows).toEqual([
      ['Principle', '2025-01-01', '2026-01-01'],
      ['Leadership', '30', ''],
      ['Overall', '40', '55.5'],
    ])
  })
})

describe('report PDF', () => {
  it('is a valid PDF whose text names the setting, its scores and recommendations', async () => {
    const pdf = await renderReportPdf(reportFixture())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.subarray(-6).toString()).toContain('%%EOF')
    const text = await pdfText(pdf)
    expect(text).toContain('Brookside Primary School')
    expect(text).toContain('Self-assessment report')
    expect(text).toContain('Recommendation 1: name a senior mental health lead')
    expect(text).toContain('74.9% Amber')
    expect(text).toMatch(/Page 1 of \d/)
  })

  it('breaks long reports across pages', async () => {
    const long = reportFixture()
    long.recommendations = Array.from({ length: 40 }, (_, i) => ({ ...long.recommendations[0], id: i, title: `Recommendation number ${i}` }))
    const text = await pdfText(await renderReportPdf(long))
    expect(text).toContain('Recommendation number 39')
    expect(text).toMatch(/Page 3 of (\d+)/)
  })
})

describe('score chart', () => {
  it('draws one bar per scored principle, says each band in words, and is described for screen readers', () => {
    const html = renderToStaticMarkup(ScoreChart({ principles: reportFixture().principles }))
    expect(html).toContain('role="img"')
    expect(html).toContain('aria-labelledby="score-chart-title score-chart-desc"')
    expect(html.match(/<rect /g)).toHaveLength(7)
    expect(html).toContain('74.9% Amber')
    expect(html).toContain('No score')
    expect(html).toContain('County average 55.5%')
    expect(html.match(/<circle /g)?.length).toBe(5) // 4 previous markers + the legend
  })

  it('shows no county average marker when none is shown', () => {
    const principles = reportFixture().principles.map((p) => ({ ...p, benchmark: null }))
    expect(renderToStaticMarkup(ScoreChart({ principles }))).not.toContain('County average')
  })

  it('has a table alternative with every number', () => {
    const html = renderToStaticMarkup(ScoreTable({ principles: reportFixture().principles }))
    expect(html.match(/<tr>/g)).toHaveLength(9)
    expect(html).toContain('+10 points')
    expect(html).toContain('Not shown')
  })

  it('draws progress as one line per principle', () => {
    const html = renderToStaticMarkup(
      ProgressChart({
        points: [
          {
            assessmentId: 1,
            submittedAt: '2025-01-01T00:00:00Z',
            overall: 40,
            principles: [
              { id: 1, percentage: 30 },
              { id: 2, percentage: 50 },
            ],
          },
          {
            assessmentId: 2,
            submittedAt: '2026-01-01T00:00:00Z',
            overall: 55,
            principles: [
              { id: 1, percentage: 60 },
              { id: 2, percentage: 50 },
            ],
          },
        ],
        principles: [
          { id: 1, label: 'Leadership' },
          { id: 2, label: 'Ethos' },
        ],
      }),
    )
    expect(html.match(/<polyline /g)).toHaveLength(2)
    expect(html).toContain('Leadership: Jan 2025 30%, Jan 2026 60%')
  })
})
