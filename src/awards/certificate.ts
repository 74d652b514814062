/** What a certificate says and where it is checked: the award's name, its standing on a date, and the verification address. */
import type { Award } from '@/payload-types'
import { AWARD_TRACKS, type AwardTrack } from '@/settings/settingTypes'
import { labelOf } from '@/config/options'

/** "Compassionate School Award" or "Compassionate College Award". */
export const awardName = (track: AwardTrack | string | null | undefined): string => labelOf(AWARD_TRACKS, track, AWARD_TRACKS[0].label)

export type CertificateStanding = 'valid' | 'expired' | 'revoked'

export const STANDING_LABELS: Record<CertificateStanding, string> = { valid: 'Valid', expired: 'Expired', revoked: 'Revoked' }

type Dated = Pick<Award, 'status' | 'achievedAt' | 'expiresAt' | 'revokedAt'>

/**
 * Whether an award stands as a certificate: only an award that was achieved ever had one (an award in progress, or
 * a row without an achievement date, has none to show).
 */
export const hasCertificate = (award: Dated & Pick<Award, 'verificationCode' | 'certificateNumber'>): boolean =>
  !!award.achievedAt && !!award.verificationCode && !!award.certificateNumber && award.status !== 'in-progress'

/**
 * A certificate's standing at `now`: revoked whenever the service revoked it; expired once its validity ended, even
 * before the daily job has moved the award to `expired` (a certificate must never read valid past its date).
 */
export function certificateStanding(award: Dated, now: Date): CertificateStanding {
  if (award.status === 'revoked' || award.revokedAt) return 'revoked'
  if (award.status === 'expired') return 'expired'
  if (award.expiresAt && new Date(award.expiresAt).getTime() <= now.getTime()) return 'expired'
  return 'valid'
}

/** Verification codes are made by the Hub: letters, digits, `-` and `_`. Anything else is not one (a 404, no query). */
export const VERIFICATION_CODE = /^[A-Za-z0-9_-]{6,128}$/

/** The public page the certificate's QR code opens. */
export const verificationURL = (serverURL: string, code: string): string => `${serverURL.replace(/\/+$/, '')}/verify/${encodeURIComponent(code)}`

/** A certificate number as typed: spaces around and inside dropped, letters in capitals. */
export const normaliseCertificateNumber = (typed: string): string => typed.replace(/\s+/g, '').toUpperCase()

/** A stored action link is followed only when it stays on the Hub (a path of its own, not `//elsewhere`). */
export const isHubPath = (path: string | null | undefined): path is string => typeof path === 'string' && /^\/(?![/\\])[^\s\\]*$/.test(path)
