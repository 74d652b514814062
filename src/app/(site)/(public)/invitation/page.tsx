/** Accept an invitation from its link: choose a password; a link that cannot be used says why and what to do. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { createLocalReq } from 'payload'

import { ROLE_LABELS } from '@/access/roles'
import type { LinkProblem } from '@/accounts/invitationRules'
import { findInvitation } from '@/accounts/invitations'
import { hubPayload } from '@/portal/payload'

import { InvitationForm } from './InvitationForm'

export const metadata: Metadata = { title: 'Accept your invitation' }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const ASK_AGAIN = 'Ask the person who invited you, or the Compassionate Schools Hub team, to send you a new invitation.'

const PROBLEMS: Record<LinkProblem, { title: string; body: string[] }> = {
  unknown: {
    title: 'This invitation link does not work',
    body: ['The link may be incomplete, or a newer invitation has been sent since: only the link in the latest invitation email works.', ASK_AGAIN],
  },
  used: {
    title: 'This invitation has already been accepted',
    body: ['A password has already been chosen with this link, so it cannot be used again.'],
  },
  expired: {
    title: 'This invitation has expired',
    body: ['Invitation links work for 7 days.', ASK_AGAIN],
  },
  revoked: {
    title: 'This invitation has been withdrawn',
    body: [
      'The invitation was withdrawn, so the link no longer works.',
      'If you think you should have an account, ask the person who invited you or the Compassionate Schools Hub team.',
    ],
  },
  deactivated: {
    title: 'This account has been deactivated',
    body: [
      'The account this invitation was for has been deactivated.',
      'If you think you should have an account, ask your setting’s lead or the Compassionate Schools Hub team.',
    ],
  },
}

export default async function InvitationPage({ searchParams }: Props) {
  const { token } = await searchParams
  const payload = await hubPayload()
  const found = await findInvitation(await createLocalReq({}, payload), token)
  if ('problem' in found) {
    const problem = PROBLEMS[found.problem]
    return (
      <div className="two-thirds">
        <h1>{problem.title}</h1>
        {problem.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {found.problem === 'used' ? (
          <p>
            <Link href="/sign-in">Sign in</Link> with your email address and password, or <Link href="/forgot-password">reset your password</Link> if you have
            forgotten it.
          </p>
        ) : (
          <p>
            Already have an account? <Link href="/sign-in">Sign in</Link>.
          </p>
        )}
      </div>
    )
  }
  const { account } = found
  return (
    <div className="two-thirds">
      <h1>Accept your invitation</h1>
      <p>
        You have been invited to the Compassionate Schools Hub as {ROLE_LABELS[account.role].toLowerCase()}. Your account’s email address is{' '}
        <strong>{account.email}</strong>.
      </p>
      <p>Choose a password to finish setting up your account. You will then be signed in.</p>
      <InvitationForm token={typeof token === 'string' ? token : ''} email={account.email} />
    </div>
  )
}
