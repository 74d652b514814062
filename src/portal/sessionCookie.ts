/** The portal's sign-in cookie, set after Payload's login or reset operation returned a token. */
import { cookies } from 'next/headers'

import { secureCookies } from '@/config/env'

import { hubPayload } from './payload'

export async function setSessionCookie(token: string, expiresAt?: number) {
  const payload = await hubPayload()
  const store = await cookies()
  store.set(`${payload.config.cookiePrefix}-token`, token, {
    httpOnly: true,
    secure: secureCookies,
    sameSite: 'lax',
    path: '/',
    expires: expiresAt ? new Date(expiresAt * 1000) : undefined,
  })
}
