'use client'
/** The action form: what, who, by when, how far it has got. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { removeAction, saveAction } from '@/portal/actions/actionPlan'
import { emptyForm } from '@/portal/actions/formState'

interface ActionValues {
  id: number
  title: string
  owner: string
  dueDate: string
  status: string
  notes: string
}

const STATUSES = [
  { value: 'not-started', label: 'Not started' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
]

/** Where a new action comes from when it is added from a report: its recommendation, whose title it starts with. */
export interface ActionSource {
  assessment: number
  recommendation: number
  title: string
}

export function ActionForm({ action, source = null }: { action: ActionValues | null; source?: ActionSource | null }) {
  const [state, formAction, pending] = useActionState(saveAction, emptyForm)
  const value = (k: keyof ActionValues) => state.values?.[k] ?? (action ? String(action[k]) : k === 'title' && source ? source.title : '')
  const errorFor = (f: string) => state.errors.find((e) => e.field === f)?.message
  const statusError = errorFor('status')
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={formAction} noValidate>
        {action && <input type="hidden" name="id" value={action.id} />}
        {source && (
          <>
            <input type="hidden" name="assessment" value={source.assessment} />
            <input type="hidden" name="recommendation" value={source.recommendation} />
          </>
        )}
        <TextInput id="title" label="Action" defaultValue={value('title')} error={errorFor('title')} />
        <TextInput id="owner" label="Owner" hint="Who will do it: a name or a role." defaultValue={value('owner')} error={errorFor('owner')} />
        <TextInput id="dueDate" label="Due date" type="date" defaultValue={value('dueDate')} error={errorFor('dueDate')} className="input--date" />
        <div className={`form-group${statusError ? ' form-group--error' : ''}`} id="status">
          <fieldset className="fieldset">
            <legend className="fieldset__legend label">Status</legend>
            {statusError && <p className="error-message">{statusError}</p>}
            <div className="radios">
              {STATUSES.map((s) => (
                <div key={s.value} className="radios__item">
                  <input
                    className="radios__input"
                    id={`status-${s.value}`}
                    name="status"
                    type="radio"
                    value={s.value}
                    defaultChecked={(value('status') || 'not-started') === s.value}
                  />
                  <label className="label radios__label" htmlFor={`status-${s.value}`}>
                    {s.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="notes">
            Notes (optional)
          </label>
          <textarea className="textarea" id="notes" name="notes" rows={4} maxLength={4000} defaultValue={value('notes')} />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {source ? 'Add to action plan' : 'Save the action'}
        </button>
      </form>
      {action && (
        <form action={removeAction}>
          <input type="hidden" name="id" value={action.id} />
          <button type="submit" className="button button--warning">
            Remove this action
          </button>
        </form>
      )}
    </>
  )
}
