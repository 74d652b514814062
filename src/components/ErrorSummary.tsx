'use client'
/** The list of what is wrong on a form, shown at its top and focused so that screen readers announce it. */
import { useEffect, useRef } from 'react'

export interface FieldError {
  field: string
  message: string
}

export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (errors.length) ref.current?.focus()
    // GOV.UK: while a page shows an error summary its title begins "Error: " (screen readers announce it first).
    const prefix = 'Error: '
    if (errors.length && !document.title.startsWith(prefix)) document.title = prefix + document.title
    if (!errors.length && document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length)
  }, [errors])
  if (!errors.length) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.field + e.message}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
