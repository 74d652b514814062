// The two baselines the app's pages are compared with, each in its own process like `next start`:
//   node baselineServer.mjs raw     — node:http + pg: each page's SQL, rendered into a minimal HTML string
//   node baselineServer.mjs static  — node:http answering each page's captured response bytes from memory
// Configured by BASELINE_CONFIG (a JSON file: port, context, database URL, media dir, captured bodies).
import { readFileSync } from 'node:fs'
import http from 'node:http'

const mode = process.argv[2]
const config = JSON.parse(readFileSync(process.env.BASELINE_CONFIG, 'utf8'))

let handle
if (mode === 'static') {
  const bodies = new Map(Object.entries(config.bodies).map(([p, { type, file }]) => [p, { type, body: readFileSync(file) }]))
  handle = async (req, res) => {
    const entry = bodies.get(req.url)
    if (!entry) return res.writeHead(404).end()
    res.writeHead(200, { 'Content-Type': entry.type, 'Content-Length': entry.body.length }).end(entry.body)
  }
} else if (mode === 'raw') {
  const pg = (await import('pg')).default
  const { benchPages, rawViewer } = await import('./pages.mjs')
  // The same pool size as the app's (DATABASE_POOL_MAX, default 10).
  const db = new pg.Pool({ connectionString: config.databaseURL, max: Number(process.env.DATABASE_POOL_MAX || 10) })
  const pages = new Map(benchPages(config.context).map((p) => [p.path, p]))
  handle = async (req, res) => {
    const page = pages.get(req.url)
    if (!page) return res.writeHead(404).end()
    const viewer = page.as ? await rawViewer(db, req.headers.cookie) : null
    if (page.as && !viewer) return res.writeHead(401).end()
    const body = await page.raw(db, config.context, viewer, config.mediaDir)
    if (body === null) return res.writeHead(404).end()
    const type = page.kind === 'file' ? 'image/jpeg' : 'text/html; charset=utf-8'
    const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body)
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': buffer.length }).end(buffer)
  }
} else {
  throw new Error(`unknown baseline ${mode}`)
}

const server = http.createServer((req, res) =>
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.writeHead(500)
    res.end()
  }),
)
server.keepAliveTimeout = 65_000
server.listen(config.port, '127.0.0.1', () => process.send?.('listening'))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
