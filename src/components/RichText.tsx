/**
 * Renders stored rich text as React elements from a short list of known nodes. Text is always text (React
 * escapes it), links only with http(s)/mailto addresses, and no attribute comes from the stored data except a
 * vetted link address and an image's own media URL and alt text — so nothing stored can run script.
 */
import type { ReactNode } from 'react'

import { isSafeLink } from '@/richtext/links'

interface Node {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  fields?: { url?: unknown; newTab?: unknown }
  value?: unknown
  children?: Node[]
}

export type ImageLookup = (id: unknown) => { url: string; alt: string; width?: number | null; height?: number | null } | null

function renderText(node: Node, key: number): ReactNode {
  let out: ReactNode = node.text ?? ''
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & 1) out = <strong key={`b${key}`}>{out}</strong>
  if (format & 2) out = <em key={`i${key}`}>{out}</em>
  return <span key={key}>{out}</span>
}

function render(nodes: Node[] | undefined, image: ImageLookup): ReactNode[] {
  return (nodes ?? []).map((node, key) => {
    const children = () => render(node.children, image)
    switch (node.type) {
      case 'text':
        return renderText(node, key)
      case 'linebreak':
        return <br key={key} />
      case 'paragraph':
        return <p key={key}>{children()}</p>
      case 'heading':
        return node.tag === 'h3' ? <h4 key={key}>{children()}</h4> : <h3 key={key}>{children()}</h3>
      case 'list':
        return node.listType === 'number' ? <ol key={key}>{children()}</ol> : <ul key={key}>{children()}</ul>
      case 'listitem':
        return <li key={key}>{children()}</li>
      case 'quote':
        return <blockquote key={key}>{children()}</blockquote>
      case 'link':
      case 'autolink': {
        const url = node.fields?.url
        return isSafeLink(url) ? (
          <a key={key} href={url} rel="nofollow noopener noreferrer">
            {children()}
          </a>
        ) : (
          <span key={key}>{children()}</span>
        )
      }
      case 'upload': {
        const found = image(typeof node.value === 'object' && node.value !== null ? (node.value as { id?: unknown }).id : node.value)
        return found ? (
          <img key={key} src={found.url} alt={found.alt} width={found.width ?? undefined} height={found.height ?? undefined} className="rich-text__image" />
        ) : null
      }
      default:
        return node.children ? <span key={key}>{children()}</span> : null
    }
  })
}

export function RichText({ value, image = () => null }: { value: unknown; image?: ImageLookup }) {
  const root = (value as { root?: Node } | null)?.root
  return <div className="rich-text">{render(root?.children, image)}</div>
}
