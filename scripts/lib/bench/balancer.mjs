// A round-robin HTTP load balancer for the two-instance bench (a fixture, not for production): each request goes to
// the next upstream in turn over kept-alive connections, headers and body streamed through unchanged.
//   node balancer.mjs <port> <upstream port> <upstream port> …   (sends 'listening' over IPC when ready)
import http from 'node:http'

const [port, ...upstreams] = process.argv.slice(2).map(Number)
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
let turn = 0

const server = http.createServer((req, res) => {
  const upstream = upstreams[turn++ % upstreams.length]
  const forward = http.request({ host: '127.0.0.1', port: upstream, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
    answer.pipe(res)
  })
  forward.on('error', () => {
    if (!res.headersSent) res.writeHead(502)
    res.end()
  })
  req.pipe(forward)
})
server.keepAliveTimeout = 65_000
server.listen(port, '127.0.0.1', () => process.send?.('listening'))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
