/**
 * What rich text the Hub stores: the node types its editors make, links only to web or mail addresses, no raw HTML
 * and no CSS that could load a script. Refused at save (422 naming the problem), so that no renderer, export or
 * email ever meets a `javascript:` link, whatever the client sent.
 */
import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isSafeLink } from './links'

/** The node types of the Hub's Lexical editors (Payload's default feature set included); anything else is refused. */
const KNOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'linebreak',
  'tab',
  'list',
  'listitem',
  'quote',
  'link',
  'autolink',
  'upload',
  'relationship',
  'horizontalrule',
])

const UNSAFE_STYLE = /url\s*\(|expression\s*\(|javascript:|@import|behaviou?r\s*:/i

const quote = (value: string) => `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`

/** Every problem in a Lexical state, as sentences; empty when it is safe to store. */
export function richTextProblems(state: unknown): string[] {
  const problems: string[] = []
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object') return
    if (depth > 50) {
      problems.push('is nested too deeply')
      return
    }
    const n = node as {
      type?: unknown
      fields?: { url?: unknown; linkType?: unknown }
      url?: unknown
      style?: unknown
      children?: unknown
      relationTo?: unknown
    }
    const type = typeof n.type === 'string' ? n.type : ''
    if (type === 'html') problems.push('contains raw HTML, which is not allowed')
    else if (!KNOWN_NODES.has(type)) problems.push(`contains an element of an unknown kind (${quote(type || 'none')})`)
    if (type === 'link' || type === 'autolink') {
      const url = n.fields?.url ?? n.url
      const internal = n.fields?.linkType === 'internal'
      if (!internal && !isSafeLink(url)) {
        problems.push(`contains a link to ${quote(String(url ?? ''))}: links must be web or email addresses starting with https://, http:// or mailto:`)
      }
    }
    if (type === 'upload' && n.relationTo !== 'media') problems.push('contains an upload that is not an image of the Hub')
    if (typeof n.style === 'string' && UNSAFE_STYLE.test(n.style)) problems.push('contains styling that is not allowed')
    if (Array.isArray(n.children)) for (const child of n.children) visit(child, depth + 1)
  }
  const root = (state as { root?: unknown } | null)?.root
  if (state !== null && state !== undefined && (typeof root !== 'object' || (root as { type?: unknown }).type !== 'root')) return ['is not rich text']
  if (root) visit(root, 0)
  return [...new Set(problems)]
}

/** Refuses a write whose rich-text fields (top level) hold anything `richTextProblems` finds. */
export const refuseDangerousRichText: CollectionBeforeValidateHook = ({ collection, data }) => {
  if (!data) return data
  for (const field of collection.fields) {
    if (field.type !== 'richText' || !(field.name in data) || data[field.name] == null) continue
    const problems = richTextProblems(data[field.name])
    if (problems.length) {
      const label = typeof field.label === 'string' ? field.label : field.name
      throw new APIError(`The ${label.toLowerCase()} ${problems.join('; ')}.`, 422, { field: field.name, problems }, true)
    }
  }
  return data
}
