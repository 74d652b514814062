/**
 * The join request's spam protection, applied to every create that comes from a client (the /join form, REST,
 * GraphQL), before anything is validated or stored: the per-network limit, the honeypot, the form token. Server
 * code calling the Local API without a client (seeding, scripts) has no network and is not checked.
 */
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, mergeHeaders } from 'payload'

import { requestNetwork } from '@/auth/limitRequests'
import { TooManyRequests, takeJoinRequest } from '@/auth/requestLimits'
import { payloadSecret } from '@/config/env'

import { FORM_TOKEN_MESSAGES, checkFormToken } from './formToken'

/** The hidden field a person never sees and a form-filling script fills. */
export const HONEYPOT_FIELD = 'website'
export const FORM_TOKEN_FIELD = 'formToken'

/** Where the checked token's nonce waits for the create to store it (context cannot be set by a client). */
const NONCE_CONTEXT = 'joinRequestNonce'

/**
 * The honeypot was filled. The /join form answers as if the request had been sent (a script learns nothing from
 * the answer and tries no variation); REST and GraphQL clients get a plain 400, since no person is confused by it.
 */
export class HoneypotFilled extends APIError {
  constructor() {
    super('This request could not be accepted.', 400, undefined, true)
  }
}

const refuse = (message: string, status: number, field?: string) => new APIError(message, status, field ? { field } : undefined, true)

export const guardJoinRequest: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const network = requestNetwork(req)
  if (!network) return args
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  try {
    await takeJoinRequest(req.payload, network)
  } catch (error) {
    if (error instanceof TooManyRequests) {
      req.responseHeaders = mergeHeaders(req.responseHeaders ?? new Headers(), new Headers({ 'Retry-After': String(error.retryAfterSeconds) }))
    }
    throw error
  }
  const honeypot = data[HONEYPOT_FIELD]
  if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot !== undefined && honeypot !== null) throw new HoneypotFilled()
  const token = checkFormToken(payloadSecret(), data[FORM_TOKEN_FIELD])
  if ('problem' in token) throw refuse(FORM_TOKEN_MESSAGES[token.problem], token.problem === 'too-fast' ? 422 : 400, FORM_TOKEN_FIELD)
  const { totalDocs } = await req.payload.count({ collection: 'join-requests', where: { formNonce: { equals: token.nonce } }, req, overrideAccess: true })
  if (totalDocs > 0) throw refuse(FORM_TOKEN_MESSAGES.used, 409, FORM_TOKEN_FIELD)
  req.context = { ...req.context, [NONCE_CONTEXT]: token.nonce }
  return args
}

/** Stores the nonce of the form that sent the request (unique: a second request with the same form is refused). */
export const recordFormNonce: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const nonce = req.context?.[NONCE_CONTEXT]
  return typeof nonce === 'string' ? { ...data, formNonce: nonce } : data
}
