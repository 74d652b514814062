/**
 * The sign-in page and the sign-in form, over real HTTP, never send anyone to another origin: not in `Location`,
 * not in the form's hidden `next`; and no value of `next` makes them fail (500).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Client, clientFrom, hiddenFields, submitPortalForm } from '../helpers/client'
import { OPEN_REDIRECT_PAYLOADS, PORTAL_RETURN_PATHS } from '../helpers/openRedirectPayloads'
import { hubURL, testPayload } from '../helpers/payload'
import { TEST_PASSWORD, type World, createWorld } from '../helpers/world'

let payload: Payload
let world: World
let client: Client
let cookie: string

const HUB = () => new URL(hubURL()).origin

/** The origin a browser would go to, following this Location from a Hub page. */
const destination = (location: string | undefined): string => new URL(location ?? '', `${hubURL()}/sign-in`).origin

const cases = OPEN_REDIRECT_PAYLOADS.map((p) => [JSON.stringify(p), p])

// Each posted form is a real sign-in (a slow password hash): the form gets one payload of every kind; the page and
// safeReturnPath's unit test get them all.
const FORM_KINDS = [
  '/\t/evil.example',
  '/\n/evil.example',
  '/\u3000/evil.example',
  '//evil.example',
  '/\\evil.example',
  '\\/\\/evil.example',
  '/%09/evil.example',
  '/%2F%2Fevil.example',
  '/%5cevil.example',
  '/%252F%252Fevil.example',
  'https:evil.example',
  'javascript:alert(1)',
  '/ /evil.example',
  '/.//evil.example',
  '/dashboard\r\nSet-Cookie: hub=1',
  '/api/users',
]
const formCases = FORM_KINDS.map((p) => [JSON.stringify(p), p])

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
  // A network of its own: the many sign-ins below count only there.
  client = clientFrom()
  const login = await client.json('POST', '/api/users/login', { email: world.users['setting-lead'].email, password: TEST_PASSWORD })
  expect(login.status).toBe(200)
  cookie = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0]
})

describe('the sign-in page', () => {
  it.each(cases)('carries only a portal path in its form, given next=%s', async (_, next) => {
    const res = await client.request('GET', `/sign-in?next=${encodeURIComponent(next)}`)
    expect(res.status).toBe(200)
    expect(hiddenFields(res.text).next).toBe('/dashboard')
  })

  it.each(cases)('sends a signed-in user only within the Hub, given next=%s', async (_, next) => {
    const res = await client.request('GET', `/sign-in?next=${encodeURIComponent(next)}`, { headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } })
    expect(res.status).toBe(307)
    expect(res.location).toBe('/dashboard')
    expect(destination(res.location)).toBe(HUB())
  })

  it('answers the reported payload exactly as sent (%2F%09%2F) with the dashboard, and keeps portal paths', async () => {
    const reported = await client.request('GET', '/sign-in?next=%2F%09%2Fevil.example', { headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } })
    expect(reported.location).toBe('/dashboard')
    for (const portalPath of PORTAL_RETURN_PATHS) {
      const res = await client.request('GET', `/sign-in?next=${encodeURIComponent(portalPath)}`)
      expect(hiddenFields(res.text).next).toBe(portalPath)
    }
  })

  it('does not fail on a repeated next', async () => {
    const res = await client.request('GET', '/sign-in?next=%2Fprogress&next=%2F%2Fevil.example')
    expect(res.status).toBe(200)
    expect(hiddenFields(res.text).next).toBe('/dashboard')
  })
})

describe('the sign-in form', () => {
  const lead = () => ({ email: world.users['setting-lead'].email, password: TEST_PASSWORD })

  it('posts one payload of every kind', () => {
    for (const payload of FORM_KINDS) expect(OPEN_REDIRECT_PAYLOADS).toContain(payload)
  })

  it.each(formCases)('goes only within the Hub after signing in, posted with next=%s', async (_, next) => {
    const res = await submitPortalForm(client, '/sign-in', { ...lead(), next })
    expect(res.status).toBe(303)
    expect(res.location).toBe('/dashboard')
    expect(destination(res.location)).toBe(HUB())
  })

  it('returns to the portal page the user came from', async () => {
    const res = await submitPortalForm(client, '/sign-in', { ...lead(), next: '/assessment/12/report' })
    expect(res.status).toBe(303)
    expect(res.location).toBe('/assessment/12/report')
  })
})

describe('portal pages sending visitors to sign in', () => {
  it.each(['/actions/%0A1', '/actions/%E3%80%80', '/scrapbook/%09', '/assessment/%0D%0A/report', '/assessment/%E3%80%80/pdf'])(
    '%s redirects to sign in with a safe next',
    async (portalPath) => {
      const res = await client.request('GET', portalPath)
      expect(res.status).toBe(307)
      const location = new URL(res.location ?? '', hubURL())
      expect(location.origin).toBe(HUB())
      expect(location.pathname).toBe('/sign-in')
      expect(['/dashboard', decodeURIComponent(portalPath)]).toContain(location.searchParams.get('next'))
    },
  )
})
