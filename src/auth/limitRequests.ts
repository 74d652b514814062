/** The users collection's hooks that apply the request limits to sign-in and reset requests on every route. */
import { type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest, mergeHeaders } from 'payload'

import { payloadSecret, trustedProxies } from '@/config/env'

import { requestNetworkFrom } from './clientAddress'
import { TooManyRequests, normaliseEmail, signInSucceeded, takeResetRequest, takeSignInAttempt } from './requestLimits'

/** The `context` key with which the portal's form actions say which network their browser is on. */
export const CLIENT_NETWORK = 'clientNetwork'

/**
 * The client network behind a request: from the portal's form action, or from REST and GraphQL requests' own
 * headers. Server code calling the Local API (seeding, scripts, tests) has no client and is not limited.
 */
export function requestNetwork(req: PayloadRequest): string | null {
  const fromPortal = req.context?.[CLIENT_NETWORK]
  if (typeof fromPortal === 'string' && fromPortal) return fromPortal
  if (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') return requestNetworkFrom(req.headers ?? new Headers(), trustedProxies, payloadSecret())
  return null
}

/** Before a sign-in or a reset request: count it, or refuse with 429 and Retry-After (REST and GraphQL responses). */
export const limitSignInAndResetRequests: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const network = requestNetwork(req)
  if (!network) return args
  const email = normaliseEmail((args as { data?: { email?: unknown } }).data?.email)
  try {
    if (operation === 'login') await takeSignInAttempt(req.payload, network, email)
    else await takeResetRequest(req.payload, network, email)
  } catch (error) {
    // Payload's error responses (REST and GraphQL) carry the request's response headers.
    if (error instanceof TooManyRequests) {
      req.responseHeaders = mergeHeaders(req.responseHeaders ?? new Headers(), new Headers({ 'Retry-After': String(error.retryAfterSeconds) }))
    }
    throw error
  }
  return args
}

/** After a successful sign-in: the attempt was not a failure (see signInSucceeded). */
export const forgiveSuccessfulSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const network = requestNetwork(req)
  if (network) await signInSucceeded(req.payload, network, normaliseEmail(user?.email))
  return user
}
