/** The public Community Scrapbook: published case studies, newest first, with search and filters. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { hubPayload } from '@/portal/payload'
import { PER_PAGE, cleanPrinciple, cleanQuery, searchGallery } from '@/scrapbook/gallery'
import { SETTING_TYPES, settingTypeLabel } from '@/settings/settingTypes'
import { formatDate } from '@/components/formatDate'

export const metadata: Metadata = { title: 'Community Scrapbook' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export default async function CommunityPage({ searchParams }: Props) {
  const params = await searchParams
  const q = cleanQuery(one(params.q))
  const principle = cleanPrinciple(one(params.principle))
  const type = SETTING_TYPES.some((t) => t.value === one(params.type)) ? (one(params.type) as string) : null
  const page = Number(one(params.page)) || 1
  const payload = await hubPayload()
  const [principles, gallery] = await Promise.all([
    payload.find({ collection: 'principles', sort: 'order', limit: 20, depth: 0, overrideAccess: false }),
    searchGallery(payload, { q, principle, settingType: type, page }),
  ])
  const label = new Map(principles.docs.map((p) => [p.id, p.label]))
  const link = (n: number) =>
    `/community?${new URLSearchParams({ ...(q ? { q } : {}), ...(principle ? { principle: String(principle) } : {}), ...(type ? { type } : {}), page: String(n) })}`
  const first = (gallery.page - 1) * PER_PAGE + 1

  return (
    <>
      <h1>Community Scrapbook</h1>
      <p className="lead">What has worked in Lancashire’s schools and colleges, shared by the settings themselves and checked by the LEHSS team.</p>
      <search aria-label="Case studies">
        <form method="get" action="/community" className="filters">
          <div className="form-group">
            <label className="label" htmlFor="q">
              Search case studies
            </label>
            <input className="input" id="q" name="q" type="search" defaultValue={q} />
          </div>
          <div className="filters__row">
            <div className="form-group">
              <label className="label" htmlFor="principle">
                Principle
              </label>
              <select className="select" id="principle" name="principle" defaultValue={principle ?? ''}>
                <option value="">All principles</option>
                {principles.docs.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.order}. {p.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="label" htmlFor="type">
                Type of setting
              </label>
              <select className="select" id="type" name="type" defaultValue={type ?? ''}>
                <option value="">All settings</option>
                {SETTING_TYPES.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="button">
            Search
          </button>
        </form>
      </search>

      <h2 className="heading-m" aria-live="polite">
        {gallery.total === 0
          ? 'No case studies found'
          : `${gallery.total} ${gallery.total === 1 ? 'case study' : 'case studies'}${gallery.total > PER_PAGE ? `, showing ${first} to ${first + gallery.entries.length - 1}` : ''}`}
      </h2>
      <ul className="card-list">
        {gallery.entries.map((e) => (
          <li key={e.id} className="card case-card">
            {e.image && <img src={e.image.url} alt="" className="case-card__image" loading="lazy" />}
            <h3 className="heading-m">
              <Link href={`/community/${e.id}`}>{e.title}</Link>
            </h3>
            <p className="case-card__meta">
              {e.publisherName} · <span className="case-card__type">{settingTypeLabel(e.settingType)}</span> · {formatDate(e.publishedAt)}
            </p>
            <p>{e.summary}</p>
            <ul className="tag-list" aria-label="Principles">
              {e.principles.map((p) => (
                <li key={p} className="tag">
                  {label.get(p)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {gallery.pages > 1 && (
        <nav className="pagination" aria-label="Pages of results">
          {gallery.page > 1 && (
            <Link href={link(gallery.page - 1)} rel="prev">
              Previous<span className="visually-hidden"> page</span>
            </Link>
          )}
          <span>
            Page {gallery.page} of {gallery.pages}
          </span>
          {gallery.page < gallery.pages && (
            <Link href={link(gallery.page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span>
            </Link>
          )}
        </nav>
      )}
    </>
  )
}
