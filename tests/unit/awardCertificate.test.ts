/** What a certificate says: its standing on a date, the award's name, the verification address and safe action links. */
import { describe, expect, it } from 'vitest'

import { awardName, certificateStanding, hasCertificate, isHubPath, normaliseCertificateNumber, VERIFICATION_CODE, verificationURL } from '@/awards/certificate'

const NOW = new Date('2027-03-01T12:00:00Z')
const achieved = { status: 'achieved' as const, achievedAt: '2026-03-01T10:00:00Z', expiresAt: '2029-03-01T10:00:00Z', revokedAt: null }

describe('a certificate’s standing', () => {
  it('is valid while achieved and within its validity', () => {
    expect(certificateStanding(achieved, NOW)).toBe('valid')
  })

  it('is expired from the moment its validity ends, before the daily job marks the award expired', () => {
    expect(certificateStanding({ ...achieved, expiresAt: '2027-03-01T12:00:00Z' }, NOW)).toBe('expired')
    expect(certificateStanding({ ...achieved, expiresAt: '2027-03-01T12:00:01Z' }, NOW)).toBe('valid')
    expect(certificateStanding({ ...achieved, status: 'expired' }, NOW)).toBe('expired')
  })

  it('is revoked whenever the service revoked it, even past its validity', () => {
    expect(certificateStanding({ ...achieved, status: 'revoked', revokedAt: '2026-06-01T00:00:00Z' }, NOW)).toBe('revoked')
    expect(certificateStanding({ ...achieved, status: 'revoked', expiresAt: '2026-04-01T00:00:00Z' }, NOW)).toBe('revoked')
  })

  it('exists only for an award that was achieved, with a number and a code', () => {
    const award = { ...achieved, certificateNumber: 'CSA-1', verificationCode: 'abcdefgh' }
    expect(hasCertificate(award)).toBe(true)
    expect(hasCertificate({ ...award, status: 'in-progress' })).toBe(false)
    expect(hasCertificate({ ...award, achievedAt: null })).toBe(false)
    expect(hasCertificate({ ...award, verificationCode: null })).toBe(false)
    expect(hasCertificate({ ...award, certificateNumber: '' })).toBe(false)
  })
})

describe('the words and addresses of a certificate', () => {
  it('names the award by the setting’s track', () => {
    expect(awardName('school')).toBe('Compassionate School Award')
    expect(awardName('college')).toBe('Compassionate College Award')
  })

  it('opens the verification page at the Hub’s public address', () => {
    expect(verificationURL('https://hub.example.org/', 'Ab_9-xyz')).toBe('https://hub.example.org/verify/Ab_9-xyz')
  })

  it('takes only codes the Hub could have made', () => {
    expect(VERIFICATION_CODE.test('k3J9_x-Q2mZ8')).toBe(true)
    for (const bad of ['', 'short', '../../etc', 'a b c d e f', 'x'.repeat(129), 'abc%2fdef']) expect(VERIFICATION_CODE.test(bad)).toBe(false)
  })

  it('reads a typed certificate number without spaces and in capitals', () => {
    expect(normaliseCertificateNumber('  csa-2026 - 00042 ')).toBe('CSA-2026-00042')
  })

  it('follows a stored action link only within the Hub', () => {
    expect(isHubPath('/training#sessions')).toBe(true)
    expect(isHubPath('/assessment')).toBe(true)
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, undefined])
      expect(isHubPath(bad)).toBe(false)
  })
})
