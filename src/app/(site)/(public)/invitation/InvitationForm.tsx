'use client'
/** Choose a password to accept an invitation. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { acceptInvitationForm } from '@/portal/actions/invitation'
import { emptyForm } from '@/portal/actions/formState'

export function InvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(acceptInvitationForm, emptyForm)
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)?.message
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <input type="hidden" name="token" value={token} />
        {/* Lets password managers save the new password against the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <TextInput
          id="password"
          label="Choose a password"
          hint="At least 12 characters. A few unrelated words make a password that is strong and easy to remember."
          type="password"
          autoComplete="new-password"
          error={errorFor('password')}
        />
        <TextInput id="confirm" label="Confirm your password" type="password" autoComplete="new-password" error={errorFor('confirm')} />
        <button type="submit" className="button" disabled={pending}>
          Save the password and sign in
        </button>
      </form>
    </>
  )
}
