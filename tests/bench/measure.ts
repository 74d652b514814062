/** Timing helpers for the benchmarks: run a piece of work n times and report the median and p95 in ms. */
import { appendFileSync } from 'node:fs'

import { countCounty, printCounts } from '../../scripts/lib/countyScale.mjs'

export interface Timing {
  label: string
  runs: number
  medianMs: number
  p95Ms: number
}

/** How many timed runs: `n`, or a fifth of it (at least 10) in a quick run (`npm run bench -- --quick`). */
export const runs = (n: number): number => (process.env.BENCH_QUICK ? Math.max(10, Math.round(n / 5)) : n)

/** `prepare` runs before each timed run, untimed (for example to make the draft the run submits). */
export async function measure(label: string, runs: number, work: (i: number) => Promise<unknown>, prepare?: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(5, runs); i++) {
    await prepare?.()
    await work(i) // warm-up
  }
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    await prepare?.()
    const start = performance.now()
    await work(i)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]
  return { label, runs, medianMs: at(0.5), p95Ms: at(0.95) }
}

/** Prints the table; under `npm run bench` also records it (BENCH_RESULTS_FILE) for the results file. */
export function report(title: string, rows: Timing[], baseline?: Timing): void {
  const lines = rows.map((r) => {
    const ratio = baseline ? `  ×${(r.medianMs / baseline.medianMs).toFixed(1)} (p95 ×${(r.p95Ms / baseline.p95Ms).toFixed(1)}) of raw SQL` : ''
    return `  ${r.label.padEnd(64)} median ${r.medianMs.toFixed(2).padStart(8)} ms   p95 ${r.p95Ms.toFixed(2).padStart(8)} ms${ratio}`
  })
  console.log(`\n${title}\n${lines.join('\n')}\n`)
  if (process.env.BENCH_RESULTS_FILE) appendFileSync(process.env.BENCH_RESULTS_FILE, `${JSON.stringify({ title, baseline: baseline?.label ?? null, rows })}\n`)
}

/** The scale the benchmark ran at, counted from its database (the county: `npm run county`). */
export async function printScale(): Promise<Record<string, number | string>> {
  const counts = (await countCounty(process.env.DATABASE_URL!)) as Record<string, number | string>
  if (Number(counts.settings) < 600)
    throw new Error(`The benchmarks run on the county (npm run bench builds it); this database has ${counts.settings} settings.`)
  printCounts(counts)
  return counts
}
