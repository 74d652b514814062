import { describe, expect, it } from 'vitest'

import { idOf, isServiceRole, isSettingRole, sameId, settingOf } from '@/access/roles'
import { validateSecret } from '@/config/env'
import { escapeHtml, renderHtml, renderText } from '@/email/layout'
import { parseFrom } from '@/email/sender'
import { safeReturnPath } from '@/portal/returnPath'
import { contentSecurityPolicy } from '@/proxy'
import { paragraphsToRichText, richTextToPlain } from '@/richtext/plainText'
import { awardTrackFor } from '@/settings/settingTypes'
import { isAcceptedFormat, storedFileName } from '@/uploads/imagePolicy'

describe('roles', () => {
  it('knows service roles from setting roles', () => {
    expect(isServiceRole('service-admin')).toBe(true)
    expect(isServiceRole('service-staff')).toBe(true)
    expect(isServiceRole('setting-lead')).toBe(false)
    expect(isSettingRole('setting-staff')).toBe(true)
    expect(isSettingRole(undefined)).toBe(false)
  })

  it('finds the id of a relationship whether populated or not', () => {
    expect(idOf(5)).toBe(5)
    expect(idOf('5')).toBe(5)
    expect(idOf({ id: 7 })).toBe(7)
    expect(idOf(null)).toBeNull()
    expect(sameId({ id: 3 }, '3')).toBe(true)
    expect(sameId(null, null)).toBe(false)
  })

  it('gives a setting only to setting users', () => {
    expect(settingOf({ id: 1, role: 'setting-lead', setting: { id: 9 } })).toBe(9)
    expect(settingOf({ id: 1, role: 'service-admin', setting: 9 })).toBeNull()
    expect(settingOf(null)).toBeNull()
  })
})

describe('award track', () => {
  it('sends colleges and sixth forms to the College Award and every other setting to the School Award', () => {
    expect(awardTrackFor('college')).toBe('college')
    expect(awardTrackFor('sixth-form')).toBe('college')
    for (const type of ['primary', 'secondary', 'special', 'alternative-provision', 'all-through'] as const) {
      expect(awardTrackFor(type)).toBe('school')
    }
  })
})

describe('production secret', () => {
  it('refuses a missing, short or default secret in production', () => {
    expect(() => validateSecret('', true)).toThrow(/PAYLOAD_SECRET/)
    expect(() => validateSecret('secret', true)).toThrow(/PAYLOAD_SECRET/)
    expect(() => validateSecret('YOUR_SECRET_HERE', true)).toThrow(/PAYLOAD_SECRET/)
    expect(() => validateSecret('a'.repeat(31), true)).toThrow(/at least 32/)
    expect(validateSecret('f'.repeat(64), true)).toBe('f'.repeat(64))
  })

  it('still requires some secret in development', () => {
    expect(() => validateSecret('', false)).toThrow(/not set/)
    expect(validateSecret('dev', false)).toBe('dev')
  })
})

describe('uploads', () => {
  it('accepts JPEG, PNG and WebP only', () => {
    expect(isAcceptedFormat('jpeg')).toBe(true)
    expect(isAcceptedFormat('png')).toBe(true)
    expect(isAcceptedFormat('webp')).toBe(true)
    expect(isAcceptedFormat('svg')).toBe(false)
    expect(isAcceptedFormat('gif')).toBe(false)
    expect(isAcceptedFormat('toString')).toBe(false)
    expect(isAcceptedFormat(undefined)).toBe(false)
  })

  it('names the stored file after its real format, without path tricks', () => {
    expect(storedFileName('holiday photo.JPG', 'jpeg')).toBe('holiday-photo.jpg')
    expect(storedFileName('../../etc/passwd.png', 'png')).toBe('etc-passwd.png')
    expect(storedFileName('evil.svg', 'webp')).toBe('evil.webp')
    expect(storedFileName('.png', 'png')).toBe('image.png')
  })
})

describe('sign-in return path', () => {
  it('follows only local paths', () => {
    expect(safeReturnPath('/dashboard')).toBe('/dashboard')
    expect(safeReturnPath('https://evil.example')).toBe('/dashboard')
    expect(safeReturnPath('//evil.example')).toBe('/dashboard')
    expect(safeReturnPath('/\\evil.example')).toBe('/dashboard')
    expect(safeReturnPath('/api/users')).toBe('/dashboard')
    expect(safeReturnPath(undefined)).toBe('/dashboard')
  })
})

describe('content security policy', () => {
  it('allows only nonce-marked scripts and forbids plugins, base tags and framing', () => {
    const csp = contentSecurityPolicy('abc', false)
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy('abc', true)).toContain("'unsafe-eval'")
  })
})

describe('email layout', () => {
  it('escapes text into HTML and keeps a text alternative', () => {
    expect(escapeHtml('<b>"Tom" & \'Jo\'</b>')).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jo&#39;&lt;/b&gt;')
    const content = { paragraphs: ['Hello <script>'], action: { label: 'Go', url: 'https://hub.example/x?a=1&b=2' } }
    expect(renderHtml(content)).toContain('Hello &lt;script&gt;')
    expect(renderHtml(content)).toContain('href="https://hub.example/x?a=1&amp;b=2"')
    expect(renderText(content)).toBe('Hello <script>\n\nGo: https://hub.example/x?a=1&b=2')
  })

  it('reads MAIL_FROM with or without a display name', () => {
    expect(parseFrom('Compassionate Schools Hub <hub@example.org>')).toEqual({ name: 'Compassionate Schools Hub', address: 'hub@example.org' })
    expect(parseFrom('hub@example.org')).toEqual({ name: 'Compassionate Schools Hub', address: 'hub@example.org' })
  })
})

describe('rich text', () => {
  it('round-trips plain paragraphs', () => {
    expect(richTextToPlain(paragraphsToRichText(['One.', 'Two.']))).toBe('One.\nTwo.')
    expect(richTextToPlain(null)).toBe('')
  })
})

describe('security headers', () => {
  it('adds HSTS only when served over HTTPS', async () => {
    const { securityHeaders } = await import('@/config/securityHeaders')
    const hsts = (https: boolean) => securityHeaders(https).find((h) => h.key === 'Strict-Transport-Security')
    expect(hsts(true)?.value).toMatch(/max-age=31536000/)
    expect(hsts(false)).toBeUndefined()
    expect(securityHeaders(false).map((h) => h.key)).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']))
  })
})
