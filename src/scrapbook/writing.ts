/**
 * The portal's plain way of writing a case study, turned into rich text by a real Markdown parser (the one of
 * Payload's Lexical editor, so what the form's hint promises works whether or not a blank line comes first):
 * "## " starts a heading, "- " a bulleted item, "1. " a numbered item, "> " a quote, **bold** and [links](…) work,
 * and a bare web address becomes a link (http and https only; everything else stays text).
 */
import { type SanitizedServerEditorConfig, convertLexicalToMarkdown, convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

import type { LexicalState } from '@/richtext/plainText'

type Node = Record<string, unknown>

export type WritingEditor = SanitizedServerEditorConfig

const editors = new WeakMap<SanitizedConfig, Promise<WritingEditor>>()

/** The editor configuration both conversions use (built once per Payload config). */
export function writingEditor(config: SanitizedConfig): Promise<WritingEditor> {
  let editor = editors.get(config)
  if (!editor) {
    editor = editorConfigFactory.default({ config })
    editors.set(config, editor)
  }
  return editor
}

const URL_PATTERN = /(https?:\/\/[^\s<>"')]+[^\s<>"'.,;:!?)])/g

const linkTo = (url: string, format: unknown, n: number): Node => ({
  type: 'link',
  version: 3,
  direction: null,
  format: '',
  indent: 0,
  id: `autolink-${n}`,
  fields: { linkType: 'custom', url, newTab: false },
  children: [{ type: 'text', text: url, format, detail: 0, mode: 'normal', style: '', version: 1 }],
})

/** Bare web addresses in text (outside links) become links; Markdown leaves them as text. Ids number the new links. */
function autolink(node: Node, links = { made: 0 }): Node {
  const children = node.children as Node[] | undefined
  if (!children || node.type === 'link' || node.type === 'autolink') return node
  return {
    ...node,
    children: children.flatMap((child): Node[] => {
      if (child.type !== 'text') return [autolink(child, links)]
      const text = String(child.text ?? '')
      const parts: Node[] = []
      let last = 0
      for (const match of text.matchAll(URL_PATTERN)) {
        if (match.index! > last) parts.push({ ...child, text: text.slice(last, match.index) })
        parts.push(linkTo(match[0], child.format ?? 0, links.made++))
        last = match.index! + match[0].length
      }
      if (!parts.length) return [child]
      if (last < text.length) parts.push({ ...child, text: text.slice(last) })
      return parts
    }),
  }
}

export function writingToRichText(source: string, editor: WritingEditor): LexicalState {
  const markdown = source.replace(/\r\n?/g, '\n').trim()
  const state = convertMarkdownToLexical({ editorConfig: editor, markdown }) as unknown as LexicalState
  return { root: autolink(state.root as Node) as LexicalState['root'] }
}

/** Back from rich text to the portal's way of writing, so that a case study can be edited again. */
export function richTextToWriting(state: unknown, editor: WritingEditor): string {
  const root = (state as LexicalState | null)?.root
  if (!root) return ''
  const withoutImages = { root: { ...root, children: ((root.children as Node[] | undefined) ?? []).filter((n) => n.type !== 'upload') } }
  // A link whose text is its own address was a bare address: it goes back to being one.
  return convertLexicalToMarkdown({ data: withoutImages as never, editorConfig: editor })
    .replace(/\[(https?:\/\/[^\]\s]+)\]\(\1\)/g, '$1')
    .trim()
}
