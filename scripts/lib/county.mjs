// "A county in a box": the county-sized dataset the benchmarks run on, in its own PostgreSQL (embedded, under
// .data/county/, unless COUNTY_DATABASE_URL or DATABASE_URL names one). Built by tests/bench/county/cli.ts and
// reused while its marker row says the same generator, rules, question bank and migrations built it.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { cliEnv, dataDir } from './env.mjs'
import { root } from './install.mjs'
import { migrate } from './payloadCli.mjs'
import { startEmbeddedPostgres } from './postgres.mjs'
import { run } from './run.mjs'

export { countCounty, printCounts } from './countyScale.mjs'

export const countyDir = path.join(dataDir, 'county')
export const countyMediaDir = path.join(countyDir, 'media')
/** Every county account signs in with this password. */
export const COUNTY_PASSWORD = 'county-of-compassion'

// What the county's content depends on: a change to any of these builds it again.
const INPUTS = [
  'tests/bench/county',
  'src/migrations',
  'src/seed/content',
  'src/seed/questionBank.ts',
  'src/assessment/scoring.ts',
  'src/assessment/matchRecommendations.ts',
  'src/assessment/applicability.ts',
  'src/assessment/benchmark.ts',
  'src/assessment/submitAssessment.ts',
  'src/assessment/gradeSubmission.ts',
  'src/assessment/latestResults.ts',
  'src/scrapbook/moderation.ts',
  'src/scrapbook/publisher.ts',
  'src/scrapbook/writing.ts',
  'src/seed/demoTraining.ts',
  'src/training/champions.ts',
  'src/awards',
  'src/seed/content/awardCriteria.ts',
  'src/seed/demoAwards.ts',
  'collections',
]

function* files(p) {
  const full = path.join(root, p)
  if (!existsSync(full)) return
  if (statSync(full).isDirectory()) for (const entry of readdirSync(full).sort()) yield* files(path.join(p, entry))
  else yield p
}

export function countyVersion(seed = process.env.COUNTY_SEED || 'lancashire') {
  const hash = createHash('sha256').update(`seed:${seed}\n`)
  for (const input of INPUTS) for (const file of files(input)) hash.update(file).update(readFileSync(path.join(root, file)))
  return hash.digest('hex').slice(0, 16)
}

async function query(url, sql, params) {
  const pg = (await import('pg')).default
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end()
  }
}

export async function readMarker(url) {
  const { rows } = await query(url, `SELECT to_regclass('public.county_build') IS NOT NULL AS marked, to_regclass('public.users') IS NOT NULL AS has_users`)
  if (!rows[0].marked) return { marker: null, hasData: rows[0].has_users && (await query(url, 'SELECT EXISTS (SELECT 1 FROM users) AS any')).rows[0].any }
  const marker = (await query(url, 'SELECT version, seed, built_on, seconds, steps, images FROM county_build LIMIT 1')).rows[0] ?? null
  return { marker, hasData: true }
}

/** Empties the county's database (only one that is a county, or empty, unless `force`). */
async function emptyDatabase(url, { force }) {
  const { marker, hasData } = await readMarker(url)
  if (!marker && hasData && !force) {
    throw new Error(`${url.replace(/:[^:@/]+@/, ':***@')} holds data that is not a county: refusing to empty it (pass --rebuild to force).`)
  }
  await query(url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;')
}

/**
 * Starts (or connects to) the county's database and builds the county when it is missing or stale.
 * Returns { url, mediaDir, version, marker, built, stop }.
 */
export async function openCounty({ rebuild = false, log = console.log } = {}) {
  mkdirSync(countyDir, { recursive: true })
  // Payload's config needs a secret to load; the county's tokens never outlive the process that signs them.
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
  let url = process.env.COUNTY_DATABASE_URL || process.env.DATABASE_URL
  let db = null
  if (!url) {
    db = await startEmbeddedPostgres({ dataDir: path.join(countyDir, 'pg'), database: 'hub_county', persistent: true })
    url = db.url
  }
  const stop = async () => db?.stop()
  try {
    const version = countyVersion()
    let { marker } = await readMarker(url)
    const mediaFiles = existsSync(countyMediaDir) ? readdirSync(countyMediaDir).length : 0
    const fresh = marker && marker.version === version && mediaFiles === 2 * marker.images
    if (fresh && !rebuild) {
      log(
        `› Reusing the county built on ${marker.built_on.toISOString().slice(0, 10)} in ${Number(marker.seconds).toFixed(0)} s (version ${version}; --rebuild builds it again)`,
      )
      return { url, mediaDir: countyMediaDir, version, marker, built: false, stop }
    }
    log(
      marker
        ? `› The county is stale (${marker.version} ≠ ${version}${fresh ? '' : ', or its images are missing'}): building it again`
        : '› Building the county (first run: a few minutes)',
    )
    const t0 = performance.now()
    await emptyDatabase(url, { force: rebuild })
    await migrate(url)
    log(`  migrated (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
    await run(path.join(root, 'node_modules', '.bin', 'payload'), ['run', 'tests/bench/county/cli.ts'], {
      cwd: root,
      env: cliEnv({
        DATABASE_URL: url,
        MEDIA_DIR: countyMediaDir,
        COUNTY_PICTURES: path.join(countyDir, 'pictures'),
        COUNTY_VERSION: version,
        COUNTY_PASSWORD,
        MAIL_DIR: path.join(countyDir, 'mail'),
        JOBS_AUTORUN: 'false',
      }),
    })
    // The CLI can exit 0 having done nothing (STACK-NOTES): only the marker proves the build finished.
    ;({ marker } = await readMarker(url))
    if (marker?.version !== version) throw new Error('The county generator exited without writing its marker row: the county is incomplete.')
    log(`› County built in ${((performance.now() - t0) / 1000).toFixed(0)} s (migrations included)`)
    return { url, mediaDir: countyMediaDir, version, marker, built: true, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
