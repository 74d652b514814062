/**
 * The public verification page a certificate's QR code opens: the setting, the award, its dates and whether it is
 * valid, expired or revoked. Nothing else about the setting; an unknown code is the site's 404.
 */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { STANDING_LABELS } from '@/awards/certificate'
import { verifyCertificate } from '@/awards/verification'
import { formatDate } from '@/components/formatDate'
import { hubPayload } from '@/portal/payload'

export const metadata: Metadata = { title: 'Award certificate check', robots: { index: false } }

type Props = { params: Promise<{ code: string }> }

const STANDING_TAG = { valid: 'tag--green', expired: 'tag--grey', revoked: 'tag--red' } as const

export default async function VerifiedCertificatePage({ params }: Props) {
  const { code } = await params
  const certificate = await verifyCertificate(await hubPayload(), code)
  if (!certificate) notFound()
  const { standing } = certificate
  return (
    <div className="two-thirds">
      <span className="caption">Award certificate check</span>
      <h1>{certificate.settingName}</h1>
      <p className="lead">
        {standing === 'valid'
          ? `This certificate is genuine: ${certificate.settingName} holds the ${certificate.awardName}.`
          : standing === 'expired'
            ? `This certificate is genuine, but the ${certificate.awardName} it records has expired.`
            : `This certificate was revoked by the service: ${certificate.settingName} no longer holds the ${certificate.awardName} it records.`}
      </p>
      <dl className="summary-list summary-list--two">
        <div className="summary-list__row">
          <dt className="summary-list__key">Setting</dt>
          <dd className="summary-list__value">{certificate.settingName}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Award</dt>
          <dd className="summary-list__value">{certificate.awardName}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Achieved</dt>
          <dd className="summary-list__value">{formatDate(certificate.achievedAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Valid until</dt>
          <dd className="summary-list__value">{formatDate(certificate.expiresAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Status</dt>
          <dd className="summary-list__value">
            <strong className={`tag ${STANDING_TAG[standing]}`}>{STANDING_LABELS[standing]}</strong>
            {standing === 'revoked' && certificate.revokedAt ? ` Revoked by the service on ${formatDate(certificate.revokedAt)}.` : ''}
          </dd>
        </div>
      </dl>
      <p>
        <Link href="/verify">Check another certificate</Link>
      </p>
    </div>
  )
}
