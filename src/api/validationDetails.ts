/**
 * Payload's answer to a failed field validation, with its field-by-field details: in the built Hub the error reaches
 * Payload's formatter as a copy of ValidationError from another bundle, which it does not recognise, so the
 * client got the summary ("The following field is invalid: …") without saying which rule was broken.
 */
import type { AfterErrorHook } from 'payload'

interface FieldProblem {
  path: string
  message: string
  label?: unknown
}

/** For every collection and global (a root hook of the config): each field's own message and path reach the client. */
export const keepValidationDetails: AfterErrorHook = ({ error }) => {
  const e = error as { name?: string; status?: number; message?: string; data?: { errors?: FieldProblem[] } }
  if (e?.name !== 'ValidationError' || !Array.isArray(e.data?.errors) || !e.data.errors.length) return
  const errors = e.data.errors.map(({ path, message }) => ({ path, message }))
  return { response: { errors: [{ name: 'ValidationError', message: e.message ?? 'Invalid data.', data: { errors } }] }, status: e.status ?? 400 }
}
