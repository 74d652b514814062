/**
 * The public Community Scrapbook: published case studies, newest first, filtered by principle and setting type,
 * and searched with PostgreSQL full-text search (weighted title > summary > body, ranked, GIN-indexed).
 * Only the approved `published` version is ever read here.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { parseDocumentId, withoutControlCharacters } from '@/api/requestRules'

export const PER_PAGE = 12

export interface GalleryQuery {
  q?: string
  principle?: number | null
  settingType?: string | null
  page?: number
}

export interface GalleryEntry {
  id: number
  title: string
  summary: string
  publisherName: string
  settingType: string
  publishedAt: string
  principles: number[]
  image: { url: string } | null
}

export interface GalleryPage {
  entries: GalleryEntry[]
  total: number
  page: number
  pages: number
}

/**
 * Reads a search box's words safely: no operators are ever taken from the visitor (websearch syntax only), and no
 * control characters (PostgreSQL refuses a NUL byte in text outright).
 */
export const cleanQuery = (q: unknown): string => (typeof q === 'string' ? withoutControlCharacters(q).replace(/\s+/g, ' ').trim().slice(0, 200) : '')

/** A principle filter from the address: an id, or no filter at all when the value cannot be one. */
export const cleanPrinciple = (value: unknown): number | null => (parseDocumentId(value) as number | null) ?? null

export async function searchGallery(payload: Payload, query: GalleryQuery): Promise<GalleryPage> {
  const q = cleanQuery(query.q)
  const page = Number.isFinite(query.page) ? Math.max(1, Math.min(1000, Math.floor(query.page!))) : 1
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const search = q ? sql`AND cs.search @@ websearch_to_tsquery('english', ${q})` : sql``
  const type = query.settingType ? sql`AND cs.published_setting_type = ${query.settingType}` : sql``
  const principleId = cleanPrinciple(query.principle)
  const principle = principleId
    ? sql`AND EXISTS (SELECT 1 FROM case_studies_rels r WHERE r.parent_id = cs.id AND r.path = 'published.principles' AND r.principles_id = ${principleId})`
    : sql``
  const order = q ? sql`ts_rank(cs.search, websearch_to_tsquery('english', ${q})) DESC, cs.published_published_at DESC` : sql`cs.published_published_at DESC`
  // One query: the page of published versions with their principles and first image (its thumbnail where there is
  // one) — only the columns a gallery card shows, never the approved text's body.
  const result = await db.execute(sql`
    SELECT cs.id, cs.published_title AS title, cs.published_summary AS summary, cs.published_publisher_name AS publisher,
      cs.published_setting_type AS setting_type, cs.published_published_at AS published_at,
      ARRAY(SELECT r.principles_id FROM case_studies_rels r WHERE r.parent_id = cs.id AND r.path = 'published.principles' AND r.principles_id IS NOT NULL ORDER BY r."order") AS principles,
      (SELECT coalesce(m.sizes_thumbnail_filename, m.filename) FROM case_studies_rels r JOIN media m ON m.id = r.media_id
        WHERE r.parent_id = cs.id AND r.path = 'published.images' ORDER BY r."order" LIMIT 1) AS image,
      count(*) OVER () AS total
    FROM case_studies cs
    WHERE cs.published_live = true ${search} ${type} ${principle}
    ORDER BY ${order}, cs.id DESC
    LIMIT ${PER_PAGE} OFFSET ${(page - 1) * PER_PAGE}`)
  const rows = result.rows as {
    id: number
    title: string | null
    summary: string | null
    publisher: string | null
    setting_type: string | null
    published_at: Date | string | null
    principles: number[] | null
    image: string | null
    total: string | number
  }[]
  const total = rows.length ? Number(rows[0].total) : 0
  return {
    entries: rows.map((r) => ({
      id: Number(r.id),
      title: r.title ?? '',
      summary: r.summary ?? '',
      publisherName: r.publisher ?? '',
      settingType: r.setting_type ?? '',
      publishedAt: r.published_at instanceof Date ? r.published_at.toISOString() : (r.published_at ?? ''),
      principles: (r.principles ?? []).map(Number),
      image: r.image ? { url: `/api/media/file/${encodeURIComponent(r.image)}` } : null,
    })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PER_PAGE)),
  }
}

/** The access-checked addresses of images (`/api/media/file/…`), by id. */
export async function mediaURLs(
  payload: Payload,
  ids: number[],
): Promise<Map<number, { url: string; alt: string; width?: number | null; height?: number | null }>> {
  if (!ids.length) return new Map()
  const media = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: { filename: true, alt: true, width: true, height: true },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
  })
  return new Map(
    media.docs.map((m) => [m.id, { url: `/api/media/file/${encodeURIComponent(m.filename ?? '')}`, alt: m.alt, width: m.width, height: m.height }]),
  )
}

/** One published case study as the public sees it, or null (unpublished and unknown look the same). */
export async function publishedCaseStudy(payload: Payload, id: number) {
  const doc = await payload.findByID({ collection: 'case-studies', id, select: { published: true }, depth: 0, overrideAccess: true, disableErrors: true })
  return doc?.published?.live ? { id: doc.id, ...doc.published } : null
}
