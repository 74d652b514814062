/** Signing in as a demo or test account in the browser tests: an API token over REST, or the portal's own sign-in form. */
import type { Page } from 'playwright-core'

import { visit } from './browser'
import { rest } from './rest'

/** Every account the browser tests sign in with has the demo password. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'compassionate-demo'

/** A REST token for `email` (for setting up data the way a client would). */
export async function login(email: string): Promise<string> {
  const res = await rest('POST', '/api/users/login', { json: { email, password: DEMO_PASSWORD } })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** Signs in through the portal's form; a setting user's page then waits for the dashboard (service users go to the admin panel). */
export async function signIn(p: Page, email: string, { to = '**/dashboard' }: { to?: string | null } = {}): Promise<void> {
  await visit(p, '/sign-in')
  await p.getByLabel('Email address').fill(email)
  await p.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await p.getByRole('button', { name: 'Sign in', exact: true }).click()
  if (to) await p.waitForURL(to)
}
