/**
 * A failed sign-in costs the same whether or not the email has an account, so that its timing does not tell which
 * emails do: where Payload will not check a password (no account, a locked one), the same check runs on nothing.
 */
import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { normaliseEmail } from './requestLimits'

// Payload 3.90's local strategy for hashes stored as `pbkdf2-sha256-v1:…` (payload/dist/auth/strategies/local/
// generatePasswordSaltHash.js). tests/int/signInTiming.test.ts fails if an account's check ever differs from this.
export const PASSWORD_CHECK = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

const noSalt = crypto.randomBytes(32).toString('hex')
const noHash = crypto.randomBytes(PASSWORD_CHECK.keyLength)

/** Payload's password check against a salt and hash that no password matches. */
export function checkPasswordAgainstNoAccount(password: string): Promise<false> {
  const { iterations, keyLength, digest } = PASSWORD_CHECK
  return new Promise((resolve) => {
    crypto.pbkdf2(password, noSalt, iterations, keyLength, digest, (error, derived) => {
      if (!error) crypto.timingSafeEqual(derived, noHash)
      resolve(false)
    })
  })
}

interface StoredAccount {
  hash?: unknown
  salt?: unknown
  lockUntil?: string | null
}

const isLocked = (lockUntil: string | null | undefined): boolean => Boolean(lockUntil) && new Date(lockUntil as string).getTime() > Date.now()

/** The failed-attempt count Payload bumps for an account: the same UPDATE, matching no row. */
async function countFailureOfNoAccount(req: PayloadRequest, collection: CollectionSlug, email: string): Promise<void> {
  await req.payload.db.updateOne({
    collection,
    where: { email: { equals: email } },
    data: { loginAttempts: { $inc: 1 } },
    options: { atomic: true },
    req,
  })
}

export const equalSignInWork: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = normaliseEmail(data?.email)
  const password = data?.password
  // Payload refuses these before looking anyone up, alike for every email.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const account = (await req.payload.db.findOne({ collection: collection.slug, where: { email: { equals: email } }, req })) as StoredAccount | null
  const payloadWillCheck = account && !isLocked(account.lockUntil) && typeof account.hash === 'string' && typeof account.salt === 'string'
  if (payloadWillCheck) return args
  await checkPasswordAgainstNoAccount(password)
  if (!account && (collection.auth?.maxLoginAttempts ?? 0) > 0) await countFailureOfNoAccount(req, collection.slug, email)
  return args
}
