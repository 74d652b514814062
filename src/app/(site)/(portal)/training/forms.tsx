'use client'
/** The Training Dashboard's forms: a member of staff, booking staff onto a session, and sending apologies. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { emptyForm } from '@/portal/actions/formState'
import { bookStaff, saveStaffMember, sendApologies } from '@/portal/actions/training'

export function StaffForm({ member, submitLabel }: { member: { id: number; name: string; jobRole: string; email: string } | null; submitLabel: string }) {
  const [state, action, pending] = useActionState(saveStaffMember, emptyForm)
  const error = (f: string) => state.errors.find((e) => e.field === f)?.message
  const value = (k: 'name' | 'jobRole' | 'email') => state.values?.[k] ?? member?.[k] ?? ''
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        {member && <input type="hidden" name="id" value={member.id} />}
        <TextInput id="name" label="Full name" defaultValue={value('name')} error={error('name')} maxLength={120} autoComplete="off" />
        <TextInput
          id="jobRole"
          label="Job role (optional)"
          hint="For example: teaching assistant, head of year 7."
          defaultValue={value('jobRole')}
          error={error('jobRole')}
          maxLength={120}
          autoComplete="off"
        />
        <TextInput
          id="email"
          label="Email address (optional)"
          hint="Booking confirmations and reminders go here too, as well as to your setting’s leads."
          type="email"
          spellCheck={false}
          defaultValue={value('email')}
          error={error('email')}
          autoComplete="off"
        />
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </form>
    </>
  )
}

export function BookStaffForm({ session, staff }: { session: number; staff: { id: number; name: string; jobRole: string | null; rebook: boolean }[] }) {
  const [state, action, pending] = useActionState(bookStaff, emptyForm)
  const error = state.errors.find((e) => e.field === 'staff')?.message
  const chosen = new Set((state.values?.staff ?? '').split(',').filter(Boolean).map(Number))
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <input type="hidden" name="session" value={session} />
        <div className={`form-group${error ? ' form-group--error' : ''}`} id="staff">
          <fieldset className="fieldset" aria-describedby={`staff-hint${error ? ' staff-error' : ''}`}>
            <legend className="fieldset__legend label">Choose the staff to book</legend>
            <div className="hint" id="staff-hint">
              Each gets a place while places are left, then goes on the waiting list.
            </div>
            {error && (
              <p className="error-message" id="staff-error">
                <span className="visually-hidden">Error:</span> {error}
              </p>
            )}
            {staff.map((s) => (
              <div key={s.id} className="checkboxes__item">
                <input className="checkboxes__input" id={`staff-${s.id}`} name="staff" type="checkbox" value={s.id} defaultChecked={chosen.has(s.id)} />
                <label className="label checkboxes__label" htmlFor={`staff-${s.id}`}>
                  {s.name}
                  {s.jobRole ? <span className="hint-inline"> ({s.jobRole})</span> : null}
                  {s.rebook ? <span className="hint-inline"> – apologies sent: book again</span> : null}
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        <button type="submit" className="button" disabled={pending}>
          Book staff
        </button>
      </form>
    </>
  )
}

export function ApologiesForm({ session, attendance, name }: { session: number; attendance: number; name: string }) {
  const [state, action, pending] = useActionState(sendApologies, emptyForm)
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate id="confirm">
        <input type="hidden" name="session" value={session} />
        <input type="hidden" name="attendance" value={attendance} />
        <button type="submit" className="button button--warning" disabled={pending}>
          Send apologies for {name}
        </button>
      </form>
    </>
  )
}
