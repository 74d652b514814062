// Timing pages over HTTP: one connection (sequential requests on a kept-alive socket) and 50 connections
// (autocannon). Every request has a timeout, so a collapsing server is reported, never waited for.
import http from 'node:http'

export const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null)
export const round = (ms) => (ms === null ? null : Math.round(ms * 100) / 100)

/** One request; resolves with status, body and time to the last byte (or a timeout). */
export function request(url, { headers = {}, agent, timeoutMs = 10_000, keepBody = false } = {}) {
  return new Promise((resolve) => {
    const start = performance.now()
    const req = http.get(url, { headers, agent }, (res) => {
      const chunks = []
      let bytes = 0
      res.on('data', (c) => {
        bytes += c.length
        if (keepBody) chunks.push(c)
      })
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, bytes, ms: performance.now() - start, body: keepBody ? Buffer.concat(chunks) : null }),
      )
      res.on('error', (error) => resolve({ status: 0, error: error.message, ms: performance.now() - start }))
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')))
    req.on('error', (error) => resolve({ status: 0, error: error.message, timedOut: error.message === 'timeout', ms: performance.now() - start }))
  })
}

/** `n` sequential requests on one kept-alive connection after `warmup` untimed ones: median, p95, max. */
export async function sequential(url, { headers, n, warmup, timeoutMs = 10_000, maxSeconds = Infinity }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  try {
    for (let i = 0; i < warmup; i++) await request(url, { headers, agent, timeoutMs })
    const times = []
    let failures = 0
    let timeouts = 0
    const deadline = performance.now() + maxSeconds * 1000
    let i = 0
    for (; i < n && (i < 10 || performance.now() < deadline); i++) {
      const r = await request(url, { headers, agent, timeoutMs })
      if (r.timedOut) timeouts++
      else if (r.status !== 200) failures++
      else times.push(r.ms)
    }
    times.sort((a, b) => a - b)
    return {
      requests: i,
      ok: times.length,
      failures,
      timeouts,
      p50: round(quantile(times, 0.5)),
      p95: round(quantile(times, 0.95)),
      max: round(times.at(-1) ?? null),
      times,
    }
  } finally {
    agent.destroy()
  }
}

/** `connections` concurrent connections for `seconds`: throughput, latency of the answered requests, errors. */
export async function concurrent(url, { headers, connections = 50, seconds, timeoutSeconds = 10 }) {
  const { default: autocannon } = await import('autocannon')
  const latencies = []
  const statuses = {}
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon({ url, headers, connections, duration: seconds, timeout: timeoutSeconds }, (error, r) => (error ? reject(error) : resolve(r)))
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms)
      statuses[status] = (statuses[status] ?? 0) + 1
    })
  })
  latencies.sort((a, b) => a - b)
  return {
    connections,
    seconds,
    requestsPerSecond: round(latencies.length / seconds),
    sent: result.requests.sent,
    answered: latencies.length,
    // Requests still unanswered when the run ended (besides those counted as errors).
    unanswered: Math.max(0, result.requests.sent - latencies.length - result.errors),
    ok: result['2xx'],
    non2xx: result.non2xx,
    // Every HTTP status answered, with its count: a non-2xx is explained, not only counted.
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: round(quantile(latencies, 0.5)),
    p95: round(quantile(latencies, 0.95)),
    p99: round(quantile(latencies, 0.99)),
    max: round(latencies.at(-1) ?? null),
  }
}

/** After a load run a collapsed server may still be working through its backlog: wait until it answers promptly again. */
export async function settle(url, { headers, limitMs = 120_000 } = {}) {
  const deadline = Date.now() + limitMs
  while (Date.now() < deadline) {
    const r = await request(url, { headers, timeoutMs: 30_000 })
    if (r.status > 0 && r.ms < 2_000) return
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}
