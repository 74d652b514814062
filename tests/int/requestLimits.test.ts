/**
 * Per-client limits on sign-in and forgotten-password requests, over real HTTP on every route (REST, GraphQL, the
 * portal's forms), judged by the answers and by what the limits table holds. Each test is a client on a loopback
 * address of its own (127.x.y.z), so its counts never touch the rest of the suite's (127.0.0.1).
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { CHECKED_HEADER } from '@/auth/clientAddress'
import { limitKey, takeSignInAttempt } from '@/auth/requestLimits'
import { requestLimits } from '@/config/env'

import { type Client, type ClientResponse, clientFrom, pageText, submitPortalForm } from '../helpers/client'
import { testPayload } from '../helpers/payload'
import { TEST_PASSWORD, type World, createUser, createWorld } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
})

let counter = 0
const unknownEmail = (who = 'nobody') => `${who}-${world.tag}-${counter++}@test.example.org`
const WRONG = 'not-the-password-at-all'
const SIGN_IN_MESSAGE = /^Too many sign-in attempts from your network\. Try again in \d+ minutes?\.$/
const RESET_MESSAGE = /^Too many requests to reset a password from your network\. Try again in \d+ minutes?\.$/

const signIn = (client: Client, email: string, password = WRONG) => client.json('POST', '/api/users/login', { email, password })
const askReset = (client: Client, email: string) => client.json('POST', '/api/users/forgot-password', { email })
const graphql = (client: Client, query: string, variables: Record<string, string>) => client.json('POST', '/api/graphql', { query, variables })
const LOGIN_USER = 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
const FORGOT_PASSWORD_USER = 'mutation ($email: String!) { forgotPasswordUser(email: $email) }'

/** What the limits table holds for a key (null: no row). */
async function storedPoints(prefix: string, key: string): Promise<number | null> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query('SELECT points FROM request_limits WHERE key = $1 AND (expire IS NULL OR expire > $2)', [`${prefix}:${key}`, Date.now()])
  return rows[0]?.points ?? null
}

function expectRetryAfter(res: ClientResponse, windowMinutes: number): void {
  const seconds = Number(res.headers['retry-after'])
  expect(Number.isInteger(seconds)).toBe(true)
  expect(seconds).toBeGreaterThan(0)
  expect(seconds).toBeLessThanOrEqual(windowMinutes * 60)
}

describe('sign-in: per network and email', () => {
  const perAccount = requestLimits.signInFailuresPerAccount
  let blocked: { client: Client; email: string }

  beforeAll(async () => {
    const client = clientFrom()
    const email = unknownEmail()
    for (let i = 0; i < perAccount; i++) expect((await signIn(client, email)).status).toBe(401)
    blocked = { client, email }
  }, 300_000)

  it(`refuses sign-in ${perAccount + 1} over REST with 429, Retry-After and a message that says what to do`, async () => {
    const res = await signIn(blocked.client, blocked.email)
    expect(res.status).toBe(429)
    expectRetryAfter(res, requestLimits.signInWindowMinutes)
    expect(res.json().errors[0].message).toMatch(SIGN_IN_MESSAGE)
  })

  it('refuses it through GraphQL too, with Retry-After', async () => {
    const res = await graphql(blocked.client, LOGIN_USER, { email: blocked.email, password: WRONG })
    expect(res.json().errors[0].extensions.statusCode).toBe(429)
    expect(res.json().errors[0].message).toMatch(SIGN_IN_MESSAGE)
    expectRetryAfter(res, requestLimits.signInWindowMinutes)
  })

  it("shows the message in the portal's sign-in form, in the error summary", async () => {
    const res = await submitPortalForm(blocked.client, '/sign-in', { email: blocked.email, password: WRONG })
    expect(res.status).toBe(200)
    const text = pageText(res.text)
    expect(text).toContain('There is a problem')
    expect(text).toMatch(/Too many sign-in attempts from your network\. Try again in \d+ minutes?\./)
  })

  it('leaves other networks and other emails alone', async () => {
    expect((await signIn(clientFrom(), blocked.email)).status).toBe(401)
    expect((await signIn(blocked.client, unknownEmail())).status).toBe(401)
  })

  it('is not fooled by a client-written X-Forwarded-For (no proxy is trusted here), nor a forged proxy mark', async () => {
    const forged = { 'X-Forwarded-For': '198.51.100.23', [CHECKED_HEADER]: 'a'.repeat(64) }
    const res = await blocked.client.json('POST', '/api/users/login', { email: blocked.email, password: WRONG }, forged)
    expect(res.status).toBe(429)
    const viaGraphql = await blocked.client.json('POST', '/api/graphql', { query: LOGIN_USER, variables: { email: blocked.email, password: WRONG } }, forged)
    expect(viaGraphql.json().errors[0].extensions.statusCode).toBe(429)
  })

  it('does not limit server code (the Local API without a client)', async () => {
    await expect(payload.login({ collection: 'users', data: { email: blocked.email, password: WRONG } })).rejects.toMatchObject({ status: 401 })
  })
})

describe('sign-in: per network', () => {
  const perNetwork = requestLimits.signInFailuresPerNetwork

  it("lets a school's staff sign in however many share its address, while failures from it still count", async () => {
    const school = clientFrom()
    // The network has nearly used up its failures (written as the Hub counts them, to spare 95 slow sign-ins).
    for (let i = 0; i < perNetwork - 5; i++) await takeSignInAttempt(payload, school.address, unknownEmail('earlier'))
    const staff = []
    for (let i = 0; i < 12; i++)
      staff.push(await createUser(payload, { email: unknownEmail('staff'), name: 'Staff', role: 'setting-staff', setting: world.settingA.id }))
    for (const member of staff) expect((await signIn(school, member.email, TEST_PASSWORD)).status).toBe(200)
    expect(await storedPoints('sign-in-network', limitKey(school.address))).toBe(perNetwork - 5)

    for (let i = 0; i < 5; i++) expect((await signIn(school, unknownEmail())).status).toBe(401)
    const over = await signIn(school, unknownEmail())
    expect(over.status).toBe(429)
    expect(over.json().errors[0].message).toMatch(SIGN_IN_MESSAGE)
    // Now the whole network waits, right passwords included; another network does not.
    expect((await signIn(school, staff[0].email, TEST_PASSWORD)).status).toBe(429)
    expect((await signIn(clientFrom(), staff[0].email, TEST_PASSWORD)).status).toBe(200)
  }, 300_000)

  it("after a successful sign-in, the account's count on that network starts again and the network's failures stay", async () => {
    const client = clientFrom()
    const user = await createUser(payload, { email: unknownEmail('returning'), name: 'Returning', role: 'setting-lead', setting: world.settingA.id })
    for (let i = 0; i < 3; i++) expect((await signIn(client, user.email)).status).toBe(401)
    expect(await storedPoints('sign-in-account', limitKey(client.address, user.email))).toBe(3)
    expect(await storedPoints('sign-in-network', limitKey(client.address))).toBe(3)

    expect((await signIn(client, user.email, TEST_PASSWORD)).status).toBe(200)
    expect(await storedPoints('sign-in-account', limitKey(client.address, user.email))).toBeNull()
    expect(await storedPoints('sign-in-network', limitKey(client.address))).toBe(3)
  }, 120_000)
})

describe('forgotten password', () => {
  it('refuses more requests for one email than the limit, from any network, with 429 and Retry-After', async () => {
    const email = unknownEmail()
    for (let i = 0; i < requestLimits.resetRequestsPerEmail; i++) expect((await askReset(clientFrom(), email)).status).toBe(200)
    const res = await askReset(clientFrom(), email)
    expect(res.status).toBe(429)
    expectRetryAfter(res, requestLimits.resetWindowMinutes)
    expect(res.json().errors[0].message).toMatch(RESET_MESSAGE)
    expect((await askReset(clientFrom(), unknownEmail())).status).toBe(200)
  })

  it('refuses a network after its limit, whichever emails it asks for; other networks carry on', async () => {
    const client = clientFrom()
    for (let i = 0; i < requestLimits.resetRequestsPerNetwork; i++) expect((await askReset(client, unknownEmail())).status).toBe(200)
    const res = await askReset(client, unknownEmail())
    expect(res.status).toBe(429)
    expectRetryAfter(res, requestLimits.resetWindowMinutes)

    const viaGraphql = await graphql(client, FORGOT_PASSWORD_USER, { email: unknownEmail() })
    expect(viaGraphql.json().errors[0].extensions.statusCode).toBe(429)
    expect(viaGraphql.json().errors[0].message).toMatch(RESET_MESSAGE)
    expectRetryAfter(viaGraphql, requestLimits.resetWindowMinutes)

    const form = await submitPortalForm(client, '/forgot-password', { email: unknownEmail() })
    expect(form.status).toBe(200)
    expect(pageText(form.text)).toMatch(/There is a problem.*Too many requests to reset a password from your network\. Try again in \d+ minutes?\./)

    expect((await askReset(clientFrom(), unknownEmail())).status).toBe(200)
  })

  it('still answers the form alike whether or not the account exists, within the limit', async () => {
    const client = clientFrom()
    const lead = world.users['setting-lead'].email
    for (const email of [lead, unknownEmail()]) {
      const form = await submitPortalForm(client, '/forgot-password', { email })
      expect(pageText(form.text)).toContain(`If ${email} has an account on the Hub, we have sent it a link`)
    }
  })
})
