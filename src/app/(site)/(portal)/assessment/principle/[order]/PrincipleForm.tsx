'use client'
/**
 * The questions of one principle. Without JavaScript the Continue button saves the page; with it, each answer is
 * also saved the moment it is chosen (and each note when the reader leaves it), and a status message says so.
 */
import { useActionState, useRef, useState, type FocusEvent, type FormEvent } from 'react'

import { ANSWER_OPTIONS } from '@/assessment/scoring'
import { ErrorSummary } from '@/components/ErrorSummary'
import { saveAnswer, savePrinciple } from '@/portal/actions/assessment'
import { emptyForm } from '@/portal/actions/formState'

export interface QuestionView {
  id: number
  number: number
  prompt: string
  guidance: string[]
  value: string | null
  evidence: string
}

export function PrincipleForm({ assessment, questions, next }: { assessment: number; questions: QuestionView[]; next: number | null }) {
  const [state, action, pending] = useActionState(savePrinciple, emptyForm)
  const [status, setStatus] = useState('')
  const form = useRef<HTMLFormElement>(null)

  async function saveOne(question: number) {
    if (!form.current) return
    const all = new FormData(form.current)
    const one = new FormData()
    one.set('questions', String(question))
    const value = all.get(`answer-${question}`)
    if (typeof value === 'string') one.set(`answer-${question}`, value)
    one.set(`evidence-${question}`, String(all.get(`evidence-${question}`) ?? ''))
    setStatus('Saving…')
    const { saved } = await saveAnswer(one)
    setStatus(saved ? `Answer to question ${questions.find((q) => q.id === question)?.number} saved` : 'Not saved: check the evidence note')
  }

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement
    if (target.type === 'radio') void saveOne(Number(target.dataset.question))
  }
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const target = event.target as unknown as HTMLTextAreaElement
    if (target.tagName === 'TEXTAREA' && target.value !== target.defaultValue) void saveOne(Number(target.dataset.question))
  }
  const errorFor = (name: string) => state.errors.find((e) => e.field === name)?.message

  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form ref={form} action={action} onChange={onChange} onBlur={onBlur} noValidate>
        <input type="hidden" name="assessment" value={assessment} />
        <input type="hidden" name="next" value={next ?? ''} />
        {questions.map((q) => (
          <div key={q.id} className="form-group question" id={`question-${q.id}`}>
            <input type="hidden" name="questions" value={q.id} />
            <fieldset className="fieldset" aria-describedby={q.guidance.length ? `guidance-${q.id}` : undefined}>
              <legend className="fieldset__legend">
                <h2 className="fieldset__heading">
                  <span className="visually-hidden">Question </span>
                  {q.number}. {q.prompt}
                </h2>
              </legend>
              {q.guidance.length > 0 && (
                <details className="details" id={`guidance-${q.id}`}>
                  <summary className="details__summary">What “embedded” looks like</summary>
                  <div className="details__text">
                    {q.guidance.map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                  </div>
                </details>
              )}
              <div className="radios">
                {ANSWER_OPTIONS.map((o) => (
                  <div key={o.value} className={`radios__item${o.value === 'na' ? ' radios__item--divided' : ''}`}>
                    <input
                      className="radios__input"
                      id={`answer-${q.id}-${o.value}`}
                      name={`answer-${q.id}`}
                      type="radio"
                      value={o.value}
                      defaultChecked={q.value === o.value}
                      data-question={q.id}
                    />
                    <label className="label radios__label" htmlFor={`answer-${q.id}-${o.value}`}>
                      {o.value === 'na' ? o.label : `${o.value} ${o.label}`}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <div className={`form-group evidence${errorFor(`evidence-${q.id}`) ? ' form-group--error' : ''}`}>
              <label className="label label--s" htmlFor={`evidence-${q.id}`}>
                Evidence note for question {q.number} (optional)
              </label>
              {errorFor(`evidence-${q.id}`) && (
                <p className="error-message" id={`evidence-${q.id}-error`}>
                  <span className="visually-hidden">Error:</span> {errorFor(`evidence-${q.id}`)}
                </p>
              )}
              <textarea
                className="textarea"
                id={`evidence-${q.id}`}
                name={`evidence-${q.id}`}
                rows={3}
                maxLength={2000}
                defaultValue={q.evidence}
                data-question={q.id}
                aria-describedby={errorFor(`evidence-${q.id}`) ? `evidence-${q.id}-error` : undefined}
              />
            </div>
          </div>
        ))}
        <p className="visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
        <button type="submit" className="button" disabled={pending}>
          {next ? 'Save and continue' : 'Save and check your answers'}
        </button>
      </form>
    </>
  )
}
