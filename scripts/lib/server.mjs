// Starts the Hub's Next.js server (built, or in dev mode) and waits until it answers.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { root } from './install.mjs'

export async function waitForHttp(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  let lastError
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
      lastError = new Error(`HTTP ${res.status}`)
    } catch (error) {
      lastError = error
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s: ${lastError?.message}`)
}

/**
 * Spawns the Hub's server: built, one `next start` per core sharing the port (serve-cluster.mjs; HUB_WORKERS sets
 * how many), or `next dev`. Returns the child. Output is inherited unless `quiet`.
 */
export function startNext({ port, host = '127.0.0.1', dev = false, env = {}, quiet = false }) {
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }
  delete childEnv.NODE_ENV
  const args = ['-p', String(port), '-H', host]
  const [command, commandArgs] = dev
    ? [path.join(root, 'node_modules', '.bin', 'next'), ['dev', ...args]]
    : [process.execPath, [path.join(root, 'scripts', 'lib', 'serve-cluster.mjs'), ...args]]
  return spawn(command, commandArgs, {
    cwd: root,
    env: childEnv,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  })
}
