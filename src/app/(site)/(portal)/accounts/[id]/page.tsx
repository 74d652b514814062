/** One colleague's account (setting leads only): change their role, deactivate or reactivate, remove, or manage the invitation. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ROLE_LABELS } from '@/access/roles'
import { accountStatus, accountStatusLabel, awaitsAcceptance, mayManageAccount } from '@/accounts/invitationRules'
import { formatDate } from '@/components/formatDate'
import { changeRole, resendInvitationForm, revokeInvitationForm, setActive } from '@/portal/actions/accounts'
import { portalDocumentId } from '@/portal/documentId'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

import { NotAllowed } from '../NotAllowed'

export const metadata: Metadata = { title: 'Manage an account' }

type Props = { params: Promise<{ id: string }> }

const ROLES = ['setting-staff', 'setting-lead'] as const

export default async function AccountPage({ params }: Props) {
  const { id } = await params
  const { user } = await requireSettingViewer(`/accounts/${id}`)
  if (user.role !== 'setting-lead') return <NotAllowed />
  const payload = await hubPayload()
  const account = await payload.findByID({ collection: 'users', id: portalDocumentId(id), depth: 0, user, overrideAccess: false, disableErrors: true })
  if (!account || !mayManageAccount(user, account)) notFound()
  const status = accountStatus(account)
  return (
    <div className="two-thirds">
      <Link href="/accounts" className="back-link">
        Back to your setting’s accounts
      </Link>
      <h1>{account.name}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Email address</dt>
          <dd className="summary-list__value">{account.email}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Role</dt>
          <dd className="summary-list__value">{ROLE_LABELS[account.role]}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Status</dt>
          <dd className="summary-list__value">{accountStatusLabel(account)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Last signed in</dt>
          <dd className="summary-list__value">{account.lastSignInAt ? formatDate(account.lastSignInAt) : 'Never'}</dd>
        </div>
      </dl>

      {awaitsAcceptance(account) && status !== 'deactivated' && (
        <>
          <h2>Invitation</h2>
          <p>
            {status === 'invited'
              ? 'They have not accepted the invitation yet. Sending a new one replaces the link: the old one stops working.'
              : 'The invitation can no longer be used. Send a new one if they still need an account.'}
          </p>
          <div className="button-group">
            <form action={resendInvitationForm}>
              <input type="hidden" name="id" value={account.id} />
              <button type="submit" className="button button--secondary">
                Send a new invitation
              </button>
            </form>
            {status === 'invited' && (
              <form action={revokeInvitationForm}>
                <input type="hidden" name="id" value={account.id} />
                <button type="submit" className="button button--secondary">
                  Withdraw the invitation
                </button>
              </form>
            )}
          </div>
        </>
      )}

      <h2>Role</h2>
      <form action={changeRole}>
        <input type="hidden" name="id" value={account.id} />
        <div className="form-group">
          <fieldset className="fieldset">
            <legend className="fieldset__legend label">Their role in your setting</legend>
            <div className="radios">
              {ROLES.map((role) => (
                <div key={role} className="radios__item">
                  <input className="radios__input" id={`role-${role}`} name="role" type="radio" value={role} defaultChecked={account.role === role} />
                  <label className="label radios__label" htmlFor={`role-${role}`}>
                    {ROLE_LABELS[role]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button button--secondary">
          Change the role
        </button>
      </form>

      <h2>{account.active === false ? 'Reactivate the account' : 'Deactivate the account'}</h2>
      <p>
        {account.active === false
          ? 'Reactivating lets them sign in again with their password.'
          : 'Deactivating signs them out at once and stops them signing in. You can reactivate the account later.'}
      </p>
      <form action={setActive}>
        <input type="hidden" name="id" value={account.id} />
        <input type="hidden" name="active" value={account.active === false ? 'true' : 'false'} />
        <button type="submit" className="button button--secondary">
          {account.active === false ? 'Reactivate the account' : 'Deactivate the account'}
        </button>
      </form>

      <h2>Remove the account</h2>
      <p>Removing the account deletes it for good. Their work in your setting stays.</p>
      <p>
        <Link href={`/accounts/${account.id}/remove`} className="button button--warning">
          Remove the account
        </Link>
      </p>
    </div>
  )
}
