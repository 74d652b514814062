'use server'
/** Sign in, sign out, forgotten and reset password for the portal: thin shells over Payload's auth operations. */
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq, logoutOperation } from 'payload'

import { isServiceRole } from '@/access/roles'
import { requestNetworkFrom } from '@/auth/clientAddress'
import { CLIENT_NETWORK } from '@/auth/limitRequests'
import { checkPassword } from '@/auth/passwordPolicy'
import { payloadSecret, trustedProxies } from '@/config/env'
import type { User } from '@/payload-types'

import { hubPayload, signedInUser } from '../payload'
import { setSessionCookie } from '../sessionCookie'
import { safeReturnPath } from '../returnPath'
import { type FormState, field } from './formState'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Tells Payload's sign-in and reset operations which network the browser is on, for the request limits. */
async function asClient(): Promise<{ context: Record<string, string> }> {
  return { context: { [CLIENT_NETWORK]: requestNetworkFrom(await headers(), trustedProxies, payloadSecret()) } }
}

const isTooMany = (error: unknown): error is Error => (error as { status?: number })?.status === 429 && error instanceof Error

export async function signIn(_: FormState, form: FormData): Promise<FormState> {
  const email = field(form, 'email').toLowerCase()
  const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : ''
  const errors = [
    ...(!email
      ? [{ field: 'email', message: 'Enter your email address' }]
      : !EMAIL.test(email)
        ? [{ field: 'email', message: 'Enter an email address in the correct format, like name@school.org.uk' }]
        : []),
    ...(!password ? [{ field: 'password', message: 'Enter your password' }] : []),
  ]
  if (errors.length) return { errors, values: { email } }

  const payload = await hubPayload()
  let user: User
  try {
    const result = await payload.login({ collection: 'users', data: { email, password }, ...(await asClient()) })
    if (!result.token || !result.user) throw new Error('no token')
    await setSessionCookie(result.token, result.exp)
    user = result.user as User
  } catch (error) {
    const status = (error as { status?: number }).status
    const message = isTooMany(error)
      ? error.message
      : status === 423
        ? 'This account is locked after too many failed sign-in attempts. Try again in 10 minutes, or reset your password.'
        : status === 403 && error instanceof Error
          ? error.message
          : 'The email address or password is not right. Check them and try again.'
    return { errors: [{ field: 'email', message }], values: { email } }
  }
  redirect(isServiceRole(user.role) ? '/admin' : safeReturnPath(form.get('next')))
}

export async function signOut(): Promise<void> {
  const payload = await hubPayload()
  const user = await signedInUser()
  if (user) {
    const req = await createLocalReq({ user }, payload)
    await logoutOperation({ collection: payload.collections.users, req }).catch(() => undefined)
  }
  ;(await cookies()).delete(`${payload.config.cookiePrefix}-token`)
  redirect('/sign-in?signed-out=1')
}

export async function requestPasswordReset(_: FormState, form: FormData): Promise<FormState> {
  const email = field(form, 'email').toLowerCase()
  if (!email || !EMAIL.test(email)) {
    return {
      errors: [{ field: 'email', message: email ? 'Enter an email address in the correct format, like name@school.org.uk' : 'Enter your email address' }],
      values: { email },
    }
  }
  const payload = await hubPayload()
  // The answer is the same whether or not the account exists, so that the form cannot be used to find accounts.
  // Only the request limit (counted alike for every address) is told.
  try {
    await payload.forgotPassword({ collection: 'users', data: { email }, ...(await asClient()) })
  } catch (error) {
    if (isTooMany(error)) return { errors: [{ field: 'email', message: error.message }], values: { email } }
  }
  return { errors: [], notice: `If ${email} has an account on the Hub, we have sent it a link to reset the password. The link works for one hour.` }
}

export async function resetPassword(_: FormState, form: FormData): Promise<FormState> {
  const token = field(form, 'token')
  const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : ''
  const confirm = typeof form.get('confirm') === 'string' ? (form.get('confirm') as string) : ''
  if (!token) return { errors: [{ field: 'password', message: 'This reset link is not complete. Use the link in your email, or ask for a new one.' }] }
  const problem = checkPassword(password)
  if (problem) return { errors: [{ field: 'password', message: problem }] }
  if (password !== confirm) return { errors: [{ field: 'confirm', message: 'The passwords do not match' }] }

  const payload = await hubPayload()
  let user: User | undefined
  try {
    // The token is the authority here (no user is signed in): the operation checks it and its expiry.
    const result = await payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    if (result.token) await setSessionCookie(result.token)
    user = result.user as unknown as User | undefined
  } catch {
    return { errors: [{ field: 'password', message: 'This reset link has expired or has already been used. Ask for a new one.' }] }
  }
  redirect(user && isServiceRole(user.role) ? '/admin' : '/dashboard')
}
