// Runs Payload's CLI with the environment it needs, and checks that it really did its work.
import path from 'node:path'

import { cliEnv } from './env.mjs'
import { root } from './install.mjs'
import { capture } from './run.mjs'

const bin = path.join(root, 'node_modules', '.bin', 'payload')

/** The CLI can exit 0 having done nothing (see STACK-NOTES): require a line that proves it ran. */
export async function payloadCli(args, { env = {}, expect } = {}) {
  const out = await capture(bin, args, { cwd: root, env: cliEnv(env) })
  if (expect && !expect.test(out)) {
    throw new Error(`payload ${args.join(' ')} printed nothing that shows it ran:\n${out}`)
  }
  return out
}

export const migrate = (databaseURL) => payloadCli(['migrate'], { env: { DATABASE_URL: databaseURL }, expect: /(Migrated|No migrations to run|Done)/i })
