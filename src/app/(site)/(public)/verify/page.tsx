/** Check an award certificate by its number (the QR code on a certificate opens /verify/<code> directly). */
import type { Metadata } from 'next'

import { CertificateNumberForm } from './CertificateNumberForm'

export const metadata: Metadata = { title: 'Check an award certificate', robots: { index: false } }

export default function VerifyPage() {
  return (
    <div className="two-thirds">
      <h1>Check an award certificate</h1>
      <p className="lead">Find out whether a Compassionate School Award or Compassionate College Award certificate is genuine and still valid.</p>
      <p>You can also scan the QR code on the certificate.</p>
      <CertificateNumberForm />
    </div>
  )
}
