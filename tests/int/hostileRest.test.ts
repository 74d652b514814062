/**
 * Generated hostile queries (fast-check) against every collection's REST routes, its versions and the globals, as a
 * visitor and as users of two settings: where (nested and/or, every operator, real, unknown, related and hidden
 * fields, wrong kinds of value, huge strings and lists), sort, depth, limit, page, select, populate and Payload's
 * other parameters, both as qs-style brackets and as raw malformed query strings.
 *
 * Every answer is judged the same way:
 *   never a 5xx;
 *   never a field no caller may read (password hashes, salts, invitation and reset tokens, file locations);
 *   never another setting's record: every `setting` in the answer, at any depth, is the caller's (a visitor's: none);
 *   never more than the plain list shows: every document returned is one the caller sees with no query at all, and a
 *   count is never larger than that list.
 * A search on a field the caller cannot read must not tell its value (an oracle), checked for each such field.
 */
import config from '@payload-config'
import fc from 'fast-check'
import type { Payload, SanitizedCollectionConfig, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { describeCollection } from '@/api/refuseMalformedRequests'
import type { QueryField } from '@/api/requestRules'

import { type Client, clientFrom } from '../helpers/client'
import { FC_SEED, fcOptions, leaks, queryString, runsFor } from '../helpers/hostile'
import { testPayload } from '../helpers/payload'
import { type World, createWorld, tokenFor } from '../helpers/world'

const sanitized = await config
/** Every collection with REST routes (Payload's migrations table has none), Payload's own included. */
const COLLECTIONS: SanitizedCollectionConfig[] = sanitized.collections.filter((c) => Array.isArray(c.endpoints) && c.endpoints.length > 0)
const GLOBALS = sanitized.globals.map((g) => g.slug)
/** The Hub's own collections (Payload's internal ones — jobs, preferences, locks — change by themselves). */
const HUB_COLLECTIONS = COLLECTIONS.filter((c) => !c.slug.startsWith('payload-'))

const safeJSON = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** Every row of the Hub outside `own` setting (everything, for a visitor), as one string: equal means untouched. */
async function othersRows(own: number | null): Promise<string> {
  const parts: string[] = []
  for (const c of HUB_COLLECTIONS) {
    const owned = c.flattenedFields.some((f) => f.name === 'setting')
    const where: Where =
      own === null
        ? {}
        : c.slug === 'settings'
          ? { id: { not_equals: own } }
          : owned
            ? { or: [{ setting: { not_equals: own } }, { setting: { exists: false } }] }
            : {}
    const { docs } = await payload.find({ collection: c.slug as never, where, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })
    parts.push(JSON.stringify(docs))
  }
  return parts.join('\n')
}

type Actor = 'anonymous' | 'setting-lead' | 'setting-staff-b'
const ACTORS: Actor[] = ['anonymous', 'setting-lead', 'setting-staff-b']
type Kind = 'list' | 'count' | 'byId' | 'versions' | 'versionById'

let payload: Payload
let world: World
let client: Client
let training: { course: number; session: number }
let startedAt: string
const tokens: Partial<Record<Actor, string>> = {}
const settingOf = (actor: Actor): number | null => (actor === 'anonymous' ? null : actor === 'setting-lead' ? world.settingA.id : world.settingB.id)

/** What each actor sees with no query at all: the ids of each list (and of each versions list). */
const baseline = new Map<string, Set<string | number>>()
/** Ids of every collection, of both settings and none, for the by-id routes. */
const idsOf = new Map<string, (string | number)[]>()
/** Ids of each collection's versions, for /versions/:id. */
const versionIdsOf = new Map<string, (string | number)[]>()
/** Field paths of each collection worth searching, sorting and selecting by. */
const pathsOf = new Map<string, string[]>()

const counts = { structured: 0, raw: 0, oracle: 0, writes: 0, status: new Map<number, number>() }
const problems: string[] = []

/** One request; a reset of a request line over Node's 16 kB header limit counts as the 431 it is. */
async function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  const res = await client.request(method, path, { headers, body }).catch((error: NodeJS.ErrnoException) => {
    // Node answers such a request with 431 and closes the socket at once: a client still sending the rest may see
    // the reset before the answer. That is the server's refusal, not a fault.
    if (path.length > 16 * 1024 && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return { status: 431, text: '' }
    throw error
  })
  counts.status.set(res.status, (counts.status.get(res.status) ?? 0) + 1)
  return { status: res.status, text: res.text }
}

const authorization = (actor: Actor): Record<string, string> => (tokens[actor] ? { Authorization: `JWT ${tokens[actor]}` } : {})

const get = (actor: Actor, path: string) => send('GET', path, authorization(actor))

const routeOf = (slug: string, kind: Kind, id?: string | number) =>
  kind === 'list'
    ? `/api/${slug}`
    : kind === 'count'
      ? `/api/${slug}/count`
      : kind === 'versions'
        ? `/api/${slug}/versions`
        : kind === 'versionById'
          ? `/api/${slug}/versions/${encodeURIComponent(String(id))}`
          : `/api/${slug}/${encodeURIComponent(String(id))}`

/** The problems with one answer of `kind` to `actor` (empty when it is a fair answer). */
function judge(actor: Actor, slug: string, kind: Kind | 'global', res: { status: number; text: string }): string[] {
  if (res.status >= 500) return [`${res.status}: ${res.text.slice(0, 300)}`]
  if (res.status !== 200) return []
  let body: any
  try {
    body = JSON.parse(res.text)
  } catch {
    return [`200 that is not JSON: ${res.text.slice(0, 200)}`]
  }
  const found = leaks(body, settingOf(actor))
  // A setting's own record is the one `settings` row whose id is the caller's setting.
  if (kind === 'global') return found
  const versions = kind === 'versions' || kind === 'versionById'
  const seen = baseline.get(`${actor} ${slug} ${versions ? 'versions' : 'list'}`) ?? new Set()
  const docs: any[] = kind === 'byId' || kind === 'versionById' ? [body] : kind === 'count' ? [] : Array.isArray(body?.docs) ? body.docs : []
  for (const doc of docs) {
    if (doc && typeof doc === 'object' && 'id' in doc && !seen.has(doc.id)) found.push(`document ${doc.id} is not in the caller's plain list`)
    if (slug === 'settings' && doc?.id !== undefined && doc.id !== settingOf(actor)) found.push(`setting ${doc.id} is another setting's record`)
  }
  if (kind === 'count' && typeof body?.totalDocs === 'number' && body.totalDocs > seen.size) found.push(`count ${body.totalDocs} > ${seen.size} visible`)
  return found
}

// ─── Generators ─────────────────────────────────────────────────────────────────────────────────────────────────

const JUNK_PATHS = [
  'id',
  'createdAt',
  'updatedAt',
  'nope',
  'setting',
  'setting.name',
  'setting.id',
  'setting.urn',
  'setting.users',
  'owner.email',
  'version',
  'version.title',
  'parent',
  '_status',
  'a.b.c',
  '',
  '.',
  '..',
  'setting..name',
  'id.id',
  '__proto__',
  'constructor',
  'hash',
  'salt',
  'password',
  'invitationTokenHash',
  'resetPasswordToken',
  'loginAttempts',
  'formNonce',
  'website',
  'formToken',
  'answers.question',
  'answers.value',
  'answers.question.prompt',
  'images.url',
  'principles.title',
  'snapshot',
  'results.total',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'EQUALS',
  'eq',
  '$ne',
  'or',
  'and',
  '',
]
/** The operators people use most, more often than the rest. */
const operatorArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('equals', 'in', 'exists', 'like', 'contains', 'not_equals', 'greater_than') },
  { weight: 2, arbitrary: fc.constantFrom(...OPERATORS) },
)
const ODD_TEXT = [
  '',
  ' ',
  'null',
  'undefined',
  'true',
  'false',
  '0',
  '-1',
  '1.5',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '2147483647',
  '2147483648',
  '9007199254740993',
  '-2147483649',
  '2026-09-01',
  '2026-13-45T25:61:00Z',
  'not-a-date',
  '%',
  '%%',
  '_',
  '\\',
  '\\\\%',
  "'",
  '"',
  "';--",
  '[]',
  '{}',
  '\u0000',
  'a\u0000b',
  '\u202e',
  '😀',
  'a,b,c',
  '1,2,3',
  ',',
  '-0',
  '0x10',
  '1 OR 1=1',
  '$1',
  '?',
  '&',
  '=',
  'ñ',
  '10,20',
  '10,20,100,0',
  '[[0,0],[1,1]]',
  '{"type":"Point","coordinates":[0,0]}',
  'draft',
  'published',
  'scheduled',
  'submitted',
]

const scalar = (ids: (string | number)[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ODD_TEXT) },
    { weight: 3, arbitrary: fc.constantFrom(...(ids.length ? ids : [1])) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    // Huge strings: a few kilobytes stay within a request line (16 kB); the rest tests that limit too.
    { weight: 1, arbitrary: fc.nat(20_000).map((n) => 'x'.repeat(n)) },
    { weight: 1, arbitrary: fc.nat(3000).map((n) => Array.from({ length: n }, (_, i) => i + 1).join(',')) },
  )

const value = (ids: (string | number)[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: scalar(ids) },
    { weight: 2, arbitrary: fc.array(scalar(ids), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('relationTo', 'value', 'type', 'coordinates', 'equals', 'x'), scalar(ids), { maxKeys: 2 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...ids.slice(0, 8)), { minLength: 50, maxLength: 400 }) },
  )

const pathArb = (slug: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...(pathsOf.get(slug) ?? ['id'])) },
    { weight: 2, arbitrary: fc.constantFrom(...JUNK_PATHS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
  )

function whereArb(slug: string, ids: (string | number)[]): fc.Arbitrary<unknown> {
  const constraint = fc.oneof(
    { weight: 8, arbitrary: fc.dictionary(operatorArb, value(ids), { minKeys: 1, maxKeys: 2 }) },
    { weight: 1, arbitrary: scalar(ids) },
  )
  const { where } = fc.letrec<{ where: unknown }>((tie) => ({
    where: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.dictionary(pathArb(slug), constraint, { minKeys: 1, maxKeys: 3 }),
      fc.record({ or: fc.array(tie('where'), { maxLength: 3 }) }),
      fc.record({ and: fc.array(tie('where'), { maxLength: 3 }) }),
      fc.record({ or: scalar(ids) }),
    ),
  }))
  return where
}

// Mostly fair values, so that the other parameters of a query are judged past the pagination checks too.
const numberish = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5 }) },
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom('0', '-1', '1e3', '1.5', 'abc', '', ' 1', '99999999999999999999', 'NaN', 'Infinity', '0x10', '1,2', '٣', '1\u0000'),
  fc.double(),
  fc.integer(),
  fc.array(fc.nat(5), { minLength: 1, maxLength: 2 }),
)

const selectArb = (slug: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.dictionary(
      pathArb(slug),
      fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', '1', '0', '', 'yes'), fc.dictionary(pathArb(slug), fc.boolean(), { maxKeys: 2 })),
      {
        maxKeys: 4,
      },
    ),
    fc.constantFrom('title', '*', 'id,title', ''),
  )

const populateArb = (slug: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...COLLECTIONS.map((c) => c.slug), 'nope', 'users', 'settings'), selectArb(slug), { maxKeys: 2 }),
    fc.constantFrom('settings', '1', ''),
  )

function paramsArb(slug: string): fc.Arbitrary<Record<string, unknown>> {
  const ids = idsOf.get(slug) ?? []
  return fc.record(
    {
      where: whereArb(slug, ids),
      sort: fc.oneof(
        fc.tuple(fc.constantFrom('', '-', '+', '--'), pathArb(slug)).map(([sign, p]) => sign + p),
        fc
          .array(
            fc.tuple(fc.constantFrom('', '-'), pathArb(slug)).map(([sign, p]) => sign + p),
            { maxLength: 3 },
          )
          .map((a) => a.join(',')),
        fc.array(pathArb(slug), { maxLength: 3 }),
      ),
      depth: numberish,
      limit: numberish,
      page: numberish,
      select: selectArb(slug),
      populate: populateArb(slug),
      draft: fc.constantFrom('true', 'false', 'yes', ''),
      pagination: fc.constantFrom('false', 'true', '0', 'no'),
      trash: fc.constantFrom('true', 'false', 'x'),
      locale: fc.constantFrom('en', 'all', '*', 'xx', '\u0000'),
      joins: fc.oneof(
        fc.constantFrom('false', 'x'),
        fc.dictionary(pathArb(slug), fc.dictionary(fc.constantFrom('limit', 'sort', 'where', 'count'), scalar(ids), { maxKeys: 2 }), { maxKeys: 1 }),
      ),
    },
    { requiredKeys: [] },
  )
}

const RAW_TOKENS = [
  'where',
  'sort',
  'depth',
  'limit',
  'page',
  'select',
  'populate',
  'draft',
  'joins',
  'trash',
  'pagination',
  'locale',
  '[',
  ']',
  '[]',
  '[0]',
  '[99999]',
  '[or]',
  '[and]',
  '[equals]',
  '[in]',
  '[like]',
  '[exists]',
  '[near]',
  '[within]',
  '[setting]',
  '[id]',
  '[setting.name]',
  '[__proto__]',
  '[constructor][prototype]',
  '=',
  '==',
  '&',
  '&&',
  '?',
  '#',
  '.',
  ',',
  '-',
  '+',
  '%',
  '%ZZ',
  '%00',
  '%C0%AF',
  '%ff',
  '%E2%80%AE',
  '%5B',
  '%5D',
  '%26',
  '%3D',
  'true',
  'false',
  '1',
  '-1',
  '0',
  '1e99',
  'NaN',
  'abc',
  'setting',
  'title',
  'id',
  'name',
  'email',
  '{}',
  '"',
  "'",
  '\\',
  '|',
  '~',
  ';',
  '*',
  '!',
  '$',
  '(',
  ')',
  '@',
]
const rawQueryArb = fc.array(fc.constantFrom(...RAW_TOKENS), { maxLength: 40 }).map((t) => t.join(''))

// ─── Setup ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Paths a person could write: each field, a field inside a group or list, and a field of a linked record. */
function pathsFor(config: SanitizedCollectionConfig): string[] {
  const fields = describeCollection(config, payload).fields
  const paths: string[] = []
  const add = (field: QueryField, prefix: string) => {
    const path = prefix + field.name
    paths.push(path)
    for (const sub of field.fields ?? []) paths.push(`${path}.${sub.name}`)
    if (typeof field.relationTo === 'string') {
      const target = COLLECTIONS.find((c) => c.slug === field.relationTo)
      if (target) for (const f of describeCollection(target, payload).fields.slice(0, 6)) paths.push(`${path}.${f.name}`)
      paths.push(`${path}.id`)
    }
  }
  for (const f of fields) add(f, '')
  if (config.versions) for (const f of fields.slice(0, 8)) add(f, 'version.')
  return [...new Set(paths)]
}

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  payload = await testPayload()
  client = clientFrom()
  const { seedQuestionBank } = await import('@/seed/questionBank')
  const { populateSetting, trainingSession } = await import('../helpers/settingData')
  await seedQuestionBank(payload)
  world = await createWorld(payload)
  training = await trainingSession(payload, world.tag)
  await populateSetting(payload, world.settingA, world.users['setting-lead'], `ALPHA-${world.tag}`, training.session)
  await populateSetting(payload, world.settingB, world.users['setting-lead-b'], `BRAVO-${world.tag}`, training.session)
  tokens['setting-lead'] = await tokenFor(payload, world, 'setting-lead')
  tokens['setting-staff-b'] = await tokenFor(payload, world, 'setting-staff-b')

  for (const c of COLLECTIONS) {
    pathsOf.set(c.slug, pathsFor(c))
    const { docs } = await payload.find({ collection: c.slug as never, limit: 12, sort: '-id', depth: 0, overrideAccess: true, pagination: false })
    idsOf.set(c.slug, [...(docs as { id: string | number }[]).map((d) => d.id), 0, -1, 'abc', 2_147_483_648, '1.5'])
    if (c.versions) {
      const found = await payload.findVersions({ collection: c.slug as never, limit: 6, sort: '-id', depth: 0, overrideAccess: true })
      versionIdsOf.set(c.slug, [...found.docs.map((d) => d.id as string | number), 'abc', 0])
    }
    for (const actor of ACTORS) {
      for (const kind of c.versions ? (['list', 'versions'] as const) : (['list'] as const)) {
        const res = await get(actor, `${routeOf(c.slug, kind)}?limit=1000&depth=0`)
        const ids = new Set<string | number>()
        if (res.status === 200) {
          const body = JSON.parse(res.text)
          expect(body.totalDocs, `${actor} ${c.slug} ${kind}: more rows than one page`).toBeLessThanOrEqual(1000)
          for (const doc of body.docs) ids.add(doc.id)
        }
        baseline.set(`${actor} ${c.slug} ${kind}`, ids)
      }
    }
  }
}, 120_000)

afterAll(async () => {
  const statuses = [...counts.status.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`)
  console.log(
    `hostile REST (seed ${FC_SEED}): ${counts.structured} generated queries, ${counts.raw} raw query strings, ${counts.oracle} hidden-field searches, ${counts.writes} bulk or by-id writes; answers ${statuses.join(' ')}; ${problems.length} problems`,
  )
  if (!payload) return
  const { sql } = await import('@payloadcms/db-postgres')
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }).drizzle
  await payload.delete({ collection: 'payload-jobs', where: { createdAt: { greater_than_equal: startedAt } }, overrideAccess: true }).catch(() => undefined)
  await db.execute(sql`DELETE FROM attendances WHERE session_id = ${training.session}`)
  await payload.delete({ collection: 'training-sessions', id: training.session, overrideAccess: true }).catch(() => undefined)
  await payload.delete({ collection: 'training-courses', id: training.course, overrideAccess: true }).catch(() => undefined)
})

/** In a survey run (HOSTILE_SURVEY=1) every problem is listed instead of stopping at the first. */
const SURVEY = process.env.HOSTILE_SURVEY === '1'
function verdict(label: string, found: string[]): boolean {
  if (!found.length) return true
  problems.push(`${label}\n    ${found.slice(0, 3).join('\n    ')}`)
  if (SURVEY) {
    console.log(`PROBLEM ${label}\n    ${found.slice(0, 3).join('\n    ')}`)
    return true
  }
  return false
}

// ─── Properties ─────────────────────────────────────────────────────────────────────────────────────────────────

const targetArb = () =>
  fc.constantFrom(...COLLECTIONS).chain((c) =>
    fc.record({
      actor: fc.constantFrom(...ACTORS),
      slug: fc.constant(c.slug),
      kind: fc.constantFrom<Kind>(...(c.versions ? (['list', 'count', 'byId', 'versions', 'versionById'] as Kind[]) : (['list', 'count', 'byId'] as Kind[]))),
      id: fc.constantFrom(...(idsOf.get(c.slug) ?? [1])),
      versionId: fc.constantFrom(...(versionIdsOf.get(c.slug) ?? [1])),
      params: paramsArb(c.slug),
    }),
  )

describe('generated REST queries on every collection', () => {
  it('qs-style where, sort, depth, limit, page, select, populate: never a 5xx, a hidden field or another setting’s row', async () => {
    await fc.assert(
      fc.asyncProperty(targetArb(), async ({ actor, slug, kind, id, versionId, params }) => {
        counts.structured++
        const path = `${routeOf(slug, kind, kind === 'versionById' ? versionId : id)}${queryString(params)}`
        return verdict(`${actor} GET ${path.slice(0, 400)}`, judge(actor, slug, kind, await get(actor, path)))
      }),
      fcOptions(runsFor(700)),
    )
  }, 300_000)

  it('raw malformed query strings: the same', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COLLECTIONS.map((c) => c.slug)),
        fc.constantFrom(...ACTORS),
        fc.constantFrom<Kind>('list', 'count', 'byId'),
        rawQueryArb,
        async (slug, actor, kind, raw) => {
          counts.raw++
          const path = `${routeOf(slug, kind, idsOf.get(slug)?.[0] ?? 1)}?${raw}`
          return verdict(`${actor} GET ${path}`, judge(actor, slug, kind, await get(actor, path)))
        },
      ),
      fcOptions(runsFor(300)),
    )
  }, 300_000)

  it('globals: depth, select, populate and junk never give a 5xx or a hidden field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...GLOBALS),
        fc.constantFrom(...ACTORS),
        fc.oneof(
          fc
            .record(
              { depth: numberish, select: selectArb('settings'), populate: populateArb('settings'), draft: fc.constantFrom('true', 'x') },
              { requiredKeys: [] },
            )
            .map(queryString),
          rawQueryArb.map((q) => `?${q}`),
        ),
        fc.constantFrom('', '/versions', '/versions/1', '/access'),
        async (slug, actor, query, suffix) => {
          counts.structured++
          const path = `/api/globals/${slug}${suffix}${query}`
          return verdict(`${actor} GET ${path}`, judge(actor, slug, 'global', await get(actor, path)))
        },
      ),
      fcOptions(runsFor(60)),
    )
  }, 120_000)

  it('a search on a field the caller cannot read does not reveal its value', async () => {
    // Each field no setting user may read, and a search that would split its rows if it were answered.
    const hidden: { slug: string; where: Record<string, unknown> }[] = [
      { slug: 'users', where: { hash: { greater_than: '8' } } },
      { slug: 'users', where: { salt: { like: 'a' } } },
      { slug: 'users', where: { invitationTokenHash: { exists: true } } },
      { slug: 'users', where: { resetPasswordToken: { exists: true } } },
      { slug: 'media', where: { setting: { equals: world.settingB.id } } },
      { slug: 'media', where: { setting: { equals: world.settingA.id } } },
      { slug: 'media', where: { 'setting.name': { like: 'Setting' } } },
      { slug: 'join-requests', where: { formNonce: { exists: true } } },
      { slug: 'data-exports', where: { fileLocation: { exists: true } } },
      { slug: 'training-sessions', where: { notes: { exists: true } } },
      { slug: 'assessments', where: { internalNote: { exists: true } } },
    ]
    for (const { slug, where } of hidden) {
      for (const actor of ACTORS) {
        counts.oracle++
        const res = await get(actor, `/api/${slug}${queryString({ where, depth: 0, limit: 1000 })}`)
        const found = judge(actor, slug, 'list', res)
        if (res.status === 200) {
          const total = JSON.parse(res.text).totalDocs
          const all = baseline.get(`${actor} ${slug} list`)?.size ?? 0
          const own = settingOf(actor)
          // Asking for one's own setting's images is fair: the caller can read that field on them.
          const fair = slug === 'media' && own !== null && JSON.stringify(where).includes(`:${own}}`)
          if (!fair && total !== 0 && total !== all) found.push(`${total} of ${all} rows match: the search reads a field the caller cannot`)
        }
        verdict(`${actor} searches ${slug} by ${JSON.stringify(where)}`, found)
      }
    }
    expect(problems).toEqual([])
  })

  // Last, because a setting user's bulk change or delete may legitimately change their own setting's records.
  it('bulk and by-id PATCH and DELETE with generated where clauses: never a 5xx, never a change outside the caller’s own setting', async () => {
    const bodies = fc.oneof(
      fc.constantFrom<unknown>(
        {},
        { title: 'Hostile' },
        { status: 'done' },
        { name: 'Hostile' },
        { role: 'service-admin' },
        { internalNote: 'x' },
        { public: true },
      ),
      fc.constantFrom(world.settingA.id, world.settingB.id, 'abc', null).map((setting) => ({ setting, title: 'Moved' })),
      fc.constantFrom('{"title":', 'null', '[]', '"x"', '{"__proto__":{"admin":true}}', '\u0000'),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HUB_COLLECTIONS).chain((c) =>
          fc.record({
            actor: fc.constantFrom(...ACTORS),
            slug: fc.constant(c.slug),
            method: fc.constantFrom('PATCH', 'DELETE'),
            byId: fc.boolean(),
            id: fc.constantFrom(...(idsOf.get(c.slug) ?? [1])),
            where: whereArb(c.slug, idsOf.get(c.slug) ?? []),
            body: bodies,
          }),
        ),
        async ({ actor, slug, method, byId, id, where, body }) => {
          counts.writes++
          const before = await othersRows(settingOf(actor))
          const path = byId ? `/api/${slug}/${encodeURIComponent(String(id))}?depth=0` : `/api/${slug}${queryString({ where, depth: 0 })}`
          const text = typeof body === 'string' ? body : JSON.stringify(body)
          const res = await send(method, path, { 'Content-Type': 'application/json', ...authorization(actor) }, method === 'PATCH' ? text : undefined)
          const found: string[] = res.status >= 500 ? [`${res.status}: ${res.text.slice(0, 300)}`] : []
          if (res.status < 500) found.push(...leaks(safeJSON(res.text), settingOf(actor)))
          const after = await othersRows(settingOf(actor))
          if (after !== before) found.push('a record outside the caller’s own setting changed')
          return verdict(`${actor} ${method} ${path.slice(0, 400)} ${text.slice(0, 80)}`, found)
        },
      ),
      fcOptions(runsFor(100)),
    )
  }, 300_000)

  it('ends with no problem found', () => {
    expect(problems).toEqual([])
  })
})
