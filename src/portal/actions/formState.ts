/** What a portal form's server action returns to the page: the errors to show and the values to keep. */
import type { FieldError } from '@/components/ErrorSummary'

export interface FormState {
  errors: FieldError[]
  values?: Record<string, string>
  /** A message to show once the action succeeded without leaving the page. */
  notice?: string
}

export const emptyForm: FormState = { errors: [] }

export const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}
