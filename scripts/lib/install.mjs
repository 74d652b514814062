// Installs dependencies when node_modules is missing or older than package-lock.json. Uses only Node built-ins.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { run } from './run.mjs'

export const root = path.resolve(import.meta.dirname, '../..')
const stampFile = path.join(root, 'node_modules', '.hub-install-stamp')

const lockHash = () =>
  createHash('sha256')
    .update(readFileSync(path.join(root, 'package-lock.json')))
    .digest('hex')

export async function ensureInstalled() {
  const wanted = lockHash()
  const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : ''
  if (have === wanted) return
  console.log(
    existsSync(path.join(root, 'node_modules')) ? '› Dependencies changed: npm ci' : '› Installing dependencies: npm ci (first run only, about a minute)',
  )
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { env: { ...process.env, NODE_ENV: 'development' } })
  writeFileSync(stampFile, wanted)
}
