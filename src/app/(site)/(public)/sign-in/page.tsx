/** Sign in to the portal. Service users are sent on to the admin panel. */
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { isServiceRole } from '@/access/roles'
import { currentViewer } from '@/portal/payload'
import { safeReturnPath } from '@/portal/returnPath'

import { SignInForm } from './SignInForm'

export const metadata: Metadata = { title: 'Sign in' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams
  const viewer = await currentViewer()
  if (viewer) redirect(isServiceRole(viewer.user.role) ? '/admin' : safeReturnPath(params.next))
  return (
    <div className="two-thirds">
      {params['signed-out'] && (
        <div className="notification notification--success" role="status">
          <p>You have signed out.</p>
        </div>
      )}
      {params.invitation === 'accepted' && (
        <div className="notification notification--success" role="status">
          <p>Your password has been saved. Sign in with your email address and new password.</p>
        </div>
      )}
      {params['password-reset'] && (
        <div className="notification notification--success" role="status">
          <p>Your password has been changed.</p>
        </div>
      )}
      <h1>Sign in</h1>
      <SignInForm next={safeReturnPath(params.next)} />
    </div>
  )
}
