'use client'
/** Invite a colleague: their name, email address and role. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { inviteColleague } from '@/portal/actions/accounts'
import { emptyForm } from '@/portal/actions/formState'

const ROLES = [
  { value: 'setting-staff', label: 'Setting staff', hint: 'Works on the self-assessment, action plan, scrapbook and training.' },
  { value: 'setting-lead', label: 'Setting lead', hint: 'Can also submit the self-assessment, share case studies and manage accounts.' },
]

export function InviteForm() {
  const [state, action, pending] = useActionState(inviteColleague, emptyForm)
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)?.message
  const value = (name: string) => state.values?.[name] ?? ''
  const roleError = errorFor('role')
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <TextInput id="name" label="Full name" autoComplete="off" defaultValue={value('name')} error={errorFor('name')} maxLength={120} />
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={value('email')}
          error={errorFor('email')}
        />
        <div className={`form-group${roleError ? ' form-group--error' : ''}`} id="role">
          <fieldset className="fieldset" aria-describedby={roleError ? 'role-error' : undefined}>
            <legend className="fieldset__legend label">Role</legend>
            {roleError && (
              <p className="error-message" id="role-error">
                <span className="visually-hidden">Error:</span> {roleError}
              </p>
            )}
            <div className="radios">
              {ROLES.map((r) => (
                <div key={r.value} className="radios__item">
                  <input
                    className="radios__input"
                    id={`role-${r.value}`}
                    name="role"
                    type="radio"
                    value={r.value}
                    defaultChecked={(value('role') || 'setting-staff') === r.value}
                    aria-describedby={`role-${r.value}-hint`}
                  />
                  <label className="label radios__label" htmlFor={`role-${r.value}`}>
                    {r.label}
                  </label>
                  <div className="hint radios__hint" id={`role-${r.value}-hint`}>
                    {r.hint}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button" disabled={pending}>
          Send the invitation
        </button>
      </form>
    </>
  )
}
