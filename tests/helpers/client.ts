/**
 * Real HTTP to the running Hub from a chosen loopback address (127.x.y.z): a client on a network of its own, as
 * the Hub sees it, so that a test's request limits never touch the rest of the suite's (127.0.0.1). Also submits
 * the portal's forms as a browser without JavaScript does.
 */
import http from 'node:http'

import { hubURL } from './payload'
import { clockSequence } from './sequence'

export interface ClientResponse {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: () => any
  location: string | undefined
}

export interface Client {
  address: string
  request: (method: string, path: string, options?: { headers?: Record<string, string>; body?: string | Buffer }) => Promise<ClientResponse>
  json: (method: string, path: string, body: unknown, headers?: Record<string, string>) => Promise<ClientResponse>
}

const addressSequence = clockSequence()

export function uniqueAddress(): string {
  const n = addressSequence() % (253 * 254 * 254)
  // 127.2.1.1 to 127.254.254.254: never 127.0.0.1 or 127.1.x.x, never a .0 or .255.
  return `127.${2 + Math.floor(n / (254 * 254))}.${1 + (Math.floor(n / 254) % 254)}.${1 + (n % 254)}`
}

export function clientFrom(address = uniqueAddress()): Client {
  const base = new URL(hubURL())
  const request: Client['request'] = (method, path, { headers = {}, body } = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: base.port,
          localAddress: address,
          method,
          path,
          headers: { Host: base.host, ...headers, ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text), location: res.headers.location })
          })
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      if (body !== undefined) req.write(body)
      req.end()
    })
  return {
    address,
    request,
    json: (method, path, body, headers = {}) =>
      request(method, path, { headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }),
  }
}

const decodeEntities = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** The hidden inputs of the first form in a page's main content (React's server-action fields, and the form's own), decoded. */
export function hiddenFields(html: string): Record<string, string> {
  // The page's own form: the header's sign-out form comes before the main content.
  const main = html.indexOf('<main')
  return hiddenInputsOf(/<form\b[\s\S]*?<\/form>/.exec(main >= 0 ? html.slice(main) : html)?.[0] ?? '')
}

/** The hidden inputs of one form's markup, names and values decoded. */
export function hiddenInputsOf(form: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    if (!/type="hidden"/.test(input)) continue
    const name = /name="([^"]*)"/.exec(input)?.[1]
    if (name) fields[decodeEntities(name)] = decodeEntities(/value="([^"]*)"/.exec(input)?.[1] ?? '')
  }
  return fields
}

/**
 * Opens `path` and submits its form with `fields` as a browser without JavaScript would (multipart POST to the
 * page, Origin of the Hub). Answers with the Hub's response: a 303 to follow, or the page with its errors.
 */
export async function submitPortalForm(
  client: Client,
  path: string,
  fields: Record<string, string>,
  { cookie }: { cookie?: string } = {},
): Promise<ClientResponse> {
  // A browser sends Sec-Fetch-Site with its cookie; without it Payload treats the cookie as absent.
  const page = await client.request('GET', path, { headers: cookie ? { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } : {} })
  if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`)
  const form = new FormData()
  for (const [name, value] of Object.entries({ ...hiddenFields(page.text), ...fields })) form.append(name, value)
  const encoded = new Response(form)
  const body = Buffer.from(await encoded.arrayBuffer())
  return client.request('POST', path, {
    headers: { 'Content-Type': encoded.headers.get('content-type') ?? '', Origin: hubURL(), ...(cookie ? { Cookie: cookie } : {}) },
    body,
  })
}

/** The text of a page without its tags, for matching messages. */
export const pageText = (html: string): string => decodeEntities(html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')
