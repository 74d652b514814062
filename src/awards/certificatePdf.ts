/** The award certificate as a PDF (pdfkit, standard fonts): one A4 landscape page with the QR code of its verification page. */
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'

import { formatDate } from '@/components/formatDate'

export interface CertificateContent {
  settingName: string
  awardName: string
  achievedAt: string
  expiresAt: string | null
  certificateNumber: string
  verificationURL: string
}

const TEXT = '#0b0c0c'
const MUTED = '#484949'
const BRAND = '#00574b'

export async function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  // A PNG of whole pixels per module, with the quiet zone a reader needs: it stays sharp at any print size.
  const qr = await QRCode.toBuffer(c.verificationURL, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 })
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 48, bottom: 48, left: 56, right: 56 },
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `${c.awardName}: ${c.settingName}`,
      Author: 'Compassionate Schools Hub',
      Subject: `Certificate ${c.certificateNumber}, achieved ${formatDate(c.achievedAt)}, valid until ${formatDate(c.expiresAt)}`,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const { width: pageW, height: pageH } = doc.page
  const left = doc.page.margins.left
  const width = pageW - left - doc.page.margins.right
  doc
    .lineWidth(6)
    .strokeColor(BRAND)
    .rect(24, 24, pageW - 48, pageH - 48)
    .stroke()
  doc
    .lineWidth(1)
    .rect(34, 34, pageW - 68, pageH - 68)
    .stroke()

  const centred = (text: string, font: string, size: number, color = TEXT, gap = 0.4) =>
    doc.font(font).fontSize(size).fillColor(color).text(text, left, doc.y, { width, align: 'center' }).moveDown(gap)

  doc.y = 70
  centred('Compassionate Schools Hub', 'Helvetica-Bold', 14, BRAND, 1.2)
  centred('This is to certify that', 'Helvetica', 14, MUTED)
  centred(c.settingName, 'Helvetica-Bold', 30, TEXT, 0.5)
  centred('has achieved the', 'Helvetica', 14, MUTED)
  centred(c.awardName, 'Helvetica-Bold', 24, BRAND, 1.2)

  const qrSize = 130
  const factsTop = pageH - 60 - qrSize
  doc.y = factsTop
  const fact = (label: string, value: string) => {
    doc
      .font('Helvetica')
      .fontSize(11)
      .fillColor(MUTED)
      .text(label, left + 40, doc.y, { width: width - qrSize - 80 })
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .fillColor(TEXT)
      .text(value, { width: width - qrSize - 80 })
      .moveDown(0.4)
  }
  fact('Achieved', formatDate(c.achievedAt))
  fact('Valid until', formatDate(c.expiresAt))
  fact('Certificate number', c.certificateNumber)

  const qrX = left + width - qrSize - 20
  doc.image(qr, qrX, factsTop - 14, { width: qrSize, height: qrSize })
  doc
    .font('Helvetica')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(`Check this certificate: ${c.verificationURL}`, qrX - 60, factsTop + qrSize - 8, { width: qrSize + 80, align: 'center' })

  doc.end()
  return done
}
