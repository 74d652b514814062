/**
 * The principle column of the question bank's list, rendered on the server with the principle's name, so the list
 * never flashes "<No Principle>" while the browser fetches the names one request later.
 */
import type { DefaultServerCellComponentProps } from 'payload'
import type { Payload } from 'payload'
import { cache } from 'react'

/** Every principle's "N. Label", read once per request (there are eight). */
const principleNames = cache(async (payload: Payload): Promise<Map<number, string>> => {
  const { docs } = await payload.find({
    collection: 'principles',
    depth: 0,
    limit: 100,
    pagination: false,
    select: { order: true, label: true },
    overrideAccess: true,
  })
  return new Map(docs.map((p) => [p.id, `${p.order}. ${p.label}`]))
})

export async function PrincipleCell({ cellData, payload, link, linkURL }: DefaultServerCellComponentProps) {
  const id = Number(typeof cellData === 'object' && cellData !== null ? (cellData as { id?: unknown }).id : cellData)
  const name = Number.isInteger(id) ? ((await principleNames(payload)).get(id) ?? '—') : '—'
  return link && linkURL ? <a href={linkURL}>{name}</a> : <span>{name}</span>
}
