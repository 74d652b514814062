/** Your setting's accounts (setting leads only): who has an account, their role, status and last sign-in. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { ROLE_LABELS, sameId } from '@/access/roles'
import { accountStatusLabel } from '@/accounts/invitationRules'
import { formatDate } from '@/components/formatDate'
import { hubPayload } from '@/portal/payload'
import { requireSettingViewer } from '@/portal/requireViewer'

import { NotAllowed } from './NotAllowed'

export const metadata: Metadata = { title: 'Your setting’s accounts' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

export default async function AccountsPage({ searchParams }: Props) {
  const query = await searchParams
  const { user, setting } = await requireSettingViewer('/accounts')
  if (user.role !== 'setting-lead') return <NotAllowed />
  const payload = await hubPayload()
  const accounts = await payload.find({
    collection: 'users',
    where: { setting: { equals: setting.id } },
    sort: 'name',
    depth: 0,
    limit: 500,
    user,
    overrideAccess: false,
    select: { name: true, email: true, role: true, active: true, invitedAt: true, invitationExpiresAt: true, invitationAcceptedAt: true, lastSignInAt: true },
  })
  const nameOf = (id: string | undefined) => accounts.docs.find((a) => sameId(a.id, id))?.name ?? 'The account'
  const banner = one(query.invited)
    ? `Invitation sent to ${one(query.invited)}. The link in it works for 7 days.`
    : one(query.resent)
      ? `A new invitation has been sent to ${nameOf(one(query.resent))}. The old link no longer works.`
      : one(query.revoked)
        ? `The invitation to ${nameOf(one(query.revoked))} has been withdrawn. Its link no longer works.`
        : one(query.changed)
          ? `${nameOf(one(query.changed))}’s role has been changed.`
          : one(query.deactivated)
            ? `${nameOf(one(query.deactivated))}’s account has been deactivated. They have been signed out and cannot sign in.`
            : one(query.reactivated)
              ? `${nameOf(one(query.reactivated))}’s account has been reactivated.`
              : one(query.removed)
                ? `${one(query.removed)}’s account has been removed.`
                : null
  return (
    <>
      <span className="caption">{setting.name}</span>
      <h1>Your setting’s accounts</h1>
      {banner && (
        <div className="notification notification--success" role="status">
          <p>{banner}</p>
        </div>
      )}
      {one(query.error) === 'not-yours' && (
        <div className="notification" role="alert">
          <p>You can only manage the other accounts of your own setting.</p>
        </div>
      )}
      <p className="lead">Invite colleagues to the Hub, change their role, and deactivate or remove accounts that are no longer needed.</p>
      <p>
        <Link href="/accounts/invite" className="button">
          Invite a colleague
        </Link>
      </p>
      <div className="table-wrapper">
        <table className="table table--stack">
          <caption className="visually-hidden">Accounts of {setting.name}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last signed in</th>
            </tr>
          </thead>
          <tbody>
            {accounts.docs.map((a) => (
              <tr key={a.id}>
                <td>
                  {sameId(a.id, user.id) ? <>{a.name} (you)</> : <Link href={`/accounts/${a.id}`}>{a.name}</Link>}
                  <br />
                  <span className="hint">{a.email}</span>
                </td>
                <td data-label="Role">{ROLE_LABELS[a.role]}</td>
                <td data-label="Status">{accountStatusLabel(a)}</td>
                <td data-label="Last signed in">{a.lastSignInAt ? formatDate(a.lastSignInAt) : 'Never'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Your setting’s data</h2>
      <p>
        Download everything the Hub holds about {setting.name} — accounts, self-assessments, the action plan, case studies, staff and training — as a zip of
        spreadsheets. <Link href="/accounts/data">Download your setting’s data</Link>.
      </p>
    </>
  )
}
