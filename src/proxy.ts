/**
 * A fresh nonce and Content-Security-Policy for every page: scripts run only when Next.js marked them with
 * the nonce; and, on every request, no client-chosen X-Forwarded-For. This is a header layer, not an
 * authorisation layer: access is decided in src/access.
 */
import { NextResponse, type NextRequest } from 'next/server'

import { RETRY_AFTER_SECONDS, databaseUnavailablePage } from '@/api/databaseUnavailable'
import { checkForwardedFor } from '@/auth/clientAddress'
import { payloadSecret, trustedProxies } from '@/config/env'
import { refusePagesNow } from '@/db/outageState'
import { formBodyTooLarge, formTooLargePage } from '@/portal/formBodyLimit'

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Pages get the CSP; API responses have their own (next.config.ts) and prefetches need none. */
const wantsPageCSP = (request: NextRequest): boolean =>
  !request.nextUrl.pathname.startsWith('/api/') && !request.headers.has('next-router-prefetch') && request.headers.get('purpose') !== 'prefetch'

/**
 * Admin panel addresses that have a better page of the Hub's own: every account starts from an invitation, so
 * Payload's "create a user" form (which asks for a password) leads to the Invite a user view. Access is still
 * decided by the users collection, which refuses a typed password for anyone else's account.
 */
export const ADMIN_REDIRECTS: Readonly<Record<string, string>> = {
  '/admin/collections/users/create': '/admin/invite-user',
}

export function proxy(request: NextRequest) {
  const redirect = ADMIN_REDIRECTS[request.nextUrl.pathname]
  if (redirect) return NextResponse.redirect(new URL(redirect, request.nextUrl), 307)
  // The REST API answers an outage itself (503 JSON); a page, whose error page Next.js can only send as a 500 shell
  // that needs JavaScript, is answered here while the outage is fresh.
  if (!request.nextUrl.pathname.startsWith('/api/') && refusePagesNow())
    return new NextResponse(databaseUnavailablePage(), {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
    })
  if (formBodyTooLarge(request.method, request.nextUrl.pathname, request.headers.get('content-length')))
    return new NextResponse(formTooLargePage(), { status: 413, headers: { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' } })
  const headers = new Headers(request.headers)
  // The sign-in limits key on the client's address: drop a header the client wrote before Next fills in the real one.
  checkForwardedFor(headers, trustedProxies, payloadSecret())
  if (!wantsPageCSP(request)) return NextResponse.next({ request: { headers } })
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development')
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

// Every page (server actions post to pages), and the API routes into sign-in, password reset and join requests. Not other API
// routes: Next buffers the body of every request the proxy sees, at most 10 MB, which would cut uploads short.
// No conditions (such as skipping prefetches): they would be headers a client could add to keep its own
// X-Forwarded-For. A request outside the matcher is not marked, and the limits then give it no address of its own.
export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)', '/api/users/login', '/api/users/forgot-password', '/api/join-requests', '/api/graphql'],
}
