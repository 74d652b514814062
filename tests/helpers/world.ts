/**
 * A small world for an integration test: two settings (A and B) and one account of every role, with unique
 * names so that test files never collide. Created as system writes; tests then act as each user.
 */
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { Setting, User } from '@/payload-types'

import { clockSequence } from './sequence'

export const TEST_PASSWORD = 'a-long-test-passphrase-42'

export type Actor = 'anonymous' | Role

export interface World {
  tag: string
  settingA: Setting
  settingB: Setting
  users: Record<Role, User> & { 'setting-lead-b': User; 'setting-staff-b': User }
  tokens: Partial<Record<string, string>>
}

const urnSequence = clockSequence()
/** An eight-digit URN no earlier test file of the run has used (they wrap after 25 hours). */
export const uniqueURN = (): string => String(10_000_000 + (urnSequence() % 90_000_000))

const urn6Sequence = clockSequence(100)
/**
 * A six-digit URN, as the join form asks for, from 500000 up: below that are the seed's and the URNs some files
 * derive from a setting's id (100000 + id). In tenths of a second they wrap after 14 hours.
 */
export const uniqueURN6 = (): string => String(500_000 + (urn6Sequence() % 500_000))

export async function createSetting(payload: Payload, name: string, type: Setting['type'] = 'primary'): Promise<Setting> {
  return payload.create({ collection: 'settings', data: { name, urn: uniqueURN(), type, district: 'Test', active: true }, overrideAccess: true })
}

export async function createUser(payload: Payload, data: { email: string; name: string; role: Role; setting?: number | null }): Promise<User> {
  return payload.create({ collection: 'users', data: { ...data, password: TEST_PASSWORD }, overrideAccess: true })
}

export async function createWorld(payload: Payload): Promise<World> {
  const tag = randomUUID().slice(0, 8)
  const settingA = await createSetting(payload, `Setting A ${tag}`, 'primary')
  const settingB = await createSetting(payload, `Setting B ${tag}`, 'college')
  const make = (role: Role, who: string, setting?: Setting) =>
    createUser(payload, { email: `${who}-${tag}@test.example.org`, name: `${who} ${tag}`, role, setting: setting?.id ?? null })
  const users = {
    'service-admin': await make('service-admin', 'admin'),
    'service-staff': await make('service-staff', 'trainer'),
    'setting-lead': await make('setting-lead', 'lead-a', settingA),
    'setting-staff': await make('setting-staff', 'staff-a', settingA),
    'setting-lead-b': await make('setting-lead', 'lead-b', settingB),
    'setting-staff-b': await make('setting-staff', 'staff-b', settingB),
  }
  return { tag, settingA, settingB, users, tokens: {} }
}

/** A JWT for REST calls as this user (Authorization: JWT …). */
export async function tokenFor(payload: Payload, world: World, key: keyof World['users']): Promise<string> {
  const cached = world.tokens[key]
  if (cached) return cached
  const user = world.users[key]
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: TEST_PASSWORD } })
  if (!token) throw new Error(`no token for ${key}`)
  world.tokens[key] = token
  return token
}
