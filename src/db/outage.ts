/**
 * Living through a database outage in one process: the pool's dropped connections are expected, not uncaught; a signed-in
 * request is not mistaken for an anonymous one while the database cannot say who it is, and pages learn cheaply
 * whether the database is back.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { databaseUnavailablePageError, isDatabaseUnavailable } from '@/api/databaseUnavailable'

import { markSignInHitOutage, noteDatabaseBack, noteDatabaseOutage, outageSeenRecently } from './outageState'

/** True when the database answers a trivial query now; false when it cannot be reached (bounded by the pool's connect timeout). */
export async function databaseReachable(payload: Payload): Promise<boolean> {
  try {
    await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`SELECT 1`)
    noteDatabaseBack()
    return true
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error
    noteDatabaseOutage()
    return false
  }
}

const hasCredentials = (headers: Headers): boolean =>
  /^(JWT|Bearer)\s/i.test(headers.get('authorization') ?? '') || /(^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

/**
 * Run once when Payload starts (config `onInit`).
 * - node-postgres emits an idle connection's error (PostgreSQL restarting ends them all) on the pool, and an
 *   'error' event with no listener throws: Next.js logs it as an uncaught exception, a plain Node process (the
 *   dedicated `payload jobs:run` worker) would exit.
 * - Payload's JWT strategy swallows every error and answers "nobody": while the database is down, a signed-in
 *   user's request would be refused as anonymous (403 "You are not allowed…", or the sign-in page) instead of
 *   being told the Hub is unavailable. When it finds nobody for a request that carried a token, one probe says
 *   which it is: down, and the request is marked for the error answers; up within a minute of an outage, and the
 *   sign-in is tried once more (the first try may have met a connection that a restart had just ended).
 */
export function watchDatabaseOutages(payload: Payload): void {
  const pool = (payload.db as unknown as Partial<PostgresAdapter>).pool
  // A new connection made is the database answering again: pages stop being refused at once.
  pool?.on('connect', () => noteDatabaseBack())
  pool?.on('error', (error) => {
    if (isDatabaseUnavailable(error)) noteDatabaseOutage()
    payload.logger.warn({ msg: `A database connection was lost (${error.message}); the pool opens a new one when needed.` })
  })
  const jwt = payload.authStrategies.find((strategy) => strategy.name === 'local-jwt')
  if (!jwt) return
  const authenticate = jwt.authenticate
  jwt.authenticate = async (args) => {
    const result = await authenticate(args)
    if (result.user || !hasCredentials(args.headers)) return result
    // Read before the probe, which forgets the outage when the database answers.
    const afterOutage = outageSeenRecently()
    if (!(await databaseReachable(args.payload))) {
      markSignInHitOutage(args.req ?? args.headers)
      return result
    }
    // Reachable now. Just after an outage the first attempt may have met a connection the restart had ended, so ask
    // once more; otherwise nobody is the true answer (an expired or forged token) and is not worked out twice.
    return afterOutage ? authenticate(args) : result
  }
}

/**
 * For the site's layout: while an outage was seen in the last minute, one probe per page says whether the database
 * is back; if not, the page is the "temporarily unavailable" one instead of whatever error its first query would
 * raise. Costs nothing when no outage was seen.
 */
export async function refusePageWhileDatabaseDown(payload: Payload): Promise<void> {
  if (outageSeenRecently() && !(await databaseReachable(payload))) throw databaseUnavailablePageError(undefined)
}
