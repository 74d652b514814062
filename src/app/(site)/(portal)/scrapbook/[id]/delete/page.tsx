/** Confirms deleting a case study (GOV.UK confirmation page: it works without JavaScript). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { deleteCaseStudy } from '@/portal/actions/scrapbook'
import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireLeadViewer } from '@/portal/requireViewer'

export const metadata: Metadata = { title: 'Delete a case study' }

type Props = { params: Promise<{ id: string }> }

export default async function DeleteCaseStudyPage({ params }: Props) {
  const { id } = await params
  const { user } = await requireLeadViewer('/scrapbook')
  const payload = await hubPayload()
  const study = await payload.findByID({
    collection: 'case-studies',
    id: portalDocumentId(id),
    depth: 0,
    select: { title: true, status: true, published: true },
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!study) notFound()
  const inCommunity = study.status === 'published' || !!study.published?.live
  return (
    <>
      <Link href={`/scrapbook/${study.id}`} className="back-link">
        Back to the case study
      </Link>
      <h1>Are you sure you want to delete “{study.title}”?</h1>
      <div className="inset inset--warning">
        <p>
          The case study and its images will be deleted
          {inCommunity ? ', and it will leave the Community Scrapbook at once' : ''}. This cannot be undone.
        </p>
      </div>
      <form action={deleteCaseStudy}>
        <input type="hidden" name="id" value={study.id} />
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Yes, delete it
          </button>
          <Link href={`/scrapbook/${study.id}`}>No, keep it</Link>
        </div>
      </form>
    </>
  )
}
