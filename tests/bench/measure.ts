/** Timing helpers for the benchmarks: run a piece of work n times and report the median and p95 in ms. */

export interface Timing {
  label: string
  runs: number
  medianMs: number
  p95Ms: number
}

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

export function report(title: string, rows: Timing[], baseline?: Timing): void {
  const lines = rows.map((r) => {
    const ratio = baseline ? `  ×${(r.medianMs / baseline.medianMs).toFixed(1)} of raw SQL` : ''
    return `  ${r.label.padEnd(58)} median ${r.medianMs.toFixed(2).padStart(8)} ms   p95 ${r.p95Ms.toFixed(2).padStart(8)} ms${ratio}`
  })
  console.log(`\n${title}\n${lines.join('\n')}\n`)
}
