/** How a portal form action answers the Hub's refusal of its request (an id that is not the person's, a bad value): never as a 500. */
import { notFound } from 'next/navigation'

import type { FormState } from './formState'

const isNextSignal = (error: unknown) => /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(String((error as { digest?: unknown })?.digest ?? ''))

/** The status of a refusal by the Hub's rules (400–499), or null for a fault (and for Next's redirects). */
export function refusalStatus(error: unknown): number | null {
  if (isNextSignal(error)) return null
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

/**
 * Runs a form's work on a record named by the form. A record the person cannot see or change, or an id that is no
 * id, is answered with the site's "Page not found" (404): a browser only sends such an id when it was made up, and
 * the page must not say whether another setting's record exists.
 */
export async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (refusalStatus(error) !== null) notFound()
    throw error
  }
}

/** The same for a form that shows its errors: the refusal as an error against `field`, with the values kept. */
export async function orFormError<T>(work: () => Promise<T>, field: string, values?: Record<string, string>): Promise<T | FormState> {
  try {
    return await work()
  } catch (error) {
    const status = refusalStatus(error)
    if (status === null) throw error
    const message =
      status === 403 || status === 404
        ? 'This record is not one you can change. Go back and open it again from your list.'
        : ((error as Error).message ?? 'This could not be saved.')
    return { errors: [{ field, message }], values }
  }
}
