/**
 * Wires the request checks into the built config: `refuseMalformedRequests` first in every collection's (and
 * `refuseMalformedGlobalRequests` in every global's) beforeOperation hooks, `answerBadInputClearly` as a global
 * afterError hook, and working answers for two of Payload's own routes that fail whatever they are sent.
 */
import { APIError, type CollectionBeforeOperationHook, type Endpoint, type GlobalBeforeOperationHook, type SanitizedConfig, UnauthorizedError } from 'payload'

import { answerBadInputClearly, refuseMalformedGlobalRequests, refuseMalformedRequests } from './refuseMalformedRequests'

/** POST /api/<auth collection>/verify/:token 500s when email verification is off: the Hub never turns it on. */
const noEmailVerification: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  handler: () =>
    Response.json({ errors: [{ message: 'Accounts on the Hub are not verified by an email link, so there is nothing to verify here.' }] }, { status: 404 }),
}

/** DELETE /api/payload-preferences/:key 500s for every key (Payload's delete cannot follow the user link): the same work through the Local API. */
const deleteOwnPreference: Endpoint = {
  path: '/:key',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const key = String(req.routeParams?.key ?? '')
    const { docs } = await req.payload.delete({
      collection: 'payload-preferences',
      where: { and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] },
      req,
      overrideAccess: true,
    })
    if (!docs.length) throw new APIError('You have no saved preference with that key.', 404, undefined, true)
    return Response.json({ ...docs[0], message: req.t('general:deletedSuccessfully') })
  },
}

const first = (hooks: CollectionBeforeOperationHook[] | undefined): CollectionBeforeOperationHook[] =>
  hooks?.includes(refuseMalformedRequests) ? hooks : [refuseMalformedRequests, ...(hooks ?? [])]

/**
 * Applied to the sanitized config (not as a plugin) because Payload adds its own collections — preferences, document
 * locks, jobs, migrations, the key-value store — only while sanitizing, and they need the same checks.
 */
export function withRequestValidation(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = first(collection.hooks.beforeOperation)
    const extra: Endpoint[] = []
    if (collection.auth && !collection.auth.verify) extra.push(noEmailVerification)
    if (collection.slug === 'payload-preferences') extra.push(deleteOwnPreference)
    // Endpoints are matched in order: these come before Payload's own routes of the same path.
    if (extra.length && Array.isArray(collection.endpoints) && !collection.endpoints.includes(extra[0]))
      collection.endpoints = [...extra, ...collection.endpoints]
  }
  for (const global of config.globals) {
    const hooks = (global.hooks.beforeOperation ?? []) as GlobalBeforeOperationHook[]
    if (!hooks.includes(refuseMalformedGlobalRequests)) global.hooks.beforeOperation = [refuseMalformedGlobalRequests, ...hooks]
  }
  config.hooks = { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []).filter((h) => h !== answerBadInputClearly), answerBadInputClearly] }
  return config
}
