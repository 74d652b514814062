/** Confirms removing a colleague's account (GOV.UK confirmation page: it works without JavaScript). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { mayManageAccount } from '@/accounts/invitationRules'
import { removeAccount } from '@/portal/actions/accounts'
import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

import { NotAllowed } from '../../NotAllowed'

export const metadata: Metadata = { title: 'Remove an account' }

type Props = { params: Promise<{ id: string }> }

export default async function RemoveAccountPage({ params }: Props) {
  const { id } = await params
  const { user } = await requireSettingViewer(`/accounts/${id}/remove`)
  if (user.role !== 'setting-lead') return <NotAllowed />
  const payload = await hubPayload()
  const account = await payload.findByID({ collection: 'users', id: portalDocumentId(id), depth: 0, user, overrideAccess: false, disableErrors: true })
  if (!account || !mayManageAccount(user, account)) notFound()
  return (
    <>
      <Link href={`/accounts/${account.id}`} className="back-link">
        Back to {account.name}’s account
      </Link>
      <h1>Are you sure you want to remove {account.name}’s account?</h1>
      <div className="inset inset--warning">
        <p>They will be signed out at once and will not be able to sign in again. This cannot be undone: to give them access later, invite them again.</p>
      </div>
      <form action={removeAccount}>
        <input type="hidden" name="id" value={account.id} />
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Yes, remove the account
          </button>
          <Link href={`/accounts/${account.id}`}>No, keep it</Link>
        </div>
      </form>
    </>
  )
}
