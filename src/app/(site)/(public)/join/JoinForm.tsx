'use client'
/** The "Join the Hub" form: works without JavaScript; with it, errors appear without a page load. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { emptyForm } from '@/portal/actions/formState'
import { sendJoinRequest } from '@/portal/actions/join'
import { LIMITS } from '@/joining/rules'
import { SETTING_TYPES } from '@/settings/settingTypes'

export function JoinForm({ formToken }: { formToken: string }) {
  const [state, action, pending] = useActionState(sendJoinRequest, emptyForm)
  const value = (name: string) => state.values?.[name] ?? ''
  const errorFor = (name: string) => state.errors.find((e) => e.field === name)?.message
  const typeError = errorFor('settingType')
  const messageError = errorFor('message')
  const consentError = errorFor('consent')
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <input type="hidden" name="formToken" value={state.values?.formToken || formToken} />
        <h2 className="heading-m">Your setting</h2>
        <TextInput
          id="settingName"
          label="Name of your school or college"
          autoComplete="organization"
          maxLength={LIMITS.settingName}
          defaultValue={value('settingName')}
          error={errorFor('settingName')}
        />
        <TextInput
          id="urn"
          label="URN (Unique Reference Number)"
          hint="6 digits. You can find it on Get Information about Schools, for example 119234."
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          className="input--width-20"
          defaultValue={value('urn')}
          error={errorFor('urn')}
        />
        <div className={`form-group${typeError ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="settingType">
            Type of setting
          </label>
          {typeError && (
            <p className="error-message" id="settingType-error">
              <span className="visually-hidden">Error:</span> {typeError}
            </p>
          )}
          <select
            className="select"
            id="settingType"
            name="settingType"
            defaultValue={value('settingType')}
            aria-describedby={typeError ? 'settingType-error' : undefined}
            aria-invalid={typeError ? true : undefined}
          >
            <option value="">Choose a type</option>
            {SETTING_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <TextInput
          id="district"
          label="District"
          hint="For example Preston, Burnley or West Lancashire."
          maxLength={LIMITS.district}
          defaultValue={value('district')}
          error={errorFor('district')}
        />
        <h2 className="heading-m">About you</h2>
        <TextInput
          id="contactName"
          label="Full name"
          autoComplete="name"
          maxLength={LIMITS.contactName}
          defaultValue={value('contactName')}
          error={errorFor('contactName')}
        />
        <TextInput
          id="jobTitle"
          label="Job title"
          hint="For example Senior Mental Health Lead or Headteacher."
          autoComplete="organization-title"
          maxLength={LIMITS.jobTitle}
          defaultValue={value('jobTitle')}
          error={errorFor('jobTitle')}
        />
        <TextInput
          id="email"
          label="Email address"
          hint="Your work email address. If the request is approved, we will send your account invitation here."
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={value('email')}
          error={errorFor('email')}
        />
        <div className={`form-group${messageError ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="message">
            Message (optional)
          </label>
          <div className="hint" id="message-hint">
            Anything the team should know, in {LIMITS.message} characters or fewer.
          </div>
          {messageError && (
            <p className="error-message" id="message-error">
              <span className="visually-hidden">Error:</span> {messageError}
            </p>
          )}
          <textarea
            className="textarea"
            id="message"
            name="message"
            rows={5}
            defaultValue={value('message')}
            aria-describedby={`message-hint${messageError ? ' message-error' : ''}`}
            aria-invalid={messageError ? true : undefined}
          />
        </div>
        {/* A honeypot: hidden from people and from assistive technology; a form-filling script fills it in. */}
        <div className="join-extra" aria-hidden="true">
          <label htmlFor="website">Leave this field empty</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <div className={`form-group${consentError ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={consentError ? 'consent-error' : undefined}>
            <legend className="fieldset__legend label">Contact about your request</legend>
            {consentError && (
              <p className="error-message" id="consent-error">
                <span className="visually-hidden">Error:</span> {consentError}
              </p>
            )}
            <div className="checkboxes__item">
              <input className="checkboxes__input" id="consent" name="consent" type="checkbox" value="yes" defaultChecked={value('consent') === 'yes'} />
              <label className="label checkboxes__label" htmlFor="consent">
                The Hub’s team (LEHSS) may contact me by email about this request
              </label>
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button" disabled={pending}>
          Send the request
        </button>
      </form>
    </>
  )
}
