/** Choose a new password, from the link in a reset email. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { ResetPasswordForm } from './ResetPasswordForm'

export const metadata: Metadata = { title: 'Choose a new password' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams
  return (
    <div className="two-thirds">
      <h1>Choose a new password</h1>
      {typeof token === 'string' && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          This reset link is not complete. Use the link in your email, or <Link href="/forgot-password">ask for a new one</Link>.
        </p>
      )}
    </div>
  )
}
