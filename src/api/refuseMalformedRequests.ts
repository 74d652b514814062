/**
 * Applies the request rules to every collection: a beforeOperation hook that refuses a malformed id (404) or a
 * malformed list query (400) before anything is read or written, and an afterError hook that explains what slipped
 * through. Both are wired into the config by `withRequestValidation`.
 */
import {
  APIError,
  type AfterErrorHook,
  type Collection,
  type CollectionBeforeOperationHook,
  type GlobalBeforeOperationHook,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SanitizedGlobalConfig,
} from 'payload'

import { explainBadInput } from './explainBadInput'
import {
  type CollectionLookup,
  type QueryCollection,
  type QueryField,
  idProblem,
  paginationProblems,
  parseDocumentId,
  populateProblems,
  selectProblems,
  sortProblems,
  whereProblems,
} from './requestRules'

interface PayloadField {
  name?: string
  type: string
  hasMany?: boolean
  relationTo?: string | string[]
  options?: (string | { value: string })[]
  flattenedFields?: PayloadField[]
  blocks?: { flattenedFields?: PayloadField[] }[]
  virtual?: boolean | string
}

const toQueryFields = (fields: PayloadField[]): QueryField[] =>
  fields
    .filter((f) => typeof f.name === 'string')
    .map((f) => ({
      name: f.name!,
      type: f.type,
      hasMany: Boolean(f.hasMany),
      relationTo: f.relationTo,
      options: f.options?.map((o) => (typeof o === 'string' ? o : o.value)),
      fields:
        f.type === 'blocks'
          ? [{ name: 'blockType', type: 'text' }, ...toQueryFields((f.blocks ?? []).flatMap((b) => b.flattenedFields ?? []))]
          : f.flattenedFields && toQueryFields(f.flattenedFields),
      // Payload refuses queries on purely virtual fields; a virtual path into a relationship is a real column.
      virtual: f.virtual === true,
    }))

const collectionOf = (payload: Payload, slug: string): Collection | undefined => (payload.collections as Record<string, Collection | undefined>)[slug]

const label = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)

const described = new WeakMap<SanitizedCollectionConfig, QueryCollection>()

/** The collection as the rules see it (cached: configs do not change while the Hub runs). */
export function describeCollection(config: SanitizedCollectionConfig, payload: Payload): QueryCollection {
  let description = described.get(config)
  if (!description) {
    const customIDType = (collectionOf(payload, config.slug) as { customIDType?: string } | undefined)?.customIDType
    description = {
      slug: config.slug,
      singular: label(config.labels?.singular, config.slug),
      plural: label(config.labels?.plural, config.slug),
      idType: (customIDType ?? payload.db.defaultIDType) === 'text' ? 'text' : 'number',
      fields: toQueryFields(config.flattenedFields as unknown as PayloadField[]),
      versions: Boolean(config.versions),
    }
    described.set(config, description)
  }
  return description
}

const describedGlobals = new WeakMap<SanitizedGlobalConfig, QueryCollection>()

/** A global as the rules see it: one document, so only depth, select and populate apply. */
function describeGlobal(config: SanitizedGlobalConfig): QueryCollection {
  let description = describedGlobals.get(config)
  if (!description) {
    const name = label(config.label, config.slug)
    description = {
      slug: config.slug,
      singular: name,
      plural: name,
      idType: 'number',
      fields: toQueryFields(config.flattenedFields as unknown as PayloadField[]),
      versions: Boolean(config.versions),
    }
    describedGlobals.set(config, description)
  }
  return description
}

const lookupIn =
  (payload: Payload): CollectionLookup =>
  (slug) => {
    const collection = collectionOf(payload, slug)
    return collection ? describeCollection(collection.config, payload) : undefined
  }

const notFound = (message: string) => new APIError(message, 404, undefined, true)

/** The route segments after `/api/<slug>` of a REST request to this collection, or null for any other request. */
function routeSegments(req: PayloadRequest, slug: string): string[] | null {
  if (req.payloadAPI !== 'REST' || req.routeParams?.collection !== slug || typeof req.pathname !== 'string') return null
  const base = `${req.payload.config.routes.api}/${slug}`
  return req.pathname.startsWith(`${base}/`) ? req.pathname.slice(base.length + 1).split('/') : null
}

const decoded = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * What is wrong with what a REST route of this collection addresses: versions of a collection that keeps none, or
 * a malformed `:id` (`/:id`, `/:id/…`, `/versions/:id`, `/access/:id`). Null when nothing is, or for other requests.
 */
function routeProblem(req: PayloadRequest, collection: QueryCollection): string | null {
  const segments = routeSegments(req, collection.slug)
  if (!segments) return null
  // Every collection answers /versions routes; one without versions has none to give.
  if (!collection.versions && segments[0] === 'versions') return `${collection.plural} keep no earlier versions, so there are none to list, read or restore.`
  const raw = req.routeParams?.id
  if (typeof raw !== 'string') return null
  const addressed = segments[0] === 'versions' || segments[0] === 'access' ? segments[1] : segments[0]
  if (addressed === undefined || decoded(addressed) !== raw) return null
  return idProblem(raw, collection)
}

/**
 * The `:id` of a custom endpoint's route (`/api/<slug>/:id/…`) as an id of that collection; a 404 explaining the
 * id when it cannot be one, before any query or row lock is tried with it.
 */
export function routeDocumentId(req: PayloadRequest): number | string {
  const slug = String(req.routeParams?.collection ?? '')
  const config = collectionOf(req.payload, slug)?.config
  if (!config) throw notFound(`There is no collection ${JSON.stringify(slug)}.`)
  const collection = describeCollection(config, req.payload)
  const id = parseDocumentId(req.routeParams?.id, collection.idType)
  if (id === null) throw notFound(idProblem(req.routeParams?.id, collection)!)
  return id
}

interface OperationArgs {
  id?: unknown
  where?: unknown
  sort?: unknown
  select?: unknown
  populate?: unknown
  page?: unknown
  limit?: unknown
  depth?: unknown
}

export const refuseMalformedRequests: CollectionBeforeOperationHook = ({ args, collection: config, req }) => {
  const collection = describeCollection(config, req.payload)
  const lookup = lookupIn(req.payload)
  const a = args as OperationArgs

  const addressed = routeProblem(req, collection)
  if (addressed) throw notFound(addressed)
  if (a.id !== undefined) {
    const problem = idProblem(a.id, collection)
    if (problem) throw notFound(problem)
  }

  const problems = [
    ...paginationProblems(a, { maxDepth: req.payload.config.maxDepth }),
    ...whereProblems(a.where, collection, lookup),
    ...sortProblems(a.sort, collection, lookup),
    ...selectProblems(a.select, collection),
    ...populateProblems(a.populate, lookup),
  ]
  if (problems.length) throw new APIError(problems.slice(0, 3).join(' '), 400, { problems }, true)
  return args
}

export const refuseMalformedGlobalRequests: GlobalBeforeOperationHook = ({ args, global, req }) => {
  const a = (args ?? {}) as OperationArgs
  const problems = [
    ...paginationProblems({ depth: a.depth }, { maxDepth: req.payload.config.maxDepth }),
    ...selectProblems(a.select, describeGlobal(global)),
    ...populateProblems(a.populate, lookupIn(req.payload)),
  ]
  if (problems.length) throw new APIError(problems.slice(0, 3).join(' '), 400, { problems }, true)
  return args
}

/** A global's /versions routes when it keeps none (Payload's own answer is a 500 whatever the request). */
function globalRouteProblem(req: PayloadRequest): string | null {
  const slug = req.routeParams?.global
  if (req.payloadAPI !== 'REST' || typeof slug !== 'string' || typeof req.pathname !== 'string') return null
  const global = req.payload.config.globals.find((g) => g.slug === slug)
  if (!global || global.versions) return null
  const versions = `${req.payload.config.routes.api}/globals/${slug}/versions`
  return req.pathname === versions || req.pathname.startsWith(`${versions}/`)
    ? `${describeGlobal(global).plural} keep no earlier versions, so there are none to list, read or restore.`
    : null
}

/** Errors a malformed request caused, answered as 400 (or 404 for a malformed id in the route) with a sentence. */
export const answerBadInputClearly: AfterErrorHook = ({ collection, error, graphqlResult, req }) => {
  const status = (error as { status?: number }).status ?? (error as { originalError?: { status?: number } }).originalError?.status ?? 500
  let explanation: { status: number; message: string } | null = null
  // Payload's own checks of a route id say "Missing ID" or "Not Found" for `abc`; name the id instead.
  // A global's versions that do not exist are not found for anyone, whatever Payload stumbled on first.
  const addressed =
    globalRouteProblem(req) ??
    (collection && (status === 400 || status === 404 || status >= 500) ? routeProblem(req, describeCollection(collection, req.payload)) : null)
  if (addressed) explanation = { status: 404, message: addressed }
  else if (status >= 500) explanation = explainBadInput(error)
  if (!explanation) return
  if (graphqlResult)
    return { graphqlResult: { ...graphqlResult, message: explanation.message, extensions: { ...graphqlResult.extensions, statusCode: explanation.status } } }
  return { response: { errors: [{ message: explanation.message }] }, status: explanation.status }
}
