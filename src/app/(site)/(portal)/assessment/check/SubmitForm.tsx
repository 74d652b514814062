'use client'
/** Submits the self-assessment; any question still unanswered comes back in the error summary. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { submitDraft } from '@/portal/actions/assessment'
import { emptyForm } from '@/portal/actions/formState'

export function SubmitForm({ assessment }: { assessment: number }) {
  const [state, action, pending] = useActionState(submitDraft, emptyForm)
  return (
    <form action={action}>
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="assessment" value={assessment} />
      <button type="submit" className="button" disabled={pending}>
        Submit the self-assessment
      </button>
    </form>
  )
}
