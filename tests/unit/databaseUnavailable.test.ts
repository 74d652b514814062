import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  DATABASE_UNAVAILABLE_DIGEST,
  DATABASE_UNAVAILABLE_MESSAGE,
  answerDatabaseUnavailable,
  databaseUnavailablePage,
  databaseUnavailablePageError,
  isDatabaseUnavailable,
} from '@/api/databaseUnavailable'
import {
  markSignInHitOutage,
  noteDatabaseBack,
  noteDatabaseOutage,
  outageSeenRecently,
  PAGE_REFUSAL_MS,
  refusePagesNow,
  signInHitOutage,
  WATCH_MS,
} from '@/db/outageState'

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code })
/** What drizzle throws around the driver's error. */
const wrapped = (cause: unknown) => new Error('Failed query: select "id" from "users"', { cause })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET')],
    ['PostgreSQL shutting down', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up', withCode('57P03', 'the database system is starting up')],
    ['too many connections', withCode('53300')],
    ['a connection exception (class 08)', withCode('08006')],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    ['a connection ended mid-query', new Error('Connection terminated unexpectedly')],
    ['a client that lost its connection', new Error('Client has encountered a connection error and is not queryable')],
    ['a wrapped refused connection', wrapped(withCode('ECONNREFUSED'))],
    ['a doubly wrapped shutdown', wrapped(wrapped(withCode('57P01')))],
    ['refused on every address', wrapped(Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { code: undefined }))],
    ['a page error already marked', databaseUnavailablePageError(undefined)],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a lock timeout', withCode('55P03', 'canceling statement due to lock timeout')],
    ['a syntax error', withCode('42601')],
    ['a validation error', Object.assign(new Error('The following field is invalid: name'), { status: 400 })],
    ['a forbidden error', Object.assign(new Error('You are not allowed to perform this action.'), { status: 403 })],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('leaves %s alone', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('stops on a cycle of causes', () => {
    const a = new Error('a') as Error & { cause?: unknown }
    a.cause = a
    expect(isDatabaseUnavailable(a)).toBe(false)
  })
})

describe('answerDatabaseUnavailable', () => {
  const hook = (error: unknown, req: Partial<PayloadRequest> = {}) =>
    answerDatabaseUnavailable({ error: error as Error, req: req as PayloadRequest, result: {}, context: {}, collection: undefined } as never)

  it('answers an unreachable database with 503, a plain message and Retry-After', async () => {
    const req: Partial<PayloadRequest> = {}
    const result = await hook(wrapped(withCode('ECONNREFUSED')), req)
    expect(result).toEqual({ status: 503, response: { errors: [{ name: 'ServiceUnavailable', message: DATABASE_UNAVAILABLE_MESSAGE }] } })
    expect(DATABASE_UNAVAILABLE_MESSAGE).toMatch(/^The Hub is temporarily unavailable/)
    expect(req.responseHeaders?.get('Retry-After')).toBe('10')
    expect(req.responseHeaders?.get('Cache-Control')).toBe('no-store')
  })

  it('answers 503 for a refusal that came only from a sign-in the database could not check', async () => {
    const req = {} as PayloadRequest
    const forbidden = Object.assign(new Error('You are not allowed to perform this action.'), { status: 403 })
    expect(await hook(forbidden, req)).toBeUndefined()
    markSignInHitOutage(req)
    expect(await hook(forbidden, req)).toMatchObject({ status: 503 })
  })

  it('leaves every other error to Payload', async () => {
    expect(await hook(withCode('23505'))).toBeUndefined()
  })
})

describe('the outage state', () => {
  it('is watched for a minute after a connection error, and forgotten when the database answers', () => {
    noteDatabaseBack()
    expect(outageSeenRecently()).toBe(false)
    const at = Date.now()
    noteDatabaseOutage(at)
    expect(outageSeenRecently(at + WATCH_MS - 1)).toBe(true)
    expect(outageSeenRecently(at + WATCH_MS)).toBe(false)
    noteDatabaseBack()
    expect(outageSeenRecently()).toBe(false)
  })

  it('has the proxy refuse pages for a few seconds after a connection error, and not once the database answers', () => {
    noteDatabaseBack()
    expect(refusePagesNow()).toBe(false)
    const at = Date.now()
    noteDatabaseOutage(at)
    expect(refusePagesNow(at + PAGE_REFUSAL_MS - 1)).toBe(true)
    expect(refusePagesNow(at + PAGE_REFUSAL_MS)).toBe(false)
    noteDatabaseOutage(at)
    noteDatabaseBack()
    expect(refusePagesNow(at + 1)).toBe(false)
  })

  it('answers a refused page with a page that stands on its own and says what to do', () => {
    const page = databaseUnavailablePage()
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain('<h1>The Hub is temporarily unavailable</h1>')
    expect(page).toContain('Try again in a minute')
    expect(page).not.toMatch(/<script|<link/)
  })

  it('marks only the request whose sign-in hit it', () => {
    const [a, b] = [{}, {}]
    markSignInHitOutage(a)
    expect([signInHitOutage(a), signInHitOutage(b), signInHitOutage(undefined)]).toEqual([true, false, false])
  })

  it('gives pages an error their error page recognises', () => {
    const error = databaseUnavailablePageError(new Error('connect ECONNREFUSED'))
    expect(error.digest).toBe(DATABASE_UNAVAILABLE_DIGEST)
    expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE)
  })
})
