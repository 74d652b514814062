// `npm run bench [-- --quick] [--rebuild] [--label NAME] [--only page,page] [--local file,file] [--no-local] [--no-http]`
// (--local runs only the tests/bench/*.bench.ts files whose names contain one of the words, e.g. --local awards;
// `--only mix` runs the whole-product load mix, one and two instances, instead of the pages: scripts/lib/bench/mixBench.mjs;
// `--only mix --profile` runs it once on one CPU-profiled instance and says where its thread spent the time;
// `--only mix --workers 2` measures one instance of 2 cluster workers on one port, as `npm start` runs it)
// Measures the Hub at county scale: builds or reuses "a county in a box" (scripts/lib/county.mjs), then on a
// throwaway copy of it runs tests/bench/*.bench.ts (Local API against raw SQL of the same work) and times every
// page over HTTP on the built app against a raw-SQL server and a static server in the same run. Writes
// bench/results/<date>[-label].json and .md, and prints every figure with its baseline, ratio and target.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureInstalled, root } from './lib/install.mjs'
import { run } from './lib/run.mjs'

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const quick = flag('--quick')
const label = option('--label') ?? (quick ? 'quick' : '')
// The label names a file in bench/results: letters, digits, dots, dashes and underscores only.
if (label && !/^[\w.-]+$/.test(label)) {
  console.error(`--label ${JSON.stringify(label)}: use letters, digits, '.', '-' and '_' only (it names the results file).`)
  process.exit(2)
}
const only = option('--only')?.split(',')
const localOnly = option('--local')?.split(',') ?? []
const mixOnly = only?.includes('mix') ?? false
const pagesOnly = only?.filter((k) => k !== 'mix')

await ensureInstalled()
const pg = (await import('pg')).default
const { openCounty, countCounty, printCounts, COUNTY_PASSWORD, countyMediaDir } = await import('./lib/county.mjs')
const { benchPagesOverHttp } = await import('./lib/bench/pagesBench.mjs')
const { benchMix } = await import('./lib/bench/mixBench.mjs')
const { judgeTargets, markdownSummary } = await import('./lib/bench/summary.mjs')

const started = performance.now()
const date = new Date().toISOString().slice(0, 10)
const workDir = path.join(root, '.data', 'bench-run')
rmSync(workDir, { recursive: true, force: true })
mkdirSync(workDir, { recursive: true })

/** A throwaway copy of the county (CREATE DATABASE … TEMPLATE): benchmarks write, the county stays as built. */
async function copyOf(countyURL, name) {
  const admin = new URL(countyURL)
  const source = admin.pathname.slice(1)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${source}"`)
  } finally {
    await client.end()
  }
  const copy = new URL(countyURL)
  copy.pathname = `/${name}`
  return { url: copy.toString(), drop: () => dropDatabase(admin.toString(), name) }
}

async function dropDatabase(adminURL, name) {
  const client = new pg.Client({ connectionString: adminURL })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end())
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

const results = {
  date,
  label,
  quick,
  commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`,
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadBefore: os.loadavg().map((l) => Math.round(l * 100) / 100),
  },
}

const county = await openCounty({ rebuild: flag('--rebuild') }).catch((error) => {
  console.error(error.message)
  process.exit(1)
})
results.county = { version: county.version, builtOn: county.marker.built_on, buildSeconds: Number(county.marker.seconds), steps: county.marker.steps }
let code = 0
try {
  results.scale = await countCounty(county.url)
  console.log('\nThe county, counted from its database:')
  printCounts(results.scale)

  if (!flag('--no-local')) {
    console.log('\n› Local API against raw SQL of the same work (tests/bench/*.bench.ts, on a copy of the county)')
    const copy = await copyOf(county.url, 'hub_county_bench_local')
    const lines = path.join(workDir, 'local.jsonl')
    try {
      await run(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'tests/vitest.bench.config.ts', ...localOnly], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: copy.url,
          MEDIA_DIR: countyMediaDir,
          MAIL_DIR: path.join(workDir, 'mail'),
          JOBS_AUTORUN: 'false',
          BENCH_RESULTS_FILE: lines,
          BENCH_QUICK: quick ? '1' : '',
        },
      })
    } finally {
      await copy.drop()
    }
    results.local = existsSync(lines)
      ? readFileSync(lines, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : []
  }

  if (mixOnly) {
    console.log('\n› The whole-product load mix over HTTP (next start × 1 and × 2, on a fresh copy of the county)')
    const copy = await copyOf(county.url, 'hub_county_bench_mix')
    const db = new pg.Pool({ connectionString: copy.url, max: 2 })
    db.on('error', () => {})
    try {
      Object.assign(
        results,
        await benchMix({
          db,
          databaseURL: copy.url,
          mediaDir: countyMediaDir,
          password: COUNTY_PASSWORD,
          quick,
          workDir,
          profile: flag('--profile'),
          workers: Number(option('--workers') ?? 0),
        }),
      )
    } finally {
      await db.end()
      await copy.drop()
    }
  }

  if (!flag('--no-http') && !(mixOnly && !pagesOnly.length)) {
    console.log('\n› Pages over HTTP (next start, on a fresh copy of the county)')
    const copy = await copyOf(county.url, 'hub_county_bench_http')
    const db = new pg.Pool({ connectionString: copy.url, max: 2 })
    db.on('error', () => {}) // the copy is dropped WITH (FORCE) at the end
    try {
      Object.assign(
        results,
        await benchPagesOverHttp({ db, databaseURL: copy.url, mediaDir: countyMediaDir, password: COUNTY_PASSWORD, quick, only: pagesOnly, workDir }),
      )
    } finally {
      await db.end()
      await copy.drop()
    }
  }
} catch (error) {
  console.error(error.stack ?? error.message)
  code = 1
} finally {
  await county.stop()
}

results.seconds = Math.round((performance.now() - started) / 1000)
results.machine.loadAfter = os.loadavg().map((l) => Math.round(l * 100) / 100)
results.targets = judgeTargets(results)
// A label that starts with a date (2026-12-03-mix) is the file's whole name, not put after the date a second time.
const stem = /^\d{4}-\d{2}-\d{2}/.test(label) ? label : `${date}${label ? `-${label}` : ''}`
const dir = path.join(root, 'bench', 'results')
mkdirSync(dir, { recursive: true })
results.files = { json: `${stem}.json`, markdown: `${stem}.md` }
writeFileSync(path.join(dir, results.files.json), `${JSON.stringify(results, null, 2)}\n`)
const summary = markdownSummary(results)
writeFileSync(path.join(dir, results.files.markdown), summary)
console.log(`\n${summary}`)
console.log(`Written: bench/results/${results.files.json} and bench/results/${results.files.markdown}`)
rmSync(workDir, { recursive: true, force: true })
process.exit(code)
