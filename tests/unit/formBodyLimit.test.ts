/** The size limit of a portal form's body: what the proxy refuses with 413 before Next reads it (and answers 500). */
import { describe, expect, it } from 'vitest'

import { FORM_BODY_MAX_BYTES, FORM_TOO_LARGE_MESSAGE, formBodyTooLarge } from '@/portal/formBodyLimit'
import { MAX_UPLOAD_BYTES } from '@/uploads/imagePolicy'

describe('formBodyTooLarge', () => {
  it('lets an image at the upload limit through, with room for the form’s fields', () => {
    expect(FORM_BODY_MAX_BYTES).toBeGreaterThan(MAX_UPLOAD_BYTES + 64 * 1024)
    expect(formBodyTooLarge('POST', '/scrapbook/12', String(MAX_UPLOAD_BYTES + 64 * 1024))).toBe(false)
  })

  it('refuses a page POST over the limit (fast-check’s 1.1 MB join request was a 500 at Next’s default of 1 MB)', () => {
    expect(formBodyTooLarge('POST', '/join', String(1_100_000))).toBe(false)
    expect(formBodyTooLarge('POST', '/join', String(FORM_BODY_MAX_BYTES + 1))).toBe(true)
  })

  it('leaves API routes, other methods and bodies of unknown length to their own limits', () => {
    expect(formBodyTooLarge('POST', '/api/media', String(FORM_BODY_MAX_BYTES + 1))).toBe(false)
    expect(formBodyTooLarge('GET', '/join', String(FORM_BODY_MAX_BYTES + 1))).toBe(false)
    expect(formBodyTooLarge('POST', '/join', null)).toBe(false)
    expect(formBodyTooLarge('POST', '/join', 'lots')).toBe(false)
  })

  it('says how large a form may be', () => {
    expect(FORM_TOO_LARGE_MESSAGE).toContain('10 MB')
  })
})
