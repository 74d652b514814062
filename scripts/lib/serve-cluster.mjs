// Serves the built Hub as `next start` does, once per worker, all on one port (Node's cluster module shares the
// listening socket): a Next.js server is one JavaScript thread, so one worker per core is what uses the machine.
// Only the first worker runs queued jobs (email). HUB_WORKERS sets the number (default: the cores available).
// Usage (from server.mjs): node scripts/lib/serve-cluster.mjs -p <port> -H <host>
import cluster from 'node:cluster'
import os from 'node:os'
import path from 'node:path'

import { root } from './install.mjs'

const workerCount = () => Math.max(1, Number(process.env.HUB_WORKERS) || os.availableParallelism())

if (cluster.isPrimary) {
  const args = process.argv.slice(2)
  const count = workerCount()
  cluster.setupPrimary({ exec: path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), args: ['start', ...args] })
  let stopping = false
  const fork = (index) => {
    const worker = cluster.fork({ HUB_WORKER: String(index), ...(index > 0 ? { JOBS_AUTORUN: 'false' } : {}) })
    worker.on('exit', (code, signal) => {
      if (stopping) return
      console.error(`Hub worker ${index} stopped (${signal ?? `exit ${code}`}); starting it again.`)
      setTimeout(() => fork(index), 500)
    })
  }
  for (let i = 0; i < count; i++) fork(i)
  const stop = () => {
    if (stopping) return
    stopping = true
    const workers = Object.values(cluster.workers ?? {})
    if (!workers.length) process.exit(0)
    let left = workers.length
    for (const worker of workers) {
      worker.once('exit', () => --left === 0 && process.exit(0))
      worker.process.kill('SIGTERM')
    }
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
