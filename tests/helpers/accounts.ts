/**
 * Accounts for browser tests, made as the system (Local API, no user) with a known password: over the API a signed-in
 * user can only invite (src/accounts/invitations.ts), and these tests are not about invitations.
 */
import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

import { testPayload } from './payload'
import { DEMO_PASSWORD } from './signIn'

export async function createAccountWithPassword(data: { email: string; name: string; role: Role; setting?: number | null }): Promise<User> {
  const payload = await testPayload()
  return payload.create({ collection: 'users', data: { ...data, password: DEMO_PASSWORD }, overrideAccess: true, depth: 0 })
}
