/**
 * A failed sign-in does the same work, and takes as long, whether or not the email has an account: checked
 * deterministically (the password hash runs once, with Payload's parameters, on every path) and over real HTTP
 * (medians of repeated failed sign-ins through REST, GraphQL and the portal's form).
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { PASSWORD_CHECK } from '@/auth/equalSignInWork'

import { type Client, clientFrom, submitPortalForm } from '../helpers/client'
import { testPayload } from '../helpers/payload'
import { type World, createUser, createWorld } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
})

afterEach(() => {
  vi.restoreAllMocks()
})

let counter = 0
const unknownEmail = () => `nobody-${world.tag}-${counter++}@test.example.org`
const WRONG = 'not-the-password-at-all'

/** Accounts that each take at most `attempts` failures, so that none reaches the lockout (5) during a run. */
async function accounts(count: number): Promise<string[]> {
  const made = []
  for (let i = 0; i < count; i++) {
    made.push(
      (
        await createUser(payload, {
          email: `timing-${world.tag}-${counter++}@test.example.org`,
          name: 'Timing',
          role: 'setting-staff',
          setting: world.settingA.id,
        })
      ).email,
    )
  }
  return made
}

describe('the work of a failed sign-in', () => {
  /** The pbkdf2 calls one failed sign-in makes, with their parameters. */
  async function hashesOf(email: string): Promise<unknown[][]> {
    const spy = vi.spyOn(crypto, 'pbkdf2')
    await expect(payload.login({ collection: 'users', data: { email, password: WRONG } })).rejects.toMatchObject({ status: expect.any(Number) })
    const calls = spy.mock.calls.map((call) => call.slice(2, 5))
    spy.mockRestore()
    return calls
  }

  it("hashes the password once, with the account's own parameters, for an account and for no account alike", async () => {
    const [existing] = await accounts(1)
    const stored = await payload.db.findOne<{ id: number; hash: string }>({ collection: 'users', where: { email: { equals: existing } } })
    // Payload's current scheme, which PASSWORD_CHECK copies.
    expect(stored?.hash).toMatch(/^pbkdf2-sha256-v1:[0-9a-f]{64}$/)
    const expected = [[PASSWORD_CHECK.iterations, PASSWORD_CHECK.keyLength, PASSWORD_CHECK.digest]]
    expect(await hashesOf(existing)).toEqual(expected)
    expect(await hashesOf(unknownEmail())).toEqual(expected)
  })

  it('hashes once for a locked account too', async () => {
    const [locked] = await accounts(1)
    await payload.db.updateOne({
      collection: 'users',
      where: { email: { equals: locked } },
      data: { lockUntil: new Date(Date.now() + 60_000).toISOString(), loginAttempts: 5 },
    })
    expect(await hashesOf(locked)).toHaveLength(1)
  })

  it('makes the same failed-attempt update for an account and for no account, which changes only the account', async () => {
    const updates = async (email: string) => {
      const spy = vi.spyOn(payload.db, 'updateOne')
      await expect(payload.login({ collection: 'users', data: { email, password: WRONG } })).rejects.toMatchObject({ status: 401 })
      const count = spy.mock.calls.length
      spy.mockRestore()
      return count
    }
    const [existing] = await accounts(1)
    const nobody = unknownEmail()
    expect(await updates(existing)).toBe(1)
    expect(await updates(nobody)).toBe(1)
    const stored = await payload.db.findOne<{ id: number; loginAttempts: number }>({ collection: 'users', where: { email: { equals: existing } } })
    expect(stored?.loginAttempts).toBe(1)
    expect((await payload.count({ collection: 'users', where: { email: { equals: nobody } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('the time of a failed sign-in, over HTTP', () => {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    const mid = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /** Interleaved failed sign-ins for accounts and for unknown emails (after a warm-up); the medians' ratio. */
  async function compare(route: string, rounds: number, attempt: (client: Client, email: string) => Promise<void>): Promise<number> {
    // Its own network: these failures count against no other test's limits.
    const client = clientFrom()
    const existing = await accounts(Math.ceil((rounds + 1) / 4))
    const times = { account: [] as number[], none: [] as number[] }
    const timed = async (email: string) => {
      const started = performance.now()
      await attempt(client, email)
      return performance.now() - started
    }
    await timed(existing[0])
    await timed(unknownEmail())
    for (let i = 0; i < rounds; i++) {
      const account = existing[Math.floor((i + 1) / 4)]
      // Alternate which goes first, so that drift in the machine's load falls on both alike.
      if (i % 2) {
        times.account.push(await timed(account))
        times.none.push(await timed(unknownEmail()))
      } else {
        times.none.push(await timed(unknownEmail()))
        times.account.push(await timed(account))
      }
    }
    const ratio = median(times.account) / median(times.none)
    console.log(
      `${route}: median failed sign-in ${median(times.account).toFixed(0)} ms with an account, ${median(times.none).toFixed(0)} ms without (ratio ${ratio.toFixed(2)}, ${rounds} each)`,
    )
    return ratio
  }

  it('takes as long through REST for an account as for no account', async () => {
    const ratio = await compare('REST', 15, async (client, email) => {
      const res = await client.json('POST', '/api/users/login', { email, password: WRONG })
      expect(res.status).toBe(401)
    })
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  }, 180_000)

  it('takes as long through GraphQL', async () => {
    const ratio = await compare('GraphQL', 9, async (client, email) => {
      const res = await client.json('POST', '/api/graphql', {
        query: 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
        variables: { email, password: WRONG },
      })
      expect(res.json().errors?.[0]?.extensions?.statusCode).toBe(401)
    })
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  }, 180_000)

  it("takes as long through the portal's sign-in form", async () => {
    const ratio = await compare('portal form', 9, async (client, email) => {
      const res = await submitPortalForm(client, '/sign-in', { email, password: WRONG })
      expect(res.status).toBe(200)
      expect(res.text).toContain('The email address or password is not right')
    })
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  }, 180_000)
})
