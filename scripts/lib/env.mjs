// The environment the Hub's processes share: a generated dev secret, and the settings from .env if present.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from './install.mjs'

export const dataDir = path.join(root, '.data')

/** KEY=value lines of .env (no interpolation); values already in the environment win. */
export function loadDotEnv() {
  const file = path.join(root, '.env')
  if (!existsSync(file)) return
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2')
  }
}

/** In development the secret is generated once into .data/secret; production must set PAYLOAD_SECRET. */
export function ensureSecret() {
  if (process.env.PAYLOAD_SECRET) return
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set in production (a random string of at least 32 characters).')
  }
  mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, 'secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  process.env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
}

/** Environment for Payload's CLI and scripts: the production condition avoids Lexical's ESM deadlock. */
export function cliEnv(extra = {}) {
  return { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' '), ...extra }
}
