/**
 * A database that cannot be reached is answered as what it is: a 503 with a message a person understands and a
 * Retry-After, instead of Payload's bare 500 "Something went wrong." (which says neither that the fault is not the
 * client's nor that trying again later will work).
 */
import type { AfterErrorHook } from 'payload'

import { noteDatabaseOutage, signInHitOutage } from '@/db/outageState'

/** Node's socket errors, and PostgreSQL's connection-exception class (08…), shutdowns (57P0x) and "too many connections". */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
])

/** node-postgres reports some of these with a message and no code. */
const CONNECTION_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error and is not queryable/i,
  /cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /terminating connection due to administrator command/i,
]

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The Hub is temporarily unavailable: it cannot reach its database. Please try again in a minute. If what you were saving does not appear then, save it again.'

/** The digest that marks a page's error as "database unavailable" for the site's error pages. */
export const DATABASE_UNAVAILABLE_DIGEST = 'HUB_DATABASE_UNAVAILABLE'

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 10

/**
 * True when the error (or what caused it: drizzle and Payload wrap the driver's error in `cause`) says the database
 * could not be reached or dropped the connection. The Hub talks to no other server while answering a request (email
 * is queued), so a refused or reset connection there is the database's.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 8) return false
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; digest?: unknown }
  if (e.digest === DATABASE_UNAVAILABLE_DIGEST) return true
  if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))) return true
  const message = typeof e.message === 'string' ? e.message : ''
  if (CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true
  // Node reports a refused connection to a name with several addresses as an AggregateError of each attempt.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true
  return isDatabaseUnavailable(e.cause, depth + 1)
}

/** The JSON body of the answer, in Payload's error format. */
export const databaseUnavailableBody = () => ({ errors: [{ name: 'ServiceUnavailable', message: DATABASE_UNAVAILABLE_MESSAGE }] })

/**
 * A root afterError hook: every REST and GraphQL route (Payload's and the Hub's endpoints) answers the outage with
 * 503, including a signed-in request that was refused only because its sign-in could not be checked.
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, req }) => {
  if (isDatabaseUnavailable(error)) noteDatabaseOutage()
  else if (!signInHitOutage(req)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  return { response: databaseUnavailableBody(), status: 503 }
}

/** A page's error to throw instead of the driver's, which the site's error pages recognise by its digest. */
export function databaseUnavailablePageError(cause: unknown): Error & { digest: string } {
  return Object.assign(new Error(DATABASE_UNAVAILABLE_MESSAGE, { cause }), { digest: DATABASE_UNAVAILABLE_DIGEST })
}

/**
 * The page the proxy answers with (503) while the database is down: self-contained, because nothing that needs the
 * database (the site's layout, the signed-in viewer) can be rendered, and readable without JavaScript.
 */
export const databaseUnavailablePage = (): string =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The Hub is temporarily unavailable · Compassionate Schools Hub</title></head><body><main><h1>The Hub is temporarily unavailable</h1><p>It cannot reach its database just now. Try again in a minute.</p><p>Anything you had already saved is safe. If something you were saving does not appear when the Hub is back, save it again.</p></main></body></html>`
