'use client'
/** Type a certificate number to check it: works without JavaScript; with it, the answer appears without a page load. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { emptyForm } from '@/portal/actions/formState'
import { findCertificateByNumber } from '@/portal/actions/verify'

export function CertificateNumberForm() {
  const [state, action, pending] = useActionState(findCertificateByNumber, emptyForm)
  const error = state.errors.find((e) => e.field === 'certificateNumber')?.message
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <TextInput
          id="certificateNumber"
          label="Certificate number"
          hint="It is printed on the certificate, under the setting’s name."
          autoComplete="off"
          spellCheck={false}
          className="input--width-20"
          defaultValue={state.values?.certificateNumber}
          error={error}
        />
        <button type="submit" className="button" disabled={pending}>
          Check certificate
        </button>
      </form>
    </>
  )
}
