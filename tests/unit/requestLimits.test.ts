/** The request limits' pure parts: which network a request comes from, the keys, the message, the settings. */
import { describe, expect, it } from 'vitest'

import { CHECKED_HEADER, checkForwardedFor, clientAddress, networkOf, requestNetworkFrom } from '@/auth/clientAddress'
import { limitKey, tooManyMessage } from '@/auth/requestLimits'
import { wholeNumber } from '@/config/env'

describe("the client's network", () => {
  it('believes X-Forwarded-For only as far as trusted proxies vouch for it', () => {
    expect(clientAddress('127.0.0.1', 0)).toBe('127.0.0.1')
    expect(clientAddress('203.0.113.9', 1)).toBe('203.0.113.9')
    // The client wrote the left-hand entries; the load balancer appended the real one.
    expect(clientAddress('6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9')
    expect(clientAddress('6.6.6.6,203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9')
    expect(clientAddress('203.0.113.9', 3)).toBe('203.0.113.9')
    expect(clientAddress(null, 0)).toBe('unknown')
    expect(clientAddress(' , ', 1)).toBe('unknown')
  })

  it('drops a client-written X-Forwarded-For unless proxies are trusted, and marks what src/proxy.ts saw', () => {
    const secret = 'a-test-secret-of-enough-length-0123456789'
    const direct = new Headers({ 'x-forwarded-for': '6.6.6.6' })
    checkForwardedFor(direct, 0, secret)
    expect(direct.has('x-forwarded-for')).toBe(false)
    direct.set('x-forwarded-for', '127.0.0.9') // as Next then fills it from the socket
    expect(requestNetworkFrom(direct, 0, secret)).toBe('127.0.0.9')

    const proxied = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' })
    checkForwardedFor(proxied, 1, secret)
    expect(requestNetworkFrom(proxied, 1, secret)).toBe('203.0.113.9')
  })

  it('gives requests the proxy did not see no address of their own, however they are dressed', () => {
    const secret = 'a-test-secret-of-enough-length-0123456789'
    expect(requestNetworkFrom(new Headers({ 'x-forwarded-for': '203.0.113.9' }), 0, secret)).toBe('unchecked')
    const forged = new Headers({ 'x-forwarded-for': '203.0.113.9' })
    checkForwardedFor(forged, 0, 'another-secret-entirely-0123456789abcdef')
    forged.set('x-forwarded-for', '203.0.113.9')
    expect(requestNetworkFrom(forged, 0, secret)).toBe('unchecked')
    expect(requestNetworkFrom(new Headers({ [CHECKED_HEADER]: 'yes', 'x-forwarded-for': '203.0.113.9' }), 0, secret)).toBe('unchecked')
  })

  it('keys IPv4 by address and IPv6 by its /64, whatever the notation', () => {
    expect(networkOf('::ffff:10.1.2.3')).toBe('10.1.2.3')
    expect(networkOf('203.0.113.9:5555')).toBe('203.0.113.9')
    expect(networkOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64')
    expect(networkOf('2001:0DB8:0001:0002::9')).toBe('2001:db8:1:2::/64')
    expect(networkOf('[2001:db8:1:2::1]:443')).toBe('2001:db8:1:2::/64')
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(networkOf('::1')).toBe('0:0:0:0::/64')
    expect(networkOf('not an address')).toBe('not an address')
    expect(networkOf('x'.repeat(500))).toHaveLength(100)
  })
})

describe('request limits', () => {
  it('says how long to wait in whole minutes, rounded up', () => {
    expect(tooManyMessage('sign-in', 900)).toBe('Too many sign-in attempts from your network. Try again in 15 minutes.')
    expect(tooManyMessage('sign-in', 61)).toBe('Too many sign-in attempts from your network. Try again in 2 minutes.')
    expect(tooManyMessage('sign-in', 1)).toBe('Too many sign-in attempts from your network. Try again in 1 minute.')
    expect(tooManyMessage('password-reset', 3600)).toBe('Too many requests to reset a password from your network. Try again in 60 minutes.')
  })

  it('stores neither email nor address in its keys, and any input fits the column', () => {
    const key = limitKey('203.0.113.9', 'lead@school.example.org')
    expect(key).toMatch(/^[0-9a-f]{40}$/)
    expect(limitKey('203.0.113.9', 'x'.repeat(10_000))).toHaveLength(40)
    expect(limitKey('203.0.113.9', 'a@b.c')).not.toBe(limitKey('203.0.113.10', 'a@b.c'))
  })

  it('refuses a limit that is not a whole number, naming the setting', () => {
    process.env.HUB_TEST_LIMIT = 'ten'
    expect(() => wholeNumber('HUB_TEST_LIMIT', 5, { min: 1 })).toThrow(/HUB_TEST_LIMIT must be a whole number of at least 1/)
    process.env.HUB_TEST_LIMIT = '0'
    expect(() => wholeNumber('HUB_TEST_LIMIT', 5, { min: 1 })).toThrow(/HUB_TEST_LIMIT/)
    process.env.HUB_TEST_LIMIT = ' 7 '
    expect(wholeNumber('HUB_TEST_LIMIT', 5, { min: 1 })).toBe(7)
    delete process.env.HUB_TEST_LIMIT
    expect(wholeNumber('HUB_TEST_LIMIT', 5, { min: 1 })).toBe(5)
  })
})
