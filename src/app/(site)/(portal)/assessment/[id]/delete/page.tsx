/** Confirms deleting the self-assessment in progress (GOV.UK confirmation page: it works without JavaScript). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { formatDate } from '@/components/formatDate'
import { discardDraft } from '@/portal/actions/assessment'
import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireLeadViewer } from '@/portal/requireViewer'

export const metadata: Metadata = { title: 'Delete your self-assessment in progress' }

type Props = { params: Promise<{ id: string }> }

export default async function DeleteDraftPage({ params }: Props) {
  const { id } = await params
  const { user } = await requireLeadViewer('/assessment')
  const payload = await hubPayload()
  const draft = await payload.findByID({
    collection: 'assessments',
    id: portalDocumentId(id),
    depth: 0,
    select: { status: true, answers: true, updatedAt: true },
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (draft?.status !== 'draft') notFound()
  const answered = (draft.answers ?? []).length
  return (
    <>
      <Link href="/assessment" className="back-link">
        Back to the self-assessment
      </Link>
      <h1>Are you sure you want to delete your self-assessment in progress?</h1>
      <div className="inset inset--warning">
        <p>
          {answered === 1 ? 'The 1 answer' : `All ${answered} answers`} in it, last saved on {formatDate(draft.updatedAt)}, will be lost. This cannot be undone.
        </p>
      </div>
      <form action={discardDraft}>
        <input type="hidden" name="assessment" value={draft.id} />
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Yes, delete it
          </button>
          <Link href="/assessment">No, keep it</Link>
        </div>
      </form>
    </>
  )
}
