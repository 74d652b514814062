// The stack a test run needs: a fresh PostgreSQL database, migrated from the committed migrations, and the
// built Hub served against it. Torn down at the end of the run.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import { ensureBuilt } from './build.mjs'
import { root } from './install.mjs'
import { migrate, payloadCli } from './payloadCli.mjs'
import { freePort, startEmbeddedPostgres } from './postgres.mjs'
import { run } from './run.mjs'
import { startNext, waitForHttp } from './server.mjs'

export async function startTestStack({ seedDemo = false, serverEnv = {} } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'hub-test-'))
  const cleanups = [() => rmSync(tmp, { recursive: true, force: true })]
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
  try {
    let databaseURL = process.env.TEST_DATABASE_URL
    if (!databaseURL) {
      const db = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), database: 'hub_test', persistent: false })
      cleanups.push(() => db.stop())
      databaseURL = db.url
    }
    const port = await freePort()
    const env = {
      DATABASE_URL: databaseURL,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      PORT: String(port),
      SERVER_URL: `http://localhost:${port}`,
      MAIL_DIR: path.join(tmp, 'mail'),
      MEDIA_DIR: path.join(tmp, 'media'),
      EXPORT_DIR: path.join(tmp, 'exports'),
      DEMO_PASSWORD: 'compassionate-demo',
    }
    Object.assign(process.env, env)
    console.log('› Migrating a fresh test database')
    await migrate(databaseURL)
    if (seedDemo) process.stdout.write(await payloadCli(['run', 'src/seed/cli.ts'], { expect: /Seed/ }))
    await ensureBuilt()
    const server = startNext({ port, env: { ...env, ...serverEnv }, quiet: !process.env.HUB_TEST_VERBOSE })
    let serverLog = ''
    server.stdout?.on('data', (d) => (serverLog += d))
    server.stderr?.on('data', (d) => (serverLog += d))
    cleanups.push(
      () =>
        new Promise((resolve) => {
          if (server.exitCode !== null) return resolve()
          server.once('exit', resolve)
          server.kill('SIGTERM')
        }),
    )
    await waitForHttp(`http://127.0.0.1:${port}/`)
    return { env: { ...env, HUB_TEST_URL: `http://localhost:${port}` }, stop, serverLog: () => serverLog }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Starts the stack, runs vitest with `config` and the stack's environment, stops the stack, exits with the result. */
export async function runVitestAgainstStack({ config, stackOptions, env = {} }) {
  const stack = await startTestStack(stackOptions)
  let code = 0
  try {
    await run(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--config', config, ...process.argv.slice(2)], {
      cwd: root,
      env: { ...process.env, ...stack.env, ...env },
    })
  } catch (error) {
    console.error(error.message)
    if (process.env.HUB_TEST_VERBOSE) console.error(stack.serverLog())
    code = 1
  } finally {
    await stack.stop()
  }
  process.exit(code)
}
