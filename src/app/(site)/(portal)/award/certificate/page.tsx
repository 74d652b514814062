/** The setting's award certificate, to print (the print stylesheet leaves only the certificate on the page). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import QRCode from 'qrcode'

import { awardName, verificationURL } from '@/awards/certificate'
import { currentCertificate } from '@/awards/settingAward'
import { PrintButton } from '@/components/PrintButton'
import { formatDate } from '@/components/formatDate'
import { serverURL } from '@/config/env'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

export const metadata: Metadata = { title: 'Award certificate' }

export default async function CertificatePage() {
  const { user, setting } = await requireSettingViewer('/award/certificate')
  const award = await currentCertificate(await hubPayload(), user, setting)
  // Only a setting that holds the award has a certificate; any other answer is the site's 404.
  if (!award?.verificationCode) notFound()
  const url = verificationURL(serverURL, award.verificationCode)
  const qr = await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 4, scale: 5 })
  const name = awardName(award.track)

  return (
    <>
      <Link href="/award" className="back-link no-print">
        Back to the award
      </Link>
      <h1 className="no-print">Your award certificate</h1>
      <div className="button-group no-print">
        <PrintButton label="Print the certificate" />
        <a href="/award/certificate.pdf">Download the certificate (PDF)</a>
      </div>

      <article className="certificate" aria-label={`Certificate: ${name}`}>
        <p className="certificate__brand">Compassionate Schools Hub</p>
        <p className="certificate__intro">This is to certify that</p>
        <p className="certificate__setting">{setting.name}</p>
        <p className="certificate__intro">has achieved the</p>
        <p className="certificate__award">{name}</p>
        <dl className="certificate__facts">
          <div>
            <dt>Achieved</dt>
            <dd>{formatDate(award.achievedAt)}</dd>
          </div>
          <div>
            <dt>Valid until</dt>
            <dd>{formatDate(award.expiresAt)}</dd>
          </div>
          <div>
            <dt>Certificate number</dt>
            <dd>{award.certificateNumber}</dd>
          </div>
        </dl>
        <div className="certificate__check">
          <img src={qr} alt="QR code that opens this certificate’s verification page" className="certificate__qr" width={185} height={185} />
          <p>
            Check this certificate at
            <br />
            <span className="break-anywhere">{url}</span>
          </p>
        </div>
      </article>
    </>
  )
}
