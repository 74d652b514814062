'use client'
/** The scrapbook's forms: the case study itself, an image with its description, and sharing. */
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { TextInput } from '@/components/TextInput'
import { emptyForm } from '@/portal/actions/formState'
import { addImage, saveCaseStudy, shareAction } from '@/portal/actions/scrapbook'

interface StudyValues {
  id: number
  title: string
  summary: string
  body: string
  principles: number[]
  anonymous: boolean
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">Error:</span> {message}
    </p>
  ) : null
}

export function CaseStudyForm({ study, principles }: { study: StudyValues | null; principles: { id: number; label: string }[] }) {
  const [state, action, pending] = useActionState(saveCaseStudy, emptyForm)
  const error = (f: string) => state.errors.find((e) => e.field === f)?.message
  const value = (k: 'title' | 'summary' | 'body') => state.values?.[k] ?? study?.[k] ?? ''
  const chosen = new Set((state.values?.principles ?? study?.principles.join(',') ?? '').split(',').filter(Boolean).map(Number))
  const anonymous = state.values ? state.values.anonymous === 'yes' : !!study?.anonymous
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        {study && <input type="hidden" name="id" value={study.id} />}
        <TextInput id="title" label="Title" defaultValue={value('title')} error={error('title')} maxLength={150} />
        <div className={`form-group${error('summary') ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="summary">
            Summary
          </label>
          <div className="hint" id="summary-hint">
            One or two sentences, at most 300 characters, shown in the Community Scrapbook.
          </div>
          <FieldError id="summary" message={error('summary')} />
          <textarea
            className="textarea"
            id="summary"
            name="summary"
            rows={3}
            defaultValue={value('summary')}
            aria-describedby={`summary-hint${error('summary') ? ' summary-error' : ''}`}
          />
        </div>
        <div className={`form-group${error('body') ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="body">
            The case study
          </label>
          <div className="hint" id="body-hint">
            What you did, why, and what changed. Leave a blank line between paragraphs. Start a line with “## ” for a heading, “- ” for a bullet point, “1. ”
            for a numbered step or “&gt; ” for a quote. Web addresses become links. Do not include anything that identifies a pupil.
          </div>
          <FieldError id="body" message={error('body')} />
          <textarea
            className="textarea"
            id="body"
            name="body"
            rows={14}
            defaultValue={value('body')}
            aria-describedby={`body-hint${error('body') ? ' body-error' : ''}`}
          />
        </div>
        <div className={`form-group${error('principles') ? ' form-group--error' : ''}`} id="principles">
          <fieldset className="fieldset" aria-describedby="principles-hint">
            <legend className="fieldset__legend label">Principles</legend>
            <div className="hint" id="principles-hint">
              Choose the principles this case study shows.
            </div>
            <FieldError id="principles" message={error('principles')} />
            {principles.map((p) => (
              <div key={p.id} className="checkboxes__item">
                <input
                  className="checkboxes__input"
                  id={`principle-${p.id}`}
                  name="principles"
                  type="checkbox"
                  value={p.id}
                  defaultChecked={chosen.has(p.id)}
                />
                <label className="label checkboxes__label" htmlFor={`principle-${p.id}`}>
                  {p.label}
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        <div className="form-group">
          <div className="checkboxes__item">
            <input className="checkboxes__input" id="anonymous" name="anonymous" type="checkbox" value="yes" defaultChecked={anonymous} />
            <label className="label checkboxes__label" htmlFor="anonymous">
              In the Community Scrapbook, show our setting only by its type (for example “a Lancashire primary school”), not by name
            </label>
          </div>
        </div>
        <button type="submit" className="button" disabled={pending}>
          Save the case study
        </button>
      </form>
    </>
  )
}

export function ImageForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState(addImage, emptyForm)
  const error = (f: string) => state.errors.find((e) => e.field === f)?.message
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <input type="hidden" name="id" value={id} />
        <div className={`form-group${error('image') ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="image">
            Add an image
          </label>
          <div className="hint" id="image-hint">
            A JPEG, PNG or WebP image of at most 10 MB. No photos in which a pupil can be recognised. Location and other hidden details are removed.
          </div>
          <FieldError id="image" message={error('image')} />
          <input
            className="file-upload"
            id="image"
            name="image"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`image-hint${error('image') ? ' image-error' : ''}`}
          />
        </div>
        <TextInput
          id="alt"
          label="Describe the image"
          hint="For people who cannot see it, for example “Pupils’ worry monsters on the classroom wall”."
          defaultValue={state.values?.alt}
          error={error('alt')}
          maxLength={300}
        />
        <button type="submit" className="button button--secondary" disabled={pending}>
          Upload the image
        </button>
      </form>
    </>
  )
}

export function ShareForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState(shareAction, emptyForm)
  const error = state.errors.find((e) => e.field === 'confirm')?.message
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={action} noValidate>
        <input type="hidden" name="id" value={id} />
        <div className={`form-group${error ? ' form-group--error' : ''}`} id="confirm">
          <FieldError id="confirm-field" message={error} />
          <div className="checkboxes__item">
            <input className="checkboxes__input" id="confirm-input" name="confirm" type="checkbox" value="yes" />
            <label className="label checkboxes__label" htmlFor="confirm-input">
              I confirm that this case study, including its images, contains no information that identifies a pupil
            </label>
          </div>
        </div>
        <button type="submit" className="button" disabled={pending}>
          Share with the Community Scrapbook
        </button>
      </form>
    </>
  )
}
