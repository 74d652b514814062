// Builds the Next.js app when the sources changed since the last build.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from './install.mjs'
import { run } from './run.mjs'

const INPUTS = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'tsconfig.json', 'package-lock.json']
const stampFile = path.join(root, '.next', 'hub-build-stamp')

function* files(p) {
  const full = path.join(root, p)
  if (!existsSync(full)) return
  if (statSync(full).isDirectory()) {
    for (const entry of readdirSync(full).sort()) yield* files(path.join(p, entry))
  } else yield p
}

function sourceHash() {
  const hash = createHash('sha256')
  for (const input of INPUTS) for (const file of files(input)) hash.update(file).update(readFileSync(path.join(root, file)))
  return hash.digest('hex')
}

/** Next's build runs in production mode; the environment of the caller (vitest sets NODE_ENV=test) must not leak in. */
export async function ensureBuilt() {
  const wanted = sourceHash()
  if (existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) return
  console.log('› Building the Hub (next build, about a minute on 2 cores)')
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  delete env.NODE_ENV
  await run(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, env })
  writeFileSync(stampFile, wanted)
}
