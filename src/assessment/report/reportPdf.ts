/**
 * The summary report as a PDF, drawn on the server with pdfkit (standard fonts, so nothing to load or fetch):
 * scores with their bands in words, a bar chart, changes, recommendations and evidence by framework.
 */
import PDFDocument from 'pdfkit'

import type { ReportData } from '../reportData'
import type { Rag } from '../scoring'

const RAG_FILL: Record<Rag, string> = { red: '#d4351c', amber: '#f47738', green: '#00703c' }
const RAG_WORD: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' }
const PRIORITY_LABELS = { high: 'High priority', medium: 'Medium priority', low: 'Low priority' } as const
const TEXT = '#0b0c0c'
const MUTED = '#484949'
const BRAND = '#00574b'

const date = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }) : ''
const percent = (value: number | null) => (value === null ? 'no score' : `${value}%`)

export function renderReportPdf(report: ReportData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `Self-assessment report: ${report.setting.name}`,
      Author: 'Compassionate Schools Hub',
      Subject: `Self-assessment against the eight principles of a whole school or college approach, submitted ${date(report.assessment.submittedAt)}`,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const left = doc.page.margins.left
  const heading = (text: string, size = 16) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage()
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor(TEXT).text(text, left, doc.y, { width })
    doc.moveDown(0.3).font('Helvetica').fontSize(10.5)
  }
  const body = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font('Helvetica')
      .fontSize(10.5)
      .fillColor(TEXT)
      .text(text, { width, ...options })

  // Title block
  doc.font('Helvetica-Bold').fontSize(10).fillColor(BRAND).text('Compassionate Schools Hub', left, doc.y)
  doc.moveDown(0.5).fontSize(22).fillColor(TEXT).text('Self-assessment report')
  doc.moveDown(0.2).font('Helvetica').fontSize(14).text(report.setting.name)
  doc
    .moveDown(0.2)
    .fontSize(10.5)
    .fillColor(MUTED)
    .text(
      `${report.setting.typeLabel} · submitted ${date(report.assessment.submittedAt)}${report.assessment.submittedBy ? ` by ${report.assessment.submittedBy}` : ''}`,
    )
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(TEXT)
  doc.text(`Overall score: ${percent(report.overall.percentage)}${report.overall.rag ? ` (${RAG_WORD[report.overall.rag]})` : ''}`)

  // Bar chart: band colour plus the band in words, county average as a tick
  heading('Scores by principle')
  const labelW = 190
  const barW = width - labelW - 90
  for (const p of report.principles) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage()
    const y = doc.y
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .fillColor(TEXT)
      .text(`${p.order}. ${p.label}`, left, y + 3, { width: labelW - 8, lineBreak: false, ellipsis: true })
    doc
      .rect(left + labelW, y, barW, 16)
      .lineWidth(0.5)
      .strokeColor('#b1b4b6')
      .stroke()
    if (p.rag && p.percentage !== null)
      doc
        .rect(left + labelW, y, Math.max(1, (p.percentage / 100) * barW), 16)
        .fillColor(RAG_FILL[p.rag])
        .fill()
    if (p.benchmark !== null) {
      const bx = left + labelW + (p.benchmark / 100) * barW
      doc
        .moveTo(bx, y - 3)
        .lineTo(bx, y + 19)
        .lineWidth(1.5)
        .strokeColor(TEXT)
        .stroke()
    }
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .fillColor(TEXT)
      .text(p.percentage === null ? 'No score' : `${p.percentage}% ${RAG_WORD[p.rag!]}`, left + labelW + barW + 6, y + 3, { width: 84, lineBreak: false })
    doc.x = left
    doc.y = y + 24
  }
  doc.font('Helvetica').fontSize(9).fillColor(MUTED)
  doc.text(
    report.benchmark.shown
      ? `The vertical line is the county average of other ${report.setting.phaseLabel} (their latest self-assessments).`
      : `The county average appears once at least ${report.benchmark.minimum} other ${report.setting.phaseLabel} have submitted.`,
    left,
    doc.y,
    { width },
  )

  // The table of the same numbers
  heading('Scores in detail', 13)
  const cols = [
    { title: 'Principle', w: 200 },
    { title: 'Score', w: 55 },
    { title: 'Band', w: 55 },
    { title: 'Previous', w: 60 },
    { title: 'Change', w: 60 },
    { title: 'County', w: width - 430 },
  ]
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage()
    const y = doc.y
    let x = left
    let bottom = y
    cells.forEach((cell, i) => {
      doc
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9.5)
        .fillColor(TEXT)
        .text(cell, x, y, { width: cols[i].w - 6 })
      bottom = Math.max(bottom, doc.y)
      x += cols[i].w
    })
    doc
      .moveTo(left, bottom + 3)
      .lineTo(left + width, bottom + 3)
      .lineWidth(0.5)
      .strokeColor('#b1b4b6')
      .stroke()
    doc.x = left
    doc.y = bottom + 7
  }
  row(
    cols.map((c) => c.title),
    true,
  )
  for (const p of report.principles) {
    row([
      `${p.order}. ${p.label}`,
      percent(p.percentage),
      p.rag ? RAG_WORD[p.rag] : '',
      p.previous === null ? '' : `${p.previous}%`,
      p.delta === null ? '' : `${p.delta > 0 ? '+' : ''}${p.delta} points`,
      p.benchmark === null ? 'not shown' : `${p.benchmark}%`,
    ])
  }

  if (report.assessment.previousSubmittedAt) {
    heading(`What changed since ${date(report.assessment.previousSubmittedAt)}`)
    if (!report.questionChanges.length) body('No answer changed.')
    for (const c of report.questionChanges) {
      body(`${c.principleLabel}: ${c.prompt}`, { continued: false })
      doc
        .fillColor(MUTED)
        .text(`${c.before ?? 'Not asked'}, now ${c.after ?? ''}${c.direction === 'better' ? ' (improved)' : c.direction === 'worse' ? ' (lower)' : ''}`, {
          width,
        })
      doc.moveDown(0.3)
    }
  }

  heading('Recommendations for your setting')
  if (!report.recommendations.length) body('No recommendations: every principle is embedded.')
  for (const priority of ['high', 'medium', 'low'] as const) {
    const recs = report.recommendations.filter((r) => r.priority === priority)
    if (!recs.length) continue
    heading(PRIORITY_LABELS[priority], 13)
    for (const r of recs) {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage()
      doc.font('Helvetica-Bold').fontSize(11).fillColor(TEXT).text(r.title, left, doc.y, { width })
      doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(r.principleLabel, { width })
      doc.moveDown(0.2)
      for (const paragraph of r.body) {
        body(paragraph)
        doc.moveDown(0.3)
      }
      for (const res of r.resources) {
        doc.font('Helvetica').fontSize(10).fillColor('#1d70b8').text(res.label, { width, link: res.url, underline: true })
        doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(res.url, { width })
      }
      doc.moveDown(0.6)
    }
  }

  heading('Evidence by framework')
  let framework = ''
  for (const group of report.evidenceByFramework) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage()
    const name = `${group.frameworkLabel} (${group.versionLabel})`
    if (name !== framework) {
      framework = name
      doc.font('Helvetica-Bold').fontSize(12).fillColor(TEXT).text(name, left, doc.y, { width })
      doc.moveDown(0.3)
    }
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(TEXT).text(group.label, left, doc.y, { width })
    for (const item of group.items) {
      doc
        .font('Helvetica')
        .fontSize(9.5)
        .fillColor(TEXT)
        .text(`• ${item.prompt} (${item.valueLabel})`, left + 10, doc.y, { width: width - 10 })
      if (item.evidence) doc.fillColor(MUTED).text(item.evidence, left + 20, doc.y, { width: width - 20 })
    }
    doc.x = left
    doc.moveDown(0.5)
  }

  // Footer on every page: the setting and "Page N of M"
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED)
    doc.text(`${report.setting.name} · self-assessment of ${date(report.assessment.submittedAt)}`, left, doc.page.height - 40, {
      width: width * 0.75,
      lineBreak: false,
    })
    doc.text(`Page ${i + 1} of ${range.count}`, left + width * 0.75, doc.page.height - 40, { width: width * 0.25, align: 'right', lineBreak: false })
    doc.page.margins.bottom = bottom
  }
  doc.end()
  return done
}
