import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { RichText } from '@/components/RichText'
import { richTextToPlain } from '@/richtext/plainText'
import { publisherName } from '@/scrapbook/publisher'
import { STATUS_AFTER } from '@/scrapbook/statuses'
import { isSafeLink } from '@/richtext/links'
import { richTextProblems } from '@/richtext/safeRichText'
import { caseStudyDecisionEmail } from '@/email/scrapbookEmails'
import { type WritingEditor, richTextToWriting, writingToRichText } from '@/scrapbook/writing'

import { testWritingEditor } from '../helpers/writingEditor'

describe('writing a case study in the portal (the form hint’s own examples)', () => {
  let editor: WritingEditor
  beforeAll(async () => {
    editor = await testWritingEditor()
  })
  const toRich = (source: string) => writingToRichText(source, editor)
  const blocks = (source: string) =>
    (toRich(source).root.children as { type: string; tag?: string; listType?: string }[]).map(
      (n) => n.type + (n.tag ? `:${n.tag}` : '') + (n.listType ? `:${n.listType}` : ''),
    )
  const source = [
    '## What we did',
    'We set up a calm space.\nIt is open at lunch.',
    '- Worry monsters\n- Check-ins',
    '1. Plan\n2. Do',
    '> It helped me settle.',
    'More at https://www.annafreud.org/schools/ today.',
  ].join('\n\n')

  it('becomes headings, paragraphs, lists, quotes and links', () => {
    const state = toRich(source)
    expect(blocks(source)).toEqual(['heading:h2', 'paragraph', 'list:ul:bullet', 'list:ol:number', 'quote', 'paragraph'])
    const html = renderToStaticMarkup(RichText({ value: state }))
    expect(html).toMatch(
      /<a href="https:\/\/www\.annafreud\.org\/schools\/" rel="nofollow noopener noreferrer">(<span>)?https:\/\/www\.annafreud\.org\/schools\/(<\/span>)?<\/a>/,
    )
    expect(html).toContain('<blockquote>')
    expect(richTextToPlain(state)).toContain('We set up a calm space.')
  })

  it('starts a heading, a bullet or a numbered step on any line, without a blank line before it', () => {
    const written = 'Our first term.\n## What we did\nWe met weekly.\n- Worry monsters\n- Check-ins\n1. Plan\n2. Do'
    expect(blocks(written)).toEqual(['paragraph', 'heading:h2', 'paragraph', 'list:ul:bullet', 'list:ol:number'])
    const html = renderToStaticMarkup(RichText({ value: toRich(written) }))
    expect(html).not.toContain('##')
    expect(html).not.toMatch(/>\s*- /)
    expect(html).toMatch(/<h[23]>(<span>)?What we did(<\/span>)?<\/h[23]>/)
  })

  it('understands bold text and Markdown links, and keeps what it stores safe', () => {
    const state = toRich('We **really** liked [the toolkit](https://example.org/kit).')
    expect(richTextProblems(state)).toEqual([])
    const html = renderToStaticMarkup(RichText({ value: state }))
    expect(html).toContain('<strong>really</strong>')
    expect(html).toContain('href="https://example.org/kit"')
  })

  it('round-trips back to the same writing for editing (lines of one paragraph join, as in Markdown)', () => {
    const written = richTextToWriting(toRich(source), editor)
    expect(written).toBe(source.replace('We set up a calm space.\nIt is open at lunch.', 'We set up a calm space. It is open at lunch.'))
    expect(richTextToWriting(toRich(written), editor)).toBe(written)
  })

  it('never turns anything but http(s) and mailto into a link', () => {
    expect(isSafeLink('https://example.org')).toBe(true)
    expect(isSafeLink('mailto:a@b.org')).toBe(true)
    expect(isSafeLink('javascript:alert(1)')).toBe(false)
    expect(isSafeLink(' JavaScript:alert(1)')).toBe(false)
    expect(isSafeLink('data:text/html,<script>')).toBe(false)
    const html = renderToStaticMarkup(RichText({ value: toRich('javascript:alert(1) and <script>alert(2)</script> [x](javascript:alert(3))') }))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('href="javascript')
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

describe('moderation emails', () => {
  it('the “published” email links to the public page; the others to the setting’s own copy, where the feedback is acted on', () => {
    const published = caseStudyDecisionEmail({ title: 'Calm corner', decision: 'approved', feedback: '', id: 42 })
    expect(published.text).toMatch(/\/community\/42\b/)
    expect(published.html).toContain('See it in the Community Scrapbook')
    expect(published.text).not.toMatch(/\/scrapbook\/42\b/)
    const changes = caseStudyDecisionEmail({ title: 'Calm corner', decision: 'changes-requested', feedback: 'Shorter, please.', id: 42 })
    expect(changes.text).toMatch(/\/scrapbook\/42\b/)
    expect(changes.text).not.toMatch(/\/community\/42\b/)
  })
})
