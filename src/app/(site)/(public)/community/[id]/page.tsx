/** One published case study, as approved by the service, with its images. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/RichText'
import { formatDate } from '@/components/formatDate'
import { hubPayload } from '@/portal/payload'
import { mediaURLs, publishedCaseStudy } from '@/scrapbook/gallery'
import { portalDocumentId } from '@/portal/documentId'

type Props = { params: Promise<{ id: string }> }

async function load(idParam: string) {
  const id = portalDocumentId(idParam)
  const payload = await hubPayload()
  const study = await publishedCaseStudy(payload, id)
  if (!study) notFound()
  const imageIds = (study.images ?? []).map((i) => (typeof i === 'object' ? i.id : i))
  const [images, principles] = await Promise.all([
    mediaURLs(payload, imageIds),
    payload.find({
      collection: 'principles',
      where: { id: { in: (study.principles ?? []).map((p) => (typeof p === 'object' ? p.id : p)) } },
      depth: 0,
      overrideAccess: false,
    }),
  ])
  return { study, images: imageIds.flatMap((id) => (images.has(id) ? [{ id, ...images.get(id)! }] : [])), principles: principles.docs }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { study } = await load((await params).id)
  return { title: study.title ?? 'Case study', description: study.summary ?? undefined }
}

export default async function CaseStudyPage({ params }: Props) {
  const { study, images, principles } = await load((await params).id)
  const byId = new Map(images.map((i) => [i.id, i]))
  return (
    <article>
      <Link href="/community" className="back-link">
        Community Scrapbook
      </Link>
      <h1>{study.title}</h1>
      <p className="case-card__meta">
        Shared by {study.publisherName} · {formatDate(study.publishedAt)}
      </p>
      <p className="lead">{study.summary}</p>
      <ul className="tag-list" aria-label="Principles">
        {principles.map((p) => (
          <li key={p.id} className="tag">
            {p.label}
          </li>
        ))}
      </ul>
      <RichText
        value={study.body}
        image={(id) => {
          const img = byId.get(Number(id))
          return img ?? null
        }}
      />
      {images.length > 0 && (
        <section aria-labelledby="images-heading">
          <h2 id="images-heading">Images</h2>
          <ul className="image-grid">
            {images.map((img) => (
              <li key={img.id}>
                <img src={img.url} alt={img.alt} width={img.width ?? undefined} height={img.height ?? undefined} loading="lazy" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
