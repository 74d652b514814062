/** Real HTTP against the running Hub: JSON and multipart requests as a given user (or anonymous). */
import { hubURL } from './payload'

export interface RestResponse {
  status: number
  body: any
}

export async function rest(
  method: string,
  path: string,
  { token, json, form }: { token?: string; json?: unknown; form?: FormData } = {},
): Promise<RestResponse> {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  let body: BodyInit | undefined
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(json)
  } else if (form) body = form
  const res = await fetch(`${hubURL()}${path}`, { method, headers, body, redirect: 'manual' })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, body: parsed }
}

/** A GraphQL request over real HTTP (POST /api/graphql), as a given user or anonymous. */
export async function graphql(query: string, { token }: { token?: string } = {}): Promise<RestResponse> {
  return rest('POST', '/api/graphql', { token, json: { query } })
}
