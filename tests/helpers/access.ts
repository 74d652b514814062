/**
 * One small client over both ways into the Hub, for access tests: the Local API with access enforced
 * (`overrideAccess: false` and the acting `user`) and REST over real HTTP (`Authorization: JWT <token>`).
 * Both answer with an HTTP-like outcome, so one judge can decide allow or deny for either.
 */
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import type { User } from '@/payload-types'

import { rest } from './rest'

export type Api = 'Local' | 'REST'
export const APIS: readonly Api[] = ['Local', 'REST']

/** Who makes a call: a user (null for an anonymous visitor) and, for REST, that user's JWT. */
export interface Caller {
  user: User | null
  token?: string
}

/** The HTTP status of a call (the error's status for the Local API), the document it returned, and any message. */
export interface Outcome {
  status: number
  doc: any
  message?: string
}

export interface UploadFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

export interface AccessClient {
  read(collection: CollectionSlug, id: number | string, caller: Caller): Promise<Outcome>
  create(collection: CollectionSlug, data: Record<string, unknown>, caller: Caller, file?: UploadFile): Promise<Outcome>
  update(collection: CollectionSlug, id: number | string, data: Record<string, unknown>, caller: Caller): Promise<Outcome>
  remove(collection: CollectionSlug, id: number | string, caller: Caller): Promise<Outcome>
  readGlobal(slug: GlobalSlug, caller: Caller): Promise<Outcome>
  updateGlobal(slug: GlobalSlug, data: Record<string, unknown>, caller: Caller): Promise<Outcome>
}

/** The user as the Local API sees it after authentication (the auth strategies add `collection`). */
const localUser = (caller: Caller) => (caller.user ? { ...caller.user, collection: 'users' as const } : undefined)

async function settle(okStatus: number, call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { status: okStatus, doc: await call() }
  } catch (error) {
    const status = (error as { status?: unknown }).status
    return { status: typeof status === 'number' ? status : 500, doc: null, message: (error as Error).message }
  }
}

const messageOf = (body: any): string | undefined =>
  body && typeof body === 'object' && Array.isArray(body.errors) ? body.errors.map((e: { message?: string }) => e.message).join('; ') : undefined

export function accessClient(payload: Payload, api: Api): AccessClient {
  if (api === 'Local') {
    const base = (caller: Caller) => ({ overrideAccess: false, user: localUser(caller), depth: 0 })
    return {
      read: (collection, id, caller) => settle(200, () => payload.findByID({ collection, id, ...base(caller) })),
      create: (collection, data, caller, file) => settle(201, () => payload.create({ collection, data: data as never, file, ...base(caller) })),
      update: (collection, id, data, caller) => settle(200, () => payload.update({ collection, id, data: data as never, ...base(caller) })),
      remove: (collection, id, caller) => settle(200, () => payload.delete({ collection, id, ...base(caller) })),
      readGlobal: (slug, caller) => settle(200, () => payload.findGlobal({ slug, ...base(caller) })),
      updateGlobal: (slug, data, caller) => settle(200, () => payload.updateGlobal({ slug, data: data as never, ...base(caller) })),
    }
  }
  const call = async (method: string, path: string, caller: Caller, body: { json?: unknown; form?: FormData } = {}, pick?: string): Promise<Outcome> => {
    const res = await rest(method, path, { token: caller.token, ...body })
    const ok = res.status >= 200 && res.status < 300
    return {
      status: res.status,
      doc: ok && pick ? res.body?.[pick] : ok ? res.body : null,
      message: ok ? undefined : (messageOf(res.body) ?? String(res.body)),
    }
  }
  return {
    read: (collection, id, caller) => call('GET', `/api/${collection}/${id}?depth=0`, caller),
    create: (collection, data, caller, file) => {
      if (!file) return call('POST', `/api/${collection}?depth=0`, caller, { json: data }, 'doc')
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify(data))
      return call('POST', `/api/${collection}?depth=0`, caller, { form }, 'doc')
    },
    update: (collection, id, data, caller) => call('PATCH', `/api/${collection}/${id}?depth=0`, caller, { json: data }, 'doc'),
    remove: (collection, id, caller) => call('DELETE', `/api/${collection}/${id}?depth=0`, caller, {}, 'doc'),
    readGlobal: (slug, caller) => call('GET', `/api/globals/${slug}?depth=0`, caller),
    updateGlobal: (slug, data, caller) => call('POST', `/api/globals/${slug}?depth=0`, caller, { json: data }, 'result'),
  }
}

/** A small real PNG (8×8, grey), as the upload field expects it. */
export async function smallPng(): Promise<UploadFile> {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ccc' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: 'x.png', size: data.length }
}

/** A JWT for REST calls as a user created during a test. */
export async function loginToken(payload: Payload, email: string, password: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}
