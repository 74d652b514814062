/** A plain progress bar on stderr (redrawn in place on a terminal, a line every 10 % otherwise). */

export interface Progress {
  tick(n?: number): void
  done(note?: string): void
}

const tty = process.stderr.isTTY

export function progress(label: string, total: number): Progress {
  const started = performance.now()
  let count = 0
  let lastDecile = -1
  const draw = (final = false, note = '') => {
    const ratio = total ? Math.min(1, count / total) : 1
    const width = 30
    const bar = '█'.repeat(Math.round(ratio * width)).padEnd(width, '·')
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const line = `  ${label.padEnd(34)} [${bar}] ${String(count).padStart(6)}/${total} ${seconds.padStart(6)} s${note ? `  ${note}` : ''}`
    if (tty) process.stderr.write(`\r${line}${final ? '\n' : ''}`)
    else {
      const decile = Math.floor(ratio * 10)
      if (final || decile > lastDecile) process.stderr.write(`${line}\n`)
      lastDecile = decile
    }
  }
  draw()
  let lastDraw = 0
  return {
    tick(n = 1) {
      count += n
      const now = performance.now()
      if (!tty || now - lastDraw > 100) {
        lastDraw = now
        draw()
      }
    },
    done(note) {
      count = total
      draw(true, note)
    },
  }
}

/** Runs `work` over `items` with at most `concurrency` at a time, in order of start. */
export async function eachLimit<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      await work(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
}
