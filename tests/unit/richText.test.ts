/** What rich text the Hub stores, and which links a person may follow. */
import { describe, expect, it } from 'vitest'

import { isSafeLink } from '@/richtext/links'
import { paragraphsToRichText } from '@/richtext/plainText'
import { richTextProblems } from '@/richtext/safeRichText'
import { writingToRichText } from '@/scrapbook/writing'

import { testWritingEditor } from '../helpers/writingEditor'

const text = (t: string, style = '') => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style, version: 1 })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })
const link = (url: string, linkType = 'custom') => ({ type: 'link', fields: { linkType, url }, children: [text('here')] })

describe('safe links', () => {
  it.each(['https://www.annafreud.org/schools/', 'http://example.org', 'mailto:head@school.example.org'])('follows %s', (url) => {
    expect(isSafeLink(url)).toBe(true)
  })
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    'data:text/html,<b>',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example',
    '/relative',
    '',
    null,
    42,
  ])('refuses %j', (url) => {
    expect(isSafeLink(url)).toBe(false)
  })
})

describe('rich text problems', () => {
  it('finds none in what the portal and the seed write', async () => {
    expect(
      richTextProblems(writingToRichText('## Heading\n\n- one\n- two\n\n> quoted\n\nSee https://example.org/a for more.', await testWritingEditor())),
    ).toEqual([])
    expect(richTextProblems(paragraphsToRichText(['One', 'Two']))).toEqual([])
    expect(richTextProblems(null)).toEqual([])
  })

  it('names each kind of danger', () => {
    expect(richTextProblems(doc(link('javascript:alert(1)')))[0]).toContain('“javascript:alert(1)”')
    expect(richTextProblems(doc({ type: 'autolink', fields: { url: 'data:text/html,x' }, children: [] }))[0]).toContain('data:')
    expect(richTextProblems(doc({ type: 'html', html: '<script>' }))).toEqual(['contains raw HTML, which is not allowed'])
    expect(richTextProblems(doc({ type: 'block', fields: {} }))[0]).toContain('unknown kind (“block”)')
    expect(richTextProblems(doc(text('x', 'background: URL(javascript:alert(1))')))).toEqual(['contains styling that is not allowed'])
    expect(richTextProblems(doc({ type: 'upload', relationTo: 'users', value: 1 }))).toEqual(['contains an upload that is not an image of the Hub'])
    expect(richTextProblems({ root: { type: 'paragraph' } })).toEqual(['is not rich text'])
    expect(richTextProblems('<p>html</p>')).toEqual(['is not rich text'])
  })

  it('accepts internal links (to a document) and harmless styling', () => {
    expect(richTextProblems(doc(link('', 'internal'), text('x', 'color: #005ea5')))).toEqual([])
  })

  it('refuses rich text nested deeper than any editor makes', () => {
    let node: Record<string, unknown> = text('deep')
    for (let i = 0; i < 60; i++) node = { type: 'quote', children: [node] }
    expect(richTextProblems(doc(node))).toContain('is nested too deeply')
  })
})
