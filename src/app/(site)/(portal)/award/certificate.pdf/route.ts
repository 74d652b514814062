/** The setting's award certificate as a PDF download, with the QR code of its public verification page. */
import { notFound } from 'next/navigation'

import { awardName, verificationURL } from '@/awards/certificate'
import { renderCertificatePdf } from '@/awards/certificatePdf'
import { currentCertificate } from '@/awards/settingAward'
import { serverURL } from '@/config/env'
import { download } from '@/portal/download'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

export const dynamic = 'force-dynamic'

export async function GET() {
  const { user, setting } = await requireSettingViewer('/award/certificate')
  const award = await currentCertificate(await hubPayload(), user, setting)
  if (!award?.verificationCode || !award.achievedAt || !award.certificateNumber) notFound()
  const pdf = await renderCertificatePdf({
    settingName: setting.name,
    awardName: awardName(award.track),
    achievedAt: award.achievedAt,
    expiresAt: award.expiresAt ?? null,
    certificateNumber: award.certificateNumber,
    verificationURL: verificationURL(serverURL, award.verificationCode),
  })
  return download(new Uint8Array(pdf), { type: 'application/pdf', name: `${setting.name}-award-certificate-${award.certificateNumber}.pdf` })
}
