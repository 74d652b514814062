/** Conversions between plain paragraphs and Lexical rich text, for seed content and plain-text views. */

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

export interface LexicalState {
  root: LexicalNode & Record<string, unknown>
  [key: string]: unknown
}

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

export function paragraphsToRichText(paragraphs: string[]): LexicalState {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((p) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [textNode(p)],
      })),
    },
  }
}

/** The text of rich text, one block per line: for CSV, PDF, emails and search. */
export function richTextToPlain(state: unknown): string {
  const root = (state as LexicalState | null)?.root
  if (!root) return ''
  const walk = (node: LexicalNode): string =>
    node.type === 'text' ? (node.text ?? '') : node.type === 'linebreak' ? '\n' : (node.children ?? []).map(walk).join('')
  return (root.children ?? []).map(walk).join('\n').trim()
}
