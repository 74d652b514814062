/** The id in a portal address (`/scrapbook/12`): the site's 404 page when it cannot be an id, never a failing query. */
import { notFound } from 'next/navigation'

import { parseDocumentId } from '@/api/requestRules'

export function portalDocumentId(raw: string): number {
  const id = parseDocumentId(raw, 'number')
  if (id === null) notFound()
  return id as number
}
