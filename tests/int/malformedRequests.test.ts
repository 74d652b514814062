/**
 * No 500 for bad input. Malformed ids, parameters and query shapes go to every collection's REST routes (by id,
 * list, count, versions, bulk update and delete), every endpoint with a route parameter, GraphQL, the upload route
 * and every portal page and download with a parameter in its address — as an anonymous visitor and as a signed-in
 * setting lead. The collections, their id types, fields and endpoints are read from the config and the portal routes
 * from src/app/(site), so whatever is added later is sent the same cases.
 *
 * How a case is judged:
 *   API       the exact expected status (404 for a document id in the route, 400 for a malformed query or body) and
 *             a specific message in `{ errors: [{ message }] }`: never a generic "Something went wrong." / "Not Found".
 *             Other route parameters (tokens, file names, preference keys, `/access`'s optional id): never a 5xx,
 *             and a specific message whenever they are refused.
 *   GraphQL   every error is the client's (statusCode 400/404, or GraphQL's own validation of argument types), with
 *             a specific message.
 *   portal    the site's "Page not found" (404) for an id that cannot be a record; 200 or a same-site redirect
 *             when a query parameter is junk; never 5xx.
 *   always    nothing stored changes (checked at the end over every collection of the Hub).
 * The legitimate shapes the admin panel and portal send (nested and/or, like, in, exists, date ranges, sort, select,
 * depth, limit) must keep answering 200.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { type Payload, type SanitizedCollectionConfig, type SanitizedGlobalConfig, formatNames } from 'payload'
import { toWords } from 'payload/shared'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refuseMalformedGlobalRequests, refuseMalformedRequests } from '@/api/refuseMalformedRequests'
import type { Action } from '@/payload-types'

import { hubURL, testPayload } from '../helpers/payload'
import { type World, createWorld, tokenFor } from '../helpers/world'

const sanitized = await config
/** Every collection with REST routes (Payload's migrations table has none). */
const COLLECTIONS: SanitizedCollectionConfig[] = sanitized.collections.filter((c) => Array.isArray(c.endpoints) && c.endpoints.length > 0)
/** The Hub's own collections (Payload's internal ones change by themselves: jobs, preferences, locks). */
const HUB_COLLECTIONS = sanitized.collections.filter((c) => !c.slug.startsWith('payload-'))

type Actor = 'anonymous' | 'setting-lead'
const ACTORS: Actor[] = ['anonymous', 'setting-lead']

// ─── Sending ──────────────────────────────────────────────────────────────────────────────────────────────────

interface Sent {
  status: number
  location: string | null
  text: string
  json: any
}

let sentCount = 0
/** Requests of the legitimate shapes (the rest are malformed cases). */
let legitimateCount = 0
/** Every request answered with a server error (or a GraphQL error marked 500), for the summary line. */
const serverErrors: string[] = []
let payload: Payload
let world: World
let tokens: Record<Actor | 'service-admin', string | undefined>

async function send(
  method: string,
  urlPath: string,
  actor: Actor | 'service-admin',
  { json, form, cookie = false }: { json?: unknown; form?: FormData; cookie?: boolean } = {},
): Promise<Sent> {
  sentCount++
  const headers: Record<string, string> = {}
  const token = tokens[actor]
  if (token && cookie) {
    headers.Cookie = `payload-token=${token}`
    headers['Sec-Fetch-Site'] = 'same-origin'
  } else if (token) headers.Authorization = `JWT ${token}`
  let body: BodyInit | undefined
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = typeof json === 'string' ? json : JSON.stringify(json)
  } else if (form) body = form
  const res = await fetch(`${hubURL()}${urlPath}`, { method, headers, body, redirect: 'manual' })
  const text = await res.text()
  if (res.status >= 500) serverErrors.push(`${actor} ${method} ${urlPath}`)
  let parsed: unknown = null
  try {
    parsed = JSON.parse(text)
  } catch {
    /* a page or a file */
  }
  return { status: res.status, location: res.headers.get('location'), text, json: parsed }
}

/** Runs `work` over `items` a few at a time: thousands of cases, one server, two cores. */
async function inPool<T>(items: T[], work: (item: T) => Promise<void>, size = 6): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}

const GENERIC = /^(something went wrong\.?|not found\.?|bad request\.?|an unknown error occurred\.?|internal server error\.?|missing id.*)$/i
const specific = (message: unknown): message is string => typeof message === 'string' && message.length >= 20 && !GENERIC.test(message.trim())

// ─── The table of API cases, derived from the config ──────────────────────────────────────────────────────────

interface ApiCase {
  label: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  json?: unknown
  form?: () => Promise<FormData>
  /** `client`: any 4xx with a specific message, or the answer a well-formed unknown value gets (for non-id parameters). */
  status: 400 | 404 | 'client'
  message?: RegExp
}

const MALFORMED_IDS = ['abc', '1.5', '99999999999', '2147483648', '-1', '0', '1e3', '12abc', '%00', '%20', '%E3%80%80']
const ID_MESSAGE = /^There is no .+ with the id “.*”: ids are whole numbers from 1 to 2147483647\.$/

interface Field {
  name: string
  type: string
  hasMany?: boolean
  hidden?: boolean
  virtual?: unknown
  relationTo?: string | string[]
  options?: (string | { value: string })[]
  flattenedFields?: Field[]
}

/** The fields a query may name: top level, and one level into groups (hidden and virtual ones are not offered). */
function queryableFields(collection: SanitizedCollectionConfig): { path: string; field: Field }[] {
  const top = (collection.flattenedFields as unknown as Field[]).filter((f) => !f.hidden && f.virtual !== true)
  return top.flatMap((f) =>
    f.type === 'group'
      ? (f.flattenedFields ?? []).filter((g) => !g.hidden && g.virtual !== true).map((g) => ({ path: `${f.name}.${g.name}`, field: g }))
      : [{ path: f.name, field: f }],
  )
}

/** Malformed where clauses for one field, by its type. */
function fieldCases(p: string, f: Field): [query: string, message: RegExp][] {
  const container = f.type === 'array' || f.type === 'blocks' || f.type === 'group'
  const cases: [string, RegExp][] = container ? [] : [[`where[${p}][bogus]=1`, /is not a search operator/]]
  const cannot = /cannot be searched with/
  switch (f.type) {
    case 'relationship':
    case 'upload':
      cases.push([`where[${p}][near]=1,2`, cannot], [`where[${p}][within]=1`, cannot], [`where[${p}][like]=x`, cannot])
      if (!Array.isArray(f.relationTo)) {
        cases.push(
          [`where[${p}][equals]=abc`, /must be the id of/],
          [`where[${p}][equals]=99999999999`, /must be the id of/],
          [`where[${p}][in]=abc,1`, /must be the id of/],
        )
      }
      break
    case 'select':
    case 'radio':
      cases.push([`where[${p}][equals]=no-such-option`, /is not a possible/], [`where[${p}][like]=x`, cannot])
      break
    case 'checkbox':
      cases.push([`where[${p}][equals]=maybe`, /must be true or false/], [`where[${p}][equals]=`, /must be true or false/])
      break
    case 'richText':
    case 'json':
      cases.push([`where[${p}][like]=x`, cannot], [`where[${p}][contains]=x`, cannot], [`where[${p}.x][equals]=1`, /cannot be searched inside/])
      break
    case 'number':
      cases.push([`where[${p}][equals]=abc`, /must be a number/], [`where[${p}][near]=1,2`, cannot])
      break
    case 'date':
      cases.push([`where[${p}][greater_than]=not-a-date`, /must be a date/], [`where[${p}][like]=x`, cannot])
      break
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      cases.push(
        [`where[${p}][equals][equals]=x`, /not another condition/],
        [`where[${p}][near]=1,2`, cannot],
        [`where[${p}][like]=a%00b`, /NUL/],
        [`where[${p}]=x`, /needs an operator/],
      )
      break
    case 'array':
    case 'blocks':
      cases.push([`where[${p}][exists]=true`, /group of fields/])
      break
  }
  if (f.type === 'json' || f.type === 'richText' || f.type === 'array' || f.hasMany) cases.push([`sort=${p}`, /cannot be sorted by|group of fields/])
  return cases
}

type Endpoint = { path: string; method: string }

/** The endpoint Payload would pick for `method` and `subPath` (endpoints are matched in order, like path-to-regexp). */
function routeOf(collection: SanitizedCollectionConfig, method: string, subPath: string): Endpoint | undefined {
  const pattern = (p: string) => new RegExp(`^${p.replace(/\/:\w+\?/g, '(?:/[^/]+)?').replace(/:\w+/g, '[^/]+')}$`)
  return ((collection.endpoints || []) as Endpoint[]).find((e) => e.method === method.toLowerCase() && pattern(e.path).test(subPath))
}

/**
 * What a malformed value in an endpoint's parameter must answer: a document's `:id` a 404 naming the id (or saying
 * the collection keeps no versions); other parameters (tokens, file names, preference keys, the optional id of
 * `/access`) a client error with a specific message, or the same answer a well-formed unknown value gets.
 */
function parameterCase(collection: SanitizedCollectionConfig, endpoint: Endpoint, value: string): ApiCase | null {
  const subPath = endpoint.path.replace(/:(\w+)\??/, value)
  if (routeOf(collection, endpoint.method, subPath) !== endpoint) return null // another route answers it
  const method = endpoint.method.toUpperCase() as ApiCase['method']
  const json = method === 'GET' || method === 'DELETE' ? undefined : {}
  const base = { label: `${method} ${endpoint.path} ${value}`, method, path: `/api/${collection.slug}${subPath}`, json }
  if (endpoint.path.startsWith('/versions/')) return { ...base, status: 404, message: collection.versions ? ID_MESSAGE : /keep no earlier versions/ }
  if (endpoint.path === '/:id' || endpoint.path.startsWith('/:id/')) return { ...base, status: 404, message: ID_MESSAGE }
  return { ...base, status: 'client' }
}

function collectionCases(collection: SanitizedCollectionConfig): ApiCase[] {
  const api = `/api/${collection.slug}`
  const cases: ApiCase[] = []
  // Every endpoint with a route parameter: Payload's (`/:id`, `/versions/:id`, `/:id/duplicate`, `/access/:id?`,
  // `/file/:filename`, `/verify/:id`, `/:key`…) and the collection's own (`/:id/submit`, `/:id/share`…).
  for (const endpoint of (collection.endpoints || []) as Endpoint[]) {
    if (!/:\w+/.test(endpoint.path)) continue
    for (const value of MALFORMED_IDS) {
      const c = parameterCase(collection, endpoint, value)
      if (c) cases.push(c)
    }
  }
  if (!collection.versions && routeOf(collection, 'get', '/versions')?.path === '/versions') {
    cases.push({ label: 'list versions', method: 'GET', path: `${api}/versions`, status: 404, message: /keep no earlier versions/ })
  }

  const pagination: [string, RegExp][] = [
    ['page=-1', /^page must be a whole number/],
    ['page=1e20', /^page must be a whole number/],
    ['page=abc', /^page must be a whole number/],
    ['limit=-5', /^limit must be a whole number/],
    ['limit=1e20', /^limit must be a whole number/],
    ['depth=abc', /^depth must be a whole number/],
    ['depth=-1', /^depth must be a whole number/],
  ]
  const where: [string, RegExp][] = [
    ['where=abc', /not valid JSON/],
    ['where[nope][equals]=1', /have no field “nope”/],
    ['where[id][equals]=abc', /must be an id/],
    ['where[id][equals]=99999999999', /must be an id/],
    ['where[id][in]=1,abc', /must be an id/],
    ['where[id][equals][equals]=1', /not another condition/],
    ['where[id][near]=1,2', /cannot be searched with/],
    ['where[or]=x', /must be a list of conditions/],
    ['where[and][0]=x', /must name fields/],
    ['where[or][0][nope][like]=x', /have no field “nope”/],
  ]
  const shapes: [string, RegExp][] = [
    ...pagination,
    ...where,
    ['sort=nope', /have no field “nope” to sort by/],
    ['select[nope]=true', /have no field “nope” to select/],
    ['select[id]=abc', /must be true or false/],
    ['populate[nope][id]=true', /no collection “nope”/],
  ]
  for (const { path: p, field } of queryableFields(collection)) shapes.push(...fieldCases(p, field))
  const list = (route: string, queries: [string, RegExp][], method: ApiCase['method'] = 'GET', json?: unknown) => {
    if (routeOf(collection, method, route)?.path !== route) return
    for (const [query, message] of queries)
      cases.push({ label: `${method} ${route} ?${query}`, method, path: `${api}${route === '/' ? '' : route}?${query}`, status: 400, message, json })
  }
  list('/', shapes)
  list('/count', where) // count reads no page, limit or depth
  if (collection.versions) list('/versions', [...pagination, ...where.slice(0, 4)])
  // Bulk writes with a malformed where must refuse before touching anything.
  list('/', where.slice(0, 7), 'PATCH', {})
  list('/', where.slice(0, 7), 'DELETE')
  return cases
}

/** Globals are one document each: depth, select and populate apply, and /versions only where they keep versions. */
function globalCases(global: SanitizedGlobalConfig): ApiCase[] {
  const api = `/api/globals/${global.slug}`
  const cases: ApiCase[] = [
    // (Payload's global route drops a depth that is not a number, like `abc`, before any hook sees it.)
    { label: 'depth=-1', method: 'GET', path: `${api}?depth=-1`, status: 400, message: /^depth must be a whole number/ },
    { label: 'select[nope]', method: 'GET', path: `${api}?select[nope]=true`, status: 400, message: /have no field “nope” to select/ },
    { label: 'select=abc', method: 'GET', path: `${api}?select=abc`, status: 400, message: /^select must name fields/ },
    { label: 'populate[nope]', method: 'GET', path: `${api}?populate[nope][id]=true`, status: 400, message: /no collection “nope”/ },
  ]
  if (!global.versions) {
    const none = /keep no earlier versions/
    cases.push(
      { label: 'list versions', method: 'GET', path: `${api}/versions`, status: 404, message: none },
      { label: 'versions ?page=-1', method: 'GET', path: `${api}/versions?page=-1`, status: 404, message: none },
    )
    for (const id of MALFORMED_IDS) {
      cases.push(
        { label: `version ${id}`, method: 'GET', path: `${api}/versions/${id}`, status: 404, message: none },
        { label: `restore ${id}`, method: 'POST', path: `${api}/versions/${id}`, status: 404, message: none, json: {} },
      )
    }
  }
  return cases
}

/** Cases that are about one collection's data rather than its shape. */
function bodyCases(ownAction: () => Action): ApiCase[] {
  const png = async (name: string) => {
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ccc' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: 'An image with a broken name' }))
    return form
  }
  return [
    {
      label: 'upload, NUL in the file name',
      method: 'POST',
      path: '/api/media',
      form: () => png('a\u0000b.png'),
      status: 400,
      message: /upload could not be read/,
    },
    {
      label: 'upload, only a NUL as file name',
      method: 'POST',
      path: '/api/media',
      form: () => png('\u0000'),
      status: 400,
      message: /upload could not be read/,
    },
    {
      label: 'upload, a bell character in the file name',
      method: 'POST',
      path: '/api/media',
      form: () => png('a\u0007.png'),
      status: 400,
      message: /upload could not be read/,
    },
    { label: 'create with ?data=abc', method: 'POST', path: '/api/actions?data=abc', json: {}, status: 400, message: /not valid JSON/ },
    {
      label: 'PATCH with a NUL in the text',
      method: 'PATCH',
      get path() {
        return `/api/actions/${ownAction().id}`
      },
      json: { title: 'a\u0000b' },
      status: 400,
      message: /cannot be stored/,
    },
  ]
}

// ─── GraphQL ─────────────────────────────────────────────────────────────────────────────────────────────────

function graphQLNames(collection: SanitizedCollectionConfig): { singular: string; plural: string } | null {
  if (collection.graphQL === false) return null
  const fromSlug = formatNames(collection.slug)
  const singular = collection.graphQL?.singularName ? toWords(collection.graphQL.singularName, true) : fromSlug.singular
  const plural = collection.graphQL?.pluralName ? toWords(collection.graphQL.pluralName, true) : fromSlug.plural
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

function graphQLCases(collection: SanitizedCollectionConfig): string[] {
  const names = graphQLNames(collection)
  if (!names) return []
  const { singular, plural } = names
  const list = (args: string) => `{ ${plural}(${args}) { totalDocs } }`
  const queries = [
    list('page: -1'),
    list('page: 2000000000'),
    list('limit: -1'),
    list('sort: "nope"'),
    list('where: { id: { equals: 0 }, nope: { equals: 1 } }'),
    `{ ${singular}(id: 99999999999) { id } }`,
    `{ ${singular}(id: 0) { id } }`,
    `mutation { delete${singular}(id: 0) { id } }`,
  ]
  for (const { path: p, field } of queryableFields(collection)) {
    if (p.includes('.')) continue
    if ((field.type === 'relationship' || field.type === 'upload') && !Array.isArray(field.relationTo)) {
      queries.push(list(`where: { ${p}: { equals: 99999999999 } }`), list(`where: { ${p}: { equals: "abc" } }`), list(`where: { ${p}: { in: ["abc"] } }`))
    }
    if (field.type === 'richText' || field.type === 'json') queries.push(list(`where: { ${p}: { like: "x" } }`))
    if (field.type === 'text' || field.type === 'textarea') queries.push(list(`where: { ${p}: { like: "a\\u0000b" } }`))
  }
  if (collection.versions) queries.push(`{ versions${plural}(page: -1) { totalDocs } }`, `{ versions${plural}(sort: "nope") { totalDocs } }`)
  return queries
}

// ─── Portal routes, read from src/app/(site) ─────────────────────────────────────────────────────────────────

const SITE = path.resolve(process.cwd(), 'src/app/(site)')

function siteRoutes(dir = SITE, segments: string[] = []): { route: string; kind: 'page' | 'route'; portal: boolean }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return siteRoutes(full, [...segments, name])
    if (name !== 'page.tsx' && name !== 'route.ts') return []
    const route = `/${segments.filter((s) => !/^\(.*\)$/.test(s)).join('/')}`
    return [{ route, kind: name === 'page.tsx' ? ('page' as const) : ('route' as const), portal: segments.includes('(portal)') }]
  })
}

const PORTAL_IDS = ['abc', '1.5', '99999999999', '9999999999', '2147483648', '0', '-1', '1e3', '12abc', '%00', '%E3%80%80']
const JUNK_QUERY = 'page=-1&limit=1e20&principle=1.5&q=%00&type=%00&next=%00&token=%00&x=%E3%80%80'

/** A redirect that stays on the Hub, to a path without control characters or spaces that a browser might reinterpret. */
function sameSiteRedirect(location: string | null): boolean {
  if (!location) return false
  if (/[\s\\\u0000-\u001f\u007f-\u009f]/.test(location)) return false
  const target = new URL(location, hubURL())
  return target.origin === new URL(hubURL()).origin
}

// ─── The run ─────────────────────────────────────────────────────────────────────────────────────────────────

let ownAction: Action
let before: string

/** What is stored, in a form where any change shows: every Hub collection's count and latest change. */
async function storedState(): Promise<string> {
  const parts = await Promise.all(
    HUB_COLLECTIONS.map(async (c) => {
      const found = await payload.find({
        collection: c.slug as never,
        limit: 1,
        sort: '-updatedAt',
        depth: 0,
        overrideAccess: true,
        select: { updatedAt: true } as never,
      })
      return `${c.slug}:${found.totalDocs}:${(found.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
    }),
  )
  return parts.join('\n')
}

beforeAll(async () => {
  payload = await testPayload()
  world = await createWorld(payload)
  tokens = {
    anonymous: undefined,
    'setting-lead': await tokenFor(payload, world, 'setting-lead'),
    'service-admin': await tokenFor(payload, world, 'service-admin'),
  }
  ownAction = await payload.create({
    collection: 'actions',
    data: { title: `Robustness ${world.tag}`, setting: world.settingA.id, status: 'not-started' },
    overrideAccess: true,
  })
  before = await storedState()
})

afterAll(() => {
  console.log(
    `malformedRequests: ${sentCount - legitimateCount} malformed-request cases and ${legitimateCount} legitimate ones sent, ${serverErrors.length} answered with a server error`,
  )
  // The distinct shapes of what failed (ids and values folded), so a regression reads as a short list.
  const shapes = [...new Set(serverErrors.map((e) => e.replace(/\/\d[^/?]*|%[0-9A-F]{2}[^/?]*|\/abc|\/12abc|\/-1/g, '/:id')))]
  if (shapes.length) console.log(shapes.sort().join('\n'))
})

function judgeApi(c: ApiCase, res: Sent): string | null {
  const message = res.json?.errors?.[0]?.message ?? res.json?.message
  if (c.status === 'client') {
    if (res.status >= 500) return `${res.status}: ${message ?? res.text.slice(0, 120)}`
    return res.status >= 400 && !specific(message) ? `${res.status} with a message that says nothing specific: ${JSON.stringify(message)}` : null
  }
  if (res.status !== c.status) return `${res.status} (expected ${c.status}): ${message ?? res.text.slice(0, 120)}`
  if (!specific(message)) return `a message that says nothing specific: ${JSON.stringify(message)}`
  if (c.message && !c.message.test(message)) return `message ${JSON.stringify(message)} does not match ${c.message}`
  return null
}

describe('the checks are wired', () => {
  it('every collection (Payload’s own too) and every global runs them before its other hooks', () => {
    for (const c of sanitized.collections) expect(c.hooks.beforeOperation[0], c.slug).toBe(refuseMalformedRequests)
    for (const g of sanitized.globals) expect(g.hooks.beforeOperation?.[0], g.slug).toBe(refuseMalformedGlobalRequests)
  })
})

describe.each(ACTORS)('as %s', (actor) => {
  it.each(COLLECTIONS.map((c) => [c.slug, c] as const))(
    '%s: malformed ids, params and query shapes answer 400/404 with a specific message',
    async (_, collection) => {
      const failures: string[] = []
      await inPool(collectionCases(collection), async (c) => {
        const res = await send(c.method, c.path, actor, { json: c.json })
        const problem = judgeApi(c, res)
        if (problem) failures.push(`${c.method} ${c.path}: ${problem}`)
      })
      expect(failures).toEqual([])
    },
  )

  it('globals: malformed depth, select and populate answer 400; versions of a global that keeps none, 404', async () => {
    const failures: string[] = []
    await inPool(sanitized.globals.flatMap(globalCases), async (c) => {
      const problem = judgeApi(c, await send(c.method, c.path, actor, { json: c.json }))
      if (problem) failures.push(`${c.method} ${c.path}: ${problem}`)
    })
    expect(failures).toEqual([])
  })

  it('bodies: uploads with control characters in the file name, unreadable data, NUL in text', async () => {
    const failures: string[] = []
    for (const c of bodyCases(() => ownAction)) {
      const res = await send(c.method, c.path, actor, { json: c.json, form: c.form && (await c.form()) })
      // Anonymous visitors may not write at all: a 403 before the body is judged is as good.
      if (actor === 'anonymous' && res.status === 403) continue
      const problem = judgeApi(c, res)
      if (problem) failures.push(`${c.label}: ${problem}`)
    }
    expect(failures).toEqual([])
  })

  it('GraphQL: every error is the client’s, with a specific message', async () => {
    const failures: string[] = []
    const queries = COLLECTIONS.flatMap(graphQLCases)
    await inPool(queries, async (query) => {
      const res = await send('POST', '/api/graphql', actor, { json: { query } })
      const errors: { message?: string; extensions?: { statusCode?: number } }[] = res.json?.errors ?? []
      if (res.status >= 500) failures.push(`${query}: HTTP ${res.status}`)
      else if (!errors.length) failures.push(`${query}: no error`)
      for (const e of errors) {
        const code = e.extensions?.statusCode
        if (code !== undefined && code >= 500) serverErrors.push(`${actor} GraphQL ${query}`)
        if ((code !== undefined && code !== 400 && code !== 404 && code !== 403) || !specific(e.message))
          failures.push(`${query}: ${code} ${JSON.stringify(e.message)}`)
      }
    })
    expect(failures).toEqual([])
  })

  it('portal: an id that cannot be a record is the site’s “Page not found”; junk query parameters change nothing', async () => {
    const failures: string[] = []
    const routes = siteRoutes()
    const cases = routes.flatMap(({ route, kind, portal }) => {
      const dynamic = route.match(/\[(\w+)\]/)
      if (!dynamic) return [{ route, url: `${route}?${JUNK_QUERY}`, kind, portal, expectNotFound: false }]
      return PORTAL_IDS.map((id) => ({ route, url: route.replace(dynamic[0], id), kind, portal, expectNotFound: dynamic[1] === 'id' }))
    })
    cases.push(
      ...['principle=1.5', 'principle=99999999999', 'principle=abc', 'q=%00', 'q=a%00b%07c', 'page=1e20', 'type=%00'].map((q) => ({
        route: '/community',
        url: `/community?${q}`,
        kind: 'page' as const,
        portal: false,
        expectNotFound: false,
      })),
    )
    await inPool(cases, async (c) => {
      const res = await send('GET', c.url, actor, { cookie: true })
      const where = `${c.url}: ${res.status}`
      if (res.status >= 500) return void failures.push(`${where} (server error)`)
      const signInFirst = actor === 'anonymous' && c.portal
      if (c.expectNotFound && !signInFirst) {
        if (res.status !== 404) failures.push(`${where} (expected 404)`)
        else if (c.kind === 'page' && !res.text.includes('Page not found')) failures.push(`${where} without the site’s “Page not found” page`)
        return
      }
      if (res.status >= 300 && res.status < 400) {
        if (!sameSiteRedirect(res.location)) failures.push(`${where} redirects to ${JSON.stringify(res.location)}`)
      } else if (res.status !== 200 && res.status !== 404) failures.push(`${where}`)
    })
    expect(failures).toEqual([])
  })

  // Owned by the rewrite of src/portal/returnPath.ts (open redirect): these pass once it is merged.
  it('sign-in: a return path with control characters or wide spaces never breaks the page or leaves the site', async () => {
    const failures: string[] = []
    for (const next of [
      '%2F%0A%2Fevil.example',
      '%2F%09%2Fevil.example',
      '%2F%0D%0ALocation:%20x',
      '%E3%80%80%2Fevil.example',
      '%2F%E3%80%80%2Fevil.example',
      '%00',
    ]) {
      const res = await send('GET', `/sign-in?next=${next}`, actor, { cookie: true })
      if (res.status >= 500) failures.push(`next=${next}: ${res.status}`)
      else if (res.status >= 300 && res.status < 400 && !sameSiteRedirect(res.location))
        failures.push(`next=${next}: redirects to ${JSON.stringify(res.location)}`)
    }
    expect(failures).toEqual([])
  })
})

describe('legitimate shapes keep working', () => {
  let start = 0
  beforeAll(() => {
    start = sentCount
  })
  afterAll(() => {
    legitimateCount += sentCount - start
  })

  it('what the admin panel and portal send answers 200', async () => {
    const { settingA, settingB } = world
    const admin: string[] = [
      '/api/actions?where[or][0][and][0][title][like]=x&depth=0&limit=10&sort=-updatedAt&page=1',
      `/api/case-studies?where[or][0][and][0][setting][in][0]=${settingA.id}&where[or][0][and][0][setting][in][1]=${settingB.id}&limit=10`,
      `/api/case-studies?where[setting][in]=${settingA.id},${settingB.id}&where[status][not_in]=private`,
      '/api/actions?where[and][0][dueDate][greater_than]=2020-01-01T00:00:00.000Z&where[and][1][dueDate][less_than_equal]=2030-01-01',
      '/api/users?where[setting][exists]=true&sort=name&depth=0',
      '/api/users?where[email][like]=example.org&select[name]=true&select[email]=true',
      '/api/questions/versions?where[parent][exists]=true&sort=-updatedAt&limit=10&depth=0',
      '/api/questions?where[settingTypes][in]=primary&where[active][equals]=true&sort=order&draft=true',
      '/api/settings?select[name]=true&limit=100&depth=0&where[active][not_equals]=false',
      '/api/case-studies?where[published.live][equals]=true&sort=-published.publishedAt&select[published][title]=true',
      '/api/case-studies?where[principles][contains]=1&populate[settings][name]=true',
      '/api/actions/count?where[status][equals]=done',
      '/api/actions?where[setting.name][like]=Setting&sort=-setting.name',
      '/api/principles?sort=order&limit=0',
      '/api/media?where[filename][like]=png&select[filename]=true&limit=25',
      '/api/assessments?where[status][equals]=submitted&where[submittedAt][exists]=true&sort=-submittedAt&depth=1',
      `/api/actions/${ownAction.id}?depth=1`,
    ]
    for (const c of COLLECTIONS) admin.push(`/api/${c.slug}?where[id][exists]=true&sort=-id&limit=5&depth=0`)
    const failures: string[] = []
    for (const p of admin) {
      const res = await send('GET', p, 'service-admin')
      // Payload's own collections may be closed to everyone: a 403 there is a refusal, not a malformed-request error.
      const closed = res.status === 403 && p.startsWith('/api/payload-')
      if (res.status !== 200 && !closed) failures.push(`${p}: ${res.status} ${JSON.stringify(res.json?.errors ?? res.text.slice(0, 120))}`)
    }
    const lead = [
      `/api/actions?where[setting][equals]=${settingA.id}&sort=dueDate`,
      '/api/case-studies?where[status][in]=private,changes-requested&depth=0',
      `/api/actions/${ownAction.id}`,
    ]
    for (const p of lead) {
      const res = await send('GET', p, 'setting-lead')
      if (res.status !== 200) failures.push(`lead ${p}: ${res.status} ${JSON.stringify(res.json?.errors)}`)
    }
    // Payload's own DELETE of a preference failed for every key; its replacement deletes the user's own.
    const key = `robustness-${world.tag}`
    const saved = await send('POST', `/api/payload-preferences/${key}`, 'setting-lead', { json: { value: { columns: [] } } })
    const removed = await send('DELETE', `/api/payload-preferences/${key}`, 'setting-lead')
    const again = await send('DELETE', `/api/payload-preferences/${key}`, 'setting-lead')
    if (saved.status !== 200 || removed.status !== 200 || again.status !== 404)
      failures.push(`preference save/delete/delete: ${saved.status} ${removed.status} ${again.status}`)
    const graphql = `{ Actions(where: { status: { equals: done }, setting: { in: [${settingA.id}] } }, sort: "-updatedAt", limit: 10, page: 1) { totalDocs } }`
    const gql = await send('POST', '/api/graphql', 'service-admin', { json: { query: graphql } })
    if (gql.status !== 200 || gql.json?.errors) failures.push(`GraphQL: ${gql.status} ${JSON.stringify(gql.json?.errors)}`)
    expect(failures).toEqual([])
  })

  it('the admin panel’s list views render with their filters, sorts and limits', async () => {
    const views = [
      '/admin/collections/actions?limit=10&page=1&sort=-updatedAt&where[or][0][and][0][title][like]=x',
      `/admin/collections/case-studies?where[or][0][and][0][setting][in][0]=${world.settingA.id}&limit=25`,
      '/admin/collections/users?where[or][0][and][0][createdAt][greater_than]=2020-01-01T00:00:00.000Z&sort=name',
      '/admin/collections/questions?where[or][0][and][0][active][equals]=true&sort=order',
      '/admin/collections/settings?where[or][0][and][0][district][exists]=true&search=Setting',
    ]
    const failures: string[] = []
    for (const v of views) {
      const res = await send('GET', v, 'service-admin', { cookie: true })
      if (res.status !== 200) failures.push(`${v}: ${res.status}`)
    }
    expect(failures).toEqual([])
  })
})

describe('after every case', () => {
  it('nothing stored has changed', async () => {
    expect(await storedState()).toBe(before)
  })
})
