import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/RichText'
import { richTextToPlain } from '@/richtext/plainText'
import { publisherName } from '@/scrapbook/publisher'
import { STATUS_AFTER } from '@/scrapbook/statuses'
import { isSafeLink } from '@/richtext/links'
import { richTextToWriting, writingToRichText } from '@/scrapbook/writing'

describe('writing a case study in the portal', () => {
  const source = [
    '## What we did',
    'We set up a calm space.\nIt is open at lunch.',
    '- Worry monsters\n- Check-ins',
    '1. Plan\n2. Do',
    '> It helped me settle.',
    'More at https://www.annafreud.org/schools/ today.',
  ].join('\n\n')

  it('becomes headings, paragraphs, lists, quotes and links', () => {
    const state = writingToRichText(source)
    const types = (state.root.children as { type: string; tag?: string; listType?: string }[]).map(
      (n) => n.type + (n.tag ? `:${n.tag}` : '') + (n.listType ? `:${n.listType}` : ''),
    )
    expect(types).toEqual(['heading:h2', 'paragraph', 'list:ul:bullet', 'list:ol:number', 'quote', 'paragraph'])
    const html = renderToStaticMarkup(RichText({ value: state }))
    expect(html).toMatch(
      /<a href="https:\/\/www\.annafreud\.org\/schools\/" rel="nofollow noopener noreferrer">(<span>)?https:\/\/www\.annafreud\.org\/schools\/(<\/span>)?<\/a>/,
    )
    expect(html).toContain('<blockquote>')
    expect(richTextToPlain(state)).toContain('We set up a calm space.')
  })

  it('round-trips back to the same writing for editing', () => {
    expect(richTextToWriting(writingToRichText(source))).toBe(source.replace('\nIt is open at lunch.', '\nIt is open at lunch.'))
  })

  it('never turns anything but http(s) and mailto into a link', () => {
    expect(isSafeLink('https://example.org')).toBe(true)
    expect(isSafeLink('mailto:a@b.org')).toBe(true)
    expect(isSafeLink('javascript:alert(1)')).toBe(false)
    expect(isSafeLink(' JavaScript:alert(1)')).toBe(false)
    expect(isSafeLink('data:text/html,<script>')).toBe(false)
    const html = renderToStaticMarkup(RichText({ value: writingToRichText('javascript:alert(1) and <script>alert(2)</script>') }))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('href')
  })
})

describe('rendering stored rich text', () => {
  it('renders hostile stored content inert', () => {
    const hostile = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)><script>alert(1)</script>' }] },
          { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [{ type: 'text', text: 'click' }] },
          { type: 'html', html: '<script>alert(3)</script>', onerror: 'alert(4)', children: [] },
          { type: 'paragraph', onclick: 'alert(5)', style: 'x', children: [{ type: 'text', text: 'ok', format: 1 }] },
        ],
      },
    }
    const html = renderToStaticMarkup(RichText({ value: hostile }))
    // No element or attribute comes from the stored data: what looks like markup is escaped text.
    expect(html).not.toMatch(/<(script|img|iframe)/i)
    expect(html).not.toMatch(/<[^>]*\s(on\w+|style)=/i)
    expect(html).not.toContain('href="javascript')
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('<strong>ok</strong>')
  })
})

describe('publisher name and decisions', () => {
  it('names the setting, or only its kind when it chose to be anonymous', () => {
    expect(publisherName({ name: 'Brookside Primary School', type: 'primary' }, false)).toBe('Brookside Primary School')
    expect(publisherName({ name: 'Brookside Primary School', type: 'primary' }, true)).toBe('a Lancashire primary school')
    expect(publisherName({ name: 'Ribble Valley College', type: 'college' }, true)).toBe('a Lancashire college')
  })

  it('moves a case study to the state its decision names', () => {
    expect(STATUS_AFTER).toEqual({ approved: 'published', 'changes-requested': 'changes-requested', rejected: 'rejected' })
  })
})
