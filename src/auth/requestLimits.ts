/**
 * Per-client limits on sign-in and forgotten-password requests, counted in PostgreSQL (rate-limiter-flexible) so
 * that every instance of the Hub shares one count. The table is created by migration (see REQUEST_LIMITS_TABLE).
 */
import { createHash } from 'node:crypto'

import { APIError, type Payload } from 'payload'
import type { Pool } from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { requestLimits } from '@/config/env'

/** Created by the migration `request_limits`, never by the app: instances need no DDL rights and cannot race. */
export const REQUEST_LIMITS_TABLE = 'request_limits'

export type LimitKind = 'sign-in' | 'password-reset' | 'certificate-lookup' | 'join-request'

/** A limit was reached: 429, with the seconds until the client may try again. */
export class TooManyRequests extends APIError<{ retryAfterSeconds: number }> {
  readonly retryAfterSeconds: number

  constructor(kind: LimitKind, retryAfterSeconds: number) {
    super(tooManyMessage(kind, retryAfterSeconds), 429, { retryAfterSeconds }, true)
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** The GOV.UK-style message the portal shows and the API returns. */
export function tooManyMessage(kind: LimitKind, retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  const wait = `Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`
  if (kind === 'sign-in') return `Too many sign-in attempts from your network. ${wait}`
  if (kind === 'certificate-lookup') return `Too many certificate numbers checked from your network. ${wait}`
  if (kind === 'join-request') return `Too many requests to join the Hub from your network. ${wait}`
  return `Too many requests to reset a password from your network. ${wait}`
}

/** Keys are hashed: the table holds no email addresses or IP addresses, and any input fits its 255 characters. */
export const limitKey = (...parts: string[]): string => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 40)

export const normaliseEmail = (email: unknown): string => (typeof email === 'string' ? email.trim().toLowerCase() : '')

interface Limiters {
  signInByNetwork: RateLimiterPostgres
  signInByAccount: RateLimiterPostgres
  resetByNetwork: RateLimiterPostgres
  resetByEmail: RateLimiterPostgres
  certificateLookupByNetwork: RateLimiterPostgres
  joinRequestByNetwork: RateLimiterPostgres
}

const limitersByPool = new WeakMap<Pool, Limiters>()

function limiters(payload: Payload): Limiters {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  let found = limitersByPool.get(pool)
  if (!found) {
    const limiter = (keyPrefix: string, points: number, minutes: number, clearExpired = false) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: REQUEST_LIMITS_TABLE,
        tableCreated: true,
        // One timer per instance is enough to delete rows that expired an hour ago (every 5 minutes).
        clearExpiredByTimeout: clearExpired,
        keyPrefix,
        points,
        duration: minutes * 60,
      })
    const l = requestLimits
    found = {
      signInByNetwork: limiter('sign-in-network', l.signInFailuresPerNetwork, l.signInWindowMinutes, true),
      signInByAccount: limiter('sign-in-account', l.signInFailuresPerAccount, l.signInWindowMinutes),
      resetByNetwork: limiter('reset-network', l.resetRequestsPerNetwork, l.resetWindowMinutes),
      resetByEmail: limiter('reset-email', l.resetRequestsPerEmail, l.resetWindowMinutes),
      certificateLookupByNetwork: limiter('certificate-lookup-network', l.certificateLookupsPerNetwork, l.certificateLookupWindowMinutes),
      joinRequestByNetwork: limiter('join-request-network', l.joinRequestsPerNetwork, l.joinRequestWindowMinutes),
    }
    limitersByPool.set(pool, found)
  }
  return found
}

/** Takes one point from each limit; refuses (after counting) when any limit is used up. */
async function take(kind: LimitKind, takes: [RateLimiterPostgres, string][]): Promise<void> {
  const results = await Promise.allSettled(takes.map(([limiter, key]) => limiter.consume(key)))
  let waitMs = 0
  for (const result of results) {
    if (result.status === 'fulfilled') continue
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason
    waitMs = Math.max(waitMs, result.reason.msBeforeNext)
  }
  if (waitMs > 0) throw new TooManyRequests(kind, Math.max(1, Math.ceil(waitMs / 1000)))
}

/**
 * Counts a sign-in attempt as failed before the password is checked, so that parallel guesses cannot overshoot:
 * per network (generous: a school's staff share one address) and per network and account (strict).
 */
export async function takeSignInAttempt(payload: Payload, network: string, email: string): Promise<void> {
  const { signInByNetwork, signInByAccount } = limiters(payload)
  await take('sign-in', [
    [signInByNetwork, limitKey(network)],
    [signInByAccount, limitKey(network, email)],
  ])
}

/**
 * The attempt succeeded: it gives its point back to the network, and the account's count on this network starts
 * again. Earlier failures of the network stay counted, or one valid account would reset a guesser's budget.
 */
export async function signInSucceeded(payload: Payload, network: string, email: string): Promise<void> {
  const { signInByNetwork, signInByAccount } = limiters(payload)
  await Promise.all([signInByNetwork.reward(limitKey(network)), signInByAccount.delete(limitKey(network, email))])
}

/** Every request for a reset link counts, per network and per email address (whether or not it has an account). */
export async function takeResetRequest(payload: Payload, network: string, email: string): Promise<void> {
  const { resetByNetwork, resetByEmail } = limiters(payload)
  await take('password-reset', [
    [resetByNetwork, limitKey(network)],
    [resetByEmail, limitKey(email)],
  ])
}

/**
 * Every certificate number typed on the public /verify form counts per network, found or not: numbers are
 * sequential, and the form must not become a way to list the county's certificates.
 */
export async function takeCertificateLookup(payload: Payload, network: string): Promise<void> {
  const { certificateLookupByNetwork } = limiters(payload)
  await take('certificate-lookup', [[certificateLookupByNetwork, limitKey(network)]])
}

/**
 * Every submission of a join request from a client counts per network, accepted or refused: a person sends one or
 * two, a script many. Generous enough for the schools that share one county network.
 */
export async function takeJoinRequest(payload: Payload, network: string): Promise<void> {
  const { joinRequestByNetwork } = limiters(payload)
  await take('join-request', [[joinRequestByNetwork, limitKey(network)]])
}
