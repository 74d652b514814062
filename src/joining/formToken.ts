/**
 * The /join form's hidden token: when the form was issued, a one-off nonce, and an HMAC of both with the Hub's secret.
 * A submission must bring one that is genuine, at least MIN_FILL_SECONDS old (a person reads and types; a script
 * posts at once) and at most MAX_AGE_HOURS old; its nonce is stored with the request, so one form sends one request.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const MIN_FILL_SECONDS = 3
export const MAX_AGE_HOURS = 24

export type FormTokenProblem = 'missing' | 'forged' | 'too-fast' | 'expired'

const sign = (secret: string, body: string): string => createHmac('sha256', secret).update(`join-request-form\n${body}`).digest('base64url')

export function issueFormToken(secret: string, now: number = Date.now(), nonce: string = randomBytes(16).toString('hex')): string {
  const body = `${now}.${nonce}`
  return `${body}.${sign(secret, body)}`
}

/** The token's nonce when it may be used now, or what is wrong with it. */
export function checkFormToken(secret: string, token: unknown, now: number = Date.now()): { nonce: string } | { problem: FormTokenProblem } {
  if (typeof token !== 'string' || !token) return { problem: 'missing' }
  const match = /^(\d{13})\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { problem: 'forged' }
  const [, issued, nonce, signature] = match
  const expected = Buffer.from(sign(secret, `${issued}.${nonce}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { problem: 'forged' }
  const age = now - Number(issued)
  if (age < MIN_FILL_SECONDS * 1000) return { problem: 'too-fast' }
  if (age > MAX_AGE_HOURS * 3600 * 1000) return { problem: 'expired' }
  return { nonce }
}

/** What the person is told; a forged or missing token reads like an expired one (nothing for a script to learn). */
export const FORM_TOKEN_MESSAGES: Record<FormTokenProblem | 'used', string> = {
  missing: 'This form has expired. Check your answers and send it again.',
  forged: 'This form has expired. Check your answers and send it again.',
  expired: 'This form has expired. Check your answers and send it again.',
  'too-fast': 'The form was sent too quickly. Check your answers and send it again.',
  used: 'This form has already been sent. If you need to change your request, reply to the email we sent you.',
}
