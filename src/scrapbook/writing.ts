/**
 * The portal's plain way of writing a case study, turned into rich text: blank lines separate paragraphs,
 * "## " starts a heading, "- " a bulleted item, "1. " a numbered item, "> " a quote, and a web address becomes
 * a link (http and https addresses only; everything else stays text).
 */
import type { LexicalState } from '@/richtext/plainText'

type Node = Record<string, unknown>

const text = (value: string): Node => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: Node[], extra: Node = {}): Node => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })

const URL_PATTERN = /(https?:\/\/[^\s<>"')]+[^\s<>"'.,;:!?)])/g

function inline(line: string): Node[] {
  const nodes: Node[] = []
  let last = 0
  for (const match of line.matchAll(URL_PATTERN)) {
    if (match.index! > last) nodes.push(text(line.slice(last, match.index)))
    nodes.push(block('link', [text(match[0])], { fields: { linkType: 'custom', url: match[0], newTab: false }, id: `link-${nodes.length}` }))
    last = match.index! + match[0].length
  }
  if (last < line.length) nodes.push(text(line.slice(last)))
  return nodes
}

export function writingToRichText(source: string): LexicalState {
  const children: Node[] = []
  const paragraphs = source
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
  for (const p of paragraphs) {
    const lines = p.split('\n').map((l) => l.trim())
    if (lines.length === 1 && /^#{2,3}\s+/.test(lines[0])) {
      const level = lines[0].startsWith('###') ? 'h3' : 'h2'
      children.push(block('heading', inline(lines[0].replace(/^#{2,3}\s+/, '')), { tag: level }))
    } else if (lines.every((l) => /^[-*]\s+/.test(l))) {
      children.push(
        block(
          'list',
          lines.map((l, i) => block('listitem', inline(l.replace(/^[-*]\s+/, '')), { value: i + 1 })),
          { listType: 'bullet', tag: 'ul', start: 1 },
        ),
      )
    } else if (lines.every((l) => /^\d+[.)]\s+/.test(l))) {
      children.push(
        block(
          'list',
          lines.map((l, i) => block('listitem', inline(l.replace(/^\d+[.)]\s+/, '')), { value: i + 1 })),
          { listType: 'number', tag: 'ol', start: 1 },
        ),
      )
    } else if (lines.every((l) => l.startsWith('>'))) {
      children.push(block('quote', inline(lines.map((l) => l.replace(/^>\s?/, '')).join(' '))))
    } else {
      children.push(
        block(
          'paragraph',
          lines.flatMap((l, i) => (i ? [{ type: 'linebreak', version: 1 }, ...inline(l)] : inline(l))),
          { textFormat: 0, textStyle: '' },
        ),
      )
    }
  }
  return { root: block('root', children) as LexicalState['root'] }
}

/** Back from rich text to the portal's way of writing, so that a case study can be edited again. */
export function richTextToWriting(state: unknown): string {
  const root = (state as LexicalState | null)?.root
  if (!root) return ''
  const inlineText = (node: Node): string =>
    node.type === 'text' ? String(node.text ?? '') : node.type === 'linebreak' ? '\n' : ((node.children as Node[] | undefined) ?? []).map(inlineText).join('')
  return ((root.children as Node[] | undefined) ?? [])
    .map((node) => {
      const children = (node.children as Node[] | undefined) ?? []
      if (node.type === 'heading') return `${node.tag === 'h3' ? '###' : '##'} ${inlineText(node)}`
      if (node.type === 'list') return children.map((item, i) => `${node.listType === 'number' ? `${i + 1}.` : '-'} ${inlineText(item)}`).join('\n')
      if (node.type === 'quote') return `> ${inlineText(node)}`
      if (node.type === 'upload') return ''
      return inlineText(node)
    })
    .filter(Boolean)
    .join('\n\n')
}
