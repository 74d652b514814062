'use client'
/** The new-password form. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { resetPassword } from '@/portal/actions/auth'
import { emptyForm } from '@/portal/actions/formState'

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPassword, emptyForm)
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)?.message
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <input type="hidden" name="token" value={token} />
        <TextInput
          id="password"
          label="New password"
          hint="At least 12 characters. A few unrelated words make a password that is strong and easy to remember."
          type="password"
          autoComplete="new-password"
          error={errorFor('password')}
        />
        <TextInput id="confirm" label="Confirm your new password" type="password" autoComplete="new-password" error={errorFor('confirm')} />
        <button type="submit" className="button" disabled={pending}>
          Save the new password
        </button>
      </form>
    </>
  )
}
