/**
 * The public check of a certificate: looked up by its verification code (the QR code) or its certificate number,
 * read past access (no one is signed in) but only the fields the verification page shows.
 */
import type { Payload, Where } from 'payload'

import { awardName, type CertificateStanding, certificateStanding, hasCertificate, normaliseCertificateNumber, VERIFICATION_CODE } from './certificate'

export interface VerifiedCertificate {
  settingName: string
  awardName: string
  achievedAt: string
  expiresAt: string | null
  standing: CertificateStanding
  /** When the service revoked it (the reason is the setting's and the service's business, not the public's). */
  revokedAt: string | null
}

const SHOWN = {
  setting: true,
  track: true,
  status: true,
  achievedAt: true,
  expiresAt: true,
  revokedAt: true,
  certificateNumber: true,
  verificationCode: true,
} as const

async function findCertificate(payload: Payload, where: Where) {
  const { docs } = await payload.find({ collection: 'awards', where, limit: 1, depth: 0, select: SHOWN, overrideAccess: true })
  const award = docs[0]
  return award && hasCertificate(award) ? award : null
}

/** The certificate a verification code opens, as the public sees it; null for anything that is not one. */
export async function verifyCertificate(payload: Payload, code: string, now = new Date()): Promise<VerifiedCertificate | null> {
  if (!VERIFICATION_CODE.test(code)) return null
  const award = await findCertificate(payload, { verificationCode: { equals: code } })
  if (!award) return null
  const settingId = typeof award.setting === 'object' ? award.setting.id : award.setting
  const setting = await payload.findByID({ collection: 'settings', id: settingId, depth: 0, select: { name: true }, overrideAccess: true, disableErrors: true })
  if (!setting) return null
  return {
    settingName: setting.name,
    awardName: awardName(award.track),
    achievedAt: award.achievedAt as string,
    expiresAt: award.expiresAt ?? null,
    standing: certificateStanding(award, now),
    revokedAt: award.revokedAt ?? null,
  }
}

/** The verification code of the certificate with this number, or null: the caller answers alike for every miss. */
export async function verificationCodeForNumber(payload: Payload, typed: string): Promise<string | null> {
  const trimmed = typed.trim()
  const normalised = normaliseCertificateNumber(trimmed)
  if (!normalised || normalised.length > 64) return null
  const award = await findCertificate(payload, { or: [{ certificateNumber: { equals: normalised } }, { certificateNumber: { equals: trimmed } }] })
  return award?.verificationCode ?? null
}
