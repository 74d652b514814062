/**
 * Access for the collections Payload adds itself. Document locks (Payload's built-in `payload-locked-documents`): the
 * admin panel takes one while a service user edits a record. Open to every signed-in user by default, a lock let one setting block another's records; here a lock may
 * only be taken by a user who may update the locked document, and only the service — who use the admin panel — ever
 * sees or releases locks (service staff their own). Settings' own records are not lockable at all (`lockDocuments:
 * false` on them), so the service never locks a setting out of its own work either.
 */
import type { Access, CollectionConfig, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { actorOf, hasRole, isServiceUser } from './index'
import { idOf } from './roles'

export const LOCKS_SLUG = 'payload-locked-documents'

/** Whether the actor's update access on the document (or global) a lock would name lets them change it. */
async function mayUpdate(req: PayloadRequest, data: Record<string, unknown>): Promise<boolean> {
  const globalSlug = typeof data.globalSlug === 'string' ? data.globalSlug : null
  if (globalSlug) {
    const global = req.payload.config.globals.find((g) => g.slug === globalSlug)
    return !!global && (await global.access.update?.({ req, data: undefined })) === true
  }
  const document = data.document as { relationTo?: unknown; value?: unknown } | undefined
  const slug = typeof document?.relationTo === 'string' ? document.relationTo : null
  const id = idOf(document?.value)
  const collection = slug ? req.payload.collections[slug as keyof typeof req.payload.collections] : undefined
  if (!collection || id === null || collection.config.lockDocuments === false) return false
  const access = await collection.config.access.update({ req, id: id as number, data: undefined })
  if (access === true || !access) return access === true
  const { totalDocs } = await req.payload.count({
    collection: collection.config.slug,
    where: { and: [access as Where, { id: { equals: id } }] },
    req,
    overrideAccess: true,
  })
  return totalDocs === 1
}

/** Service admins see and release every lock; service staff their own; nobody else any. */
const serviceLocks: Access = (args) => {
  if (hasRole(args.req, 'service-admin')) return true
  if (!isServiceUser(args.req)) return false
  return { 'user.value': { equals: actorOf(args.req)!.id } }
}

/** Without data (as when the admin panel works out permissions) the answer depends on the role alone. */
const createLock: Access = async ({ req, data }) => {
  if (!isServiceUser(req)) return false
  return data ? mayUpdate(req, data as Record<string, unknown>) : true
}

export const lockAccess: CollectionConfig['access'] = { read: serviceLocks, create: createLock, update: serviceLocks, delete: serviceLocks }

/**
 * Payload adds the locks collection after the config is built, with no option for its access: this puts the Hub's
 * rules on it. Applied to the built config in payload.config.ts. (Payload closes jobs and its key-value store itself,
 * keeps preferences each user's own, and serves no API for migrations: tests/int/hardening.test.ts checks them.)
 */
export function restrictBuiltInCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === LOCKS_SLUG)
  if (!locks) throw new Error(`Payload no longer adds the ${LOCKS_SLUG} collection: review src/access/builtInCollections.ts`)
  locks.access = { ...locks.access, ...lockAccess }
  return config
}
