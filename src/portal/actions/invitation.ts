'use server'
/** Accepting an invitation from its link: choose a password, then sign in. */
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { isServiceRole } from '@/access/roles'
import { InvitationLinkProblem, InvitationPasswordProblem, acceptInvitation } from '@/accounts/invitations'
import { requestNetworkFrom } from '@/auth/clientAddress'
import { CLIENT_NETWORK } from '@/auth/limitRequests'
import { TooManyRequests, takeInvitationAttempt } from '@/auth/requestLimits'
import { payloadSecret, trustedProxies } from '@/config/env'

import { hubPayload } from '../payload'
import { setSessionCookie } from '../sessionCookie'
import { type FormState, field } from './formState'

export async function acceptInvitationForm(_: FormState, form: FormData): Promise<FormState> {
  const token = field(form, 'token')
  const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : ''
  const confirm = typeof form.get('confirm') === 'string' ? (form.get('confirm') as string) : ''
  const payload = await hubPayload()
  const network = requestNetworkFrom(await headers(), trustedProxies, payloadSecret())
  try {
    await takeInvitationAttempt(payload, network)
  } catch (error) {
    if (error instanceof TooManyRequests) return { errors: [{ field: 'password', message: error.message }] }
    throw error
  }
  if (!password) return { errors: [{ field: 'password', message: 'Enter a password' }] }
  if (password !== confirm) return { errors: [{ field: 'confirm', message: 'The passwords do not match' }] }
  let user: Awaited<ReturnType<typeof acceptInvitation>>
  try {
    user = await acceptInvitation(await createLocalReq({}, payload), token, password)
  } catch (error) {
    if (error instanceof InvitationPasswordProblem) return { errors: [{ field: 'password', message: error.message }] }
    // The page itself says what happened to the link and what to do.
    if (error instanceof InvitationLinkProblem) redirect(`/invitation?token=${encodeURIComponent(token)}`)
    throw error
  }
  const signedIn = await signIn(payload, network, user.email, password)
  if (!signedIn) redirect('/sign-in?invitation=accepted')
  redirect(isServiceRole(user.role) ? '/admin' : '/dashboard')
}

/** Signs in with the password just chosen; false when sign-in refuses (the person is then sent to sign in). */
async function signIn(payload: Awaited<ReturnType<typeof hubPayload>>, network: string, email: string, password: string): Promise<boolean> {
  try {
    const result = await payload.login({ collection: 'users', data: { email, password }, context: { [CLIENT_NETWORK]: network } })
    if (!result.token) return false
    await setSessionCookie(result.token, result.exp)
    return true
  } catch {
    return false
  }
}
