/** The site's own error page and the service navigation's notion of the current area, rendered without a browser. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import ServiceError from '@/app/(site)/error'
import { isCurrentArea } from '@/components/ServiceNavigation'

describe('the site’s 500 page', () => {
  it('says what happened in plain words, offers to try again and a way back, and quotes the reference', () => {
    const html = renderToStaticMarkup(createElement(ServiceError, { error: Object.assign(new Error('boom'), { digest: 'abc123' }), reset: () => {} }))
    expect(html).toContain('<h1>Sorry, there is a problem with the service</h1>')
    expect(html).toContain('Try again')
    expect(html).toContain('href="/dashboard"')
    expect(html).toContain('quote reference abc123')
    expect(html).not.toContain('boom')
  })
})

describe('the current area of the service navigation', () => {
  it('is the page itself or any page under it, never a page that merely starts with the same letters', () => {
    expect(isCurrentArea('/training', '/training')).toBe(true)
    expect(isCurrentArea('/training/staff/3', '/training')).toBe(true)
    expect(isCurrentArea('/trainingx', '/training')).toBe(false)
    expect(isCurrentArea('/assessment/5/report', '/assessment')).toBe(true)
    expect(isCurrentArea('/actions', '/assessment')).toBe(false)
  })
})
