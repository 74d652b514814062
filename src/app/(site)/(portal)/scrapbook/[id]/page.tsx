/** Write or edit a case study; add images; share it with the Community Scrapbook, or withdraw it. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'
import { removeImage, withdrawAction } from '@/portal/actions/scrapbook'
import { mediaURLs } from '@/scrapbook/gallery'
import { EDITABLE_BY_STAFF, SHAREABLE } from '@/scrapbook/statuses'
import { richTextToWriting, writingEditor } from '@/scrapbook/writing'

import { StatusTag } from '../StatusTag'
import { CaseStudyForm, ImageForm, ShareForm } from './forms'
import { portalDocumentId } from '@/portal/documentId'

export const metadata: Metadata = { title: 'Case study' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const NOTICES: Record<string, string> = {
  saved: 'The case study has been saved.',
  shared: 'The case study has been shared. The LEHSS team will review it and email you their decision.',
  withdrawn: 'The case study has been withdrawn. It is private to your setting again.',
  'image-added': 'The image has been added.',
}

export default async function CaseStudyEditPage({ params, searchParams }: Props) {
  const { id } = await params
  const query = await searchParams
  const { user } = await requireSettingViewer(`/scrapbook/${id}`)
  const payload = await hubPayload()
  const principles = await payload.find({ collection: 'principles', sort: 'order', limit: 20, depth: 0, overrideAccess: false })
  let study = null
  if (id !== 'new') {
    study = await payload.findByID({ collection: 'case-studies', id: portalDocumentId(id), depth: 0, user, overrideAccess: false, disableErrors: true })
    if (!study) notFound()
  }
  const isLead = user.role === 'setting-lead'
  const canEdit = !study || isLead || EDITABLE_BY_STAFF.includes(study.status)
  const imageIds = (study?.images ?? []).map((i) => (typeof i === 'object' ? i.id : i))
  const images = await mediaURLs(payload, imageIds)
  const notice = Object.keys(NOTICES).find((k) => query[k])

  return (
    <>
      <Link href="/scrapbook" className="back-link">
        Back to the scrapbook
      </Link>
      {notice && (
        <div className="notification notification--success" role="status">
          <p>{NOTICES[notice]}</p>
        </div>
      )}
      <h1>{study ? study.title : 'Write a case study'}</h1>
      {study && (
        <p>
          Status: <StatusTag status={study.status} live={!!study.published?.live} />
        </p>
      )}
      {study?.feedback && (study.status === 'changes-requested' || study.status === 'rejected') && (
        <div className="inset inset--warning">
          <h2 className="heading-m">{study.status === 'rejected' ? 'Why it was not published' : 'What the moderator asked you to change'}</h2>
          <p>{study.feedback}</p>
        </div>
      )}
      {study?.status === 'published' && isLead && (
        <p className="inset">Changes you save go back to the LEHSS team; the approved version stays public until they approve the new one.</p>
      )}
      {canEdit ? (
        <CaseStudyForm
          study={
            study
              ? {
                  id: study.id,
                  title: study.title,
                  summary: study.summary,
                  body: richTextToWriting(study.body, await writingEditor(payload.config)),
                  principles: (study.principles ?? []).map((p) => (typeof p === 'object' ? p.id : p)),
                  anonymous: !!study.anonymous,
                }
              : null
          }
          principles={principles.docs.map((p) => ({ id: p.id, label: `${p.order}. ${p.label}` }))}
        />
      ) : (
        <p className="inset">Only your setting lead can change this case study now that it has been shared.</p>
      )}

      {study && (
        <section aria-labelledby="images-heading" id="images">
          <h2 id="images-heading">Images</h2>
          {imageIds.length === 0 && <p>No images yet. You can add up to 6.</p>}
          <ul className="image-grid">
            {imageIds.map((imageId) => {
              const img = images.get(imageId)
              return img ? (
                <li key={imageId}>
                  <img src={img.url} alt={img.alt} loading="lazy" />
                  {canEdit && (
                    <form action={removeImage}>
                      <input type="hidden" name="id" value={study.id} />
                      <input type="hidden" name="image" value={imageId} />
                      <button type="submit" className="button button--secondary">
                        Remove<span className="visually-hidden"> the image “{img.alt}”</span>
                      </button>
                    </form>
                  )}
                </li>
              ) : null
            })}
          </ul>
          {canEdit && imageIds.length < 6 && <ImageForm id={study.id} />}
        </section>
      )}

      {study && isLead && (
        <section aria-labelledby="share-heading">
          <h2 id="share-heading">Share with the Community Scrapbook</h2>
          {study.status === 'pending' ? (
            <p>This case study is waiting for the LEHSS team to review it.</p>
          ) : SHAREABLE.includes(study.status) && study.status !== 'published' ? (
            <ShareForm id={study.id} />
          ) : (
            <p>
              The approved version is in the Community Scrapbook. <Link href={`/community/${study.id}`}>See it as the public does</Link>.
            </p>
          )}
          {(study.status !== 'private' || study.published?.live) && (
            <form action={withdrawAction}>
              <input type="hidden" name="id" value={study.id} />
              <button type="submit" className="button button--secondary">
                Withdraw from the Community Scrapbook
              </button>
            </form>
          )}
          <p>
            <Link href={`/scrapbook/${study.id}/delete`} className="button button--warning">
              Delete this case study
            </Link>
          </p>
        </section>
      )}
    </>
  )
}
