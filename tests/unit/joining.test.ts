/** Joining's pure rules: the form token (genuine, old enough, not too old) and what a request must say. */
import { describe, expect, it } from 'vitest'

import { MAX_AGE_HOURS, MIN_FILL_SECONDS, checkFormToken, issueFormToken } from '@/joining/formToken'
import { joinRequestInput, joinRequestProblems } from '@/joining/rules'

const SECRET = 'a-test-secret-of-enough-length-0123456789'
const now = 1_800_000_000_000

describe('the join form token', () => {
  it('is accepted once the minimum fill time has passed, and gives its nonce', () => {
    const token = issueFormToken(SECRET, now, 'ab'.repeat(16))
    expect(checkFormToken(SECRET, token, now + MIN_FILL_SECONDS * 1000)).toEqual({ nonce: 'ab'.repeat(16) })
  })

  it('is too fast before the minimum fill time, and expired after the maximum age', () => {
    const token = issueFormToken(SECRET, now)
    expect(checkFormToken(SECRET, token, now + MIN_FILL_SECONDS * 1000 - 1)).toEqual({ problem: 'too-fast' })
    expect(checkFormToken(SECRET, token, now + MAX_AGE_HOURS * 3_600_000 + 1)).toEqual({ problem: 'expired' })
  })

  it('cannot be forged: another secret, a changed time or nonce, or garbage are refused', () => {
    const token = issueFormToken(SECRET, now, 'cd'.repeat(16))
    const later = now + 60_000
    expect(checkFormToken('another-secret', token, later)).toEqual({ problem: 'forged' })
    // Backdating the time (to skip the fill time) breaks the signature.
    expect(checkFormToken(SECRET, token.replace(String(now), String(now - 30_000)), now + 1_000)).toEqual({ problem: 'forged' })
    expect(checkFormToken(SECRET, token.replace('cd'.repeat(16), 'ef'.repeat(16)), later)).toEqual({ problem: 'forged' })
    expect(checkFormToken(SECRET, 'not-a-token', later)).toEqual({ problem: 'forged' })
    expect(checkFormToken(SECRET, '', later)).toEqual({ problem: 'missing' })
    expect(checkFormToken(SECRET, undefined, later)).toEqual({ problem: 'missing' })
  })
})

describe('what a join request must say', () => {
  const good = {
    settingName: 'Ribble Bank Primary',
    urn: '119 234',
    settingType: 'primary',
    district: 'Ribble Valley',
    contactName: 'Sam Okafor',
    jobTitle: 'Senior Mental Health Lead',
    email: ' Sam@RibbleBank.example.org ',
    message: '',
    consent: 'yes',
  }

  it('accepts a complete request, normalising the URN and the email address', () => {
    const input = joinRequestInput(good)
    expect(input).toMatchObject({ urn: '119234', email: 'sam@ribblebank.example.org', consent: true })
    expect(joinRequestProblems(input)).toEqual([])
  })

  it('wants a URN of exactly 6 digits', () => {
    for (const urn of ['11923', '1192345', '11923a', '']) {
      const problems = joinRequestProblems(joinRequestInput({ ...good, urn }))
      expect(problems.map((p) => p.field)).toEqual(['urn'])
    }
    expect(joinRequestProblems(joinRequestInput({ ...good, urn: '11923' }))[0].message).toBe('Enter the URN as 6 digits, like 119234')
  })

  it('wants consent, a known setting type, an email address and a message of bounded length', () => {
    const problems = joinRequestProblems(joinRequestInput({ ...good, consent: '', settingType: 'nursery', email: 'sam@', message: 'x'.repeat(2001) }))
    expect(problems.map((p) => p.field)).toEqual(['settingType', 'email', 'message', 'consent'])
  })

  it('lists every missing answer in the order of the form', () => {
    const problems = joinRequestProblems(joinRequestInput({}))
    expect(problems.map((p) => p.field)).toEqual(['settingName', 'urn', 'settingType', 'district', 'contactName', 'jobTitle', 'email', 'consent'])
  })
})
