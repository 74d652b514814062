/** Security headers on every response of the running Hub. */
import { describe, expect, it } from 'vitest'

import { hubURL, testPayload } from '../helpers/payload'
import { TEST_PASSWORD, createWorld } from '../helpers/world'

describe('security headers', () => {
  it.each(['/', '/sign-in', '/accessibility', '/admin/login'])('%s has a nonce CSP and the standard headers', async (path) => {
    const res = await fetch(`${hubURL()}${path}`, { redirect: 'manual' })
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it('gives each page view a fresh nonce', async () => {
    const nonce = async () => /nonce-([^']+)/.exec((await fetch(`${hubURL()}/`)).headers.get('content-security-policy') ?? '')?.[1]
    expect(await nonce()).not.toBe(await nonce())
  })

  it('sandboxes API responses and uploaded files', async () => {
    const res = await fetch(`${hubURL()}/api/principles`)
    expect(res.headers.get('content-security-policy')).toContain('sandbox')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses the session cookie on a request from another site (CSRF), but accepts it from the Hub', async () => {
    const world = await createWorld(await testPayload())
    const email = world.users['setting-lead'].email
    const login = await fetch(`${hubURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    const me = async (origin: string) => (await (await fetch(`${hubURL()}/api/users/me`, { headers: { Origin: origin, Cookie: cookie } })).json()).user
    expect(await me('https://evil.example')).toBeNull()
    expect((await me(hubURL()))?.email).toBe(email)
  })
})
