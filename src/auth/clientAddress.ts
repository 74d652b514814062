/** Which network a request comes from, as the sign-in limits see it: never an address the client chose itself. */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** Set by src/proxy.ts on the requests it saw: only theirs have an X-Forwarded-For that can be believed. */
export const CHECKED_HEADER = 'x-hub-forwarded-for-checked'

/** A mark a client cannot forge without the Hub's secret. */
const checkedMark = (secret: string): string => createHmac('sha256', secret).update('x-forwarded-for checked by src/proxy.ts').digest('hex')

/**
 * `next start` fills `x-forwarded-for` with the socket's address only when the request has none (Next's base
 * server assigns it with `??=`), so a client's own header would otherwise be believed. Without trusted proxies
 * the header is dropped before Next fills it; either way the request is marked as checked.
 */
export function checkForwardedFor(headers: Headers, trustedProxies: number, secret: string): void {
  if (trustedProxies === 0) headers.delete('x-forwarded-for')
  headers.set(CHECKED_HEADER, checkedMark(secret))
}

/**
 * The client's network from a request's headers. A request src/proxy.ts did not see (a path outside its matcher)
 * has no believable address: all such requests share one network, so that no client can choose its own.
 */
export function requestNetworkFrom(headers: Headers, trustedProxies: number, secret: string): string {
  const mark = Buffer.from(headers.get(CHECKED_HEADER) ?? '')
  const expected = Buffer.from(checkedMark(secret))
  if (mark.length !== expected.length || !timingSafeEqual(mark, expected)) return 'unchecked'
  return clientAddress(headers.get('x-forwarded-for'), trustedProxies)
}

/**
 * The client's address from `x-forwarded-for`: each trusted proxy appends the address it was reached from, so
 * the client is the entry `trustedProxies` places from the right (the only entry, set by Next, when there are
 * none). Entries further left are whatever the client sent and are ignored.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return 'unknown'
  const index = Math.max(entries.length - Math.max(trustedProxies, 1), 0)
  return networkOf(entries[index])
}

/**
 * One key per client network: an IPv4 address as it is, an IPv6 address by its /64 (one household or school is
 * given a whole /64 and could otherwise rotate through it to dodge a limit).
 */
export function networkOf(address: string): string {
  let value = address.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) value = bracketed[1]
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value)
  if (v4WithPort) value = v4WithPort[1]
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value)
  if (mapped) value = mapped[1]
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return value
  const hextets = expandIPv6(value.replace(/%.*$/, ''))
  if (hextets) return `${hextets.slice(0, 4).join(':')}::/64`
  // Not an address (a misconfigured proxy): still a stable key, bounded in length.
  return value.slice(0, 100)
}

function expandIPv6(value: string): string[] | null {
  if (!/^[0-9a-f:]+$/.test(value) || value.split('::').length > 2) return null
  const [head, tail] = value.includes('::') ? value.split('::') : [value, undefined]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = 8 - left.length - right.length
  if (tail === undefined ? missing !== 0 : missing < 1) return null
  const all = [...left, ...Array(tail === undefined ? 0 : missing).fill('0'), ...right]
  if (all.some((h) => !/^[0-9a-f]{1,4}$/.test(h))) return null
  return all.map((h) => h.replace(/^0+(?=.)/, ''))
}
