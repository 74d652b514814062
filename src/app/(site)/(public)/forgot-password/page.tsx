/** Ask for a password reset link by email. */
import type { Metadata } from 'next'

import { ForgotPasswordForm } from './ForgotPasswordForm'

export const metadata: Metadata = { title: 'Reset your password' }

export default function ForgotPasswordPage() {
  return (
    <div className="two-thirds">
      <h1>Reset your password</h1>
      <p>Enter the email address of your Hub account. We will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
    </div>
  )
}
