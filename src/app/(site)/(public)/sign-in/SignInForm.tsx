'use client'
/** The sign-in form: works without JavaScript; with it, errors appear without a page load. */
import Link from 'next/link'
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { signIn } from '@/portal/actions/auth'
import { emptyForm } from '@/portal/actions/formState'

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signIn, emptyForm)
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)?.message
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <input type="hidden" name="next" value={next} />
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.values?.email}
          error={errorFor('email')}
        />
        <TextInput id="password" label="Password" type="password" autoComplete="current-password" error={errorFor('password')} />
        <button type="submit" className="button" disabled={pending}>
          Sign in
        </button>
      </form>
      <p>
        <Link href="/forgot-password">I have forgotten my password</Link>
      </p>
      <p>
        Your setting does not have an account yet? <Link href="/join">Ask to join the Hub</Link>.
      </p>
    </>
  )
}
