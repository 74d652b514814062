/** What this process knows of a database outage: when it was last seen, and which requests' sign-in it spoiled. */

interface OutageState {
  /** When a connection error was last seen (0: none since the database last answered a probe). */
  lastSeenAt: number
  /** Requests (or a page's headers) whose sign-in could not be checked because the database was down. */
  requests: WeakSet<object>
}

// One state per process: the API routes and the pages are separate bundles, each with its own copy of this module.
const STATE_KEY = Symbol.for('hub.databaseOutage')
const state = (): OutageState => {
  const holder = globalThis as unknown as Record<symbol, OutageState | undefined>
  holder[STATE_KEY] ??= { lastSeenAt: 0, requests: new WeakSet() }
  return holder[STATE_KEY]
}

/** How long after a connection error pages keep checking that the database is back. */
export const WATCH_MS = 60_000

export const noteDatabaseOutage = (now = Date.now()): void => {
  state().lastSeenAt = now
}

export const noteDatabaseBack = (): void => {
  state().lastSeenAt = 0
}

export const outageSeenRecently = (now = Date.now()): boolean => now - state().lastSeenAt < WATCH_MS

/**
 * How long after a connection error the proxy answers a page with 503 itself (a plain page that needs no database
 * and no JavaScript), before letting the next one through to look again. Ended at once by the pool's next new
 * connection (`noteDatabaseBack`), so a recovered database is never refused for longer than a connection takes.
 */
export const PAGE_REFUSAL_MS = 3_000

export const refusePagesNow = (now = Date.now()): boolean => state().lastSeenAt !== 0 && now - state().lastSeenAt < PAGE_REFUSAL_MS

export const markSignInHitOutage = (request: object): void => {
  state().requests.add(request)
}

/** Whether the request's sign-in failed because the database was unreachable (so its 401/403 is really a 503). */
export const signInHitOutage = (request: object | undefined | null): boolean => Boolean(request && state().requests.has(request))
