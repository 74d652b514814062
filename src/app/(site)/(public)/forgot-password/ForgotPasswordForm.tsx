'use client'
/** The forgotten-password form. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { requestPasswordReset } from '@/portal/actions/auth'
import { emptyForm } from '@/portal/actions/formState'

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordReset, emptyForm)
  if (state.notice) {
    return (
      <div className="notification notification--success" role="status">
        <h2 className="heading-m">Check your email</h2>
        <p>{state.notice}</p>
      </div>
    )
  }
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.values?.email}
          error={state.errors[0]?.message}
        />
        <button type="submit" className="button" disabled={pending}>
          Send the reset link
        </button>
      </form>
    </>
  )
}
