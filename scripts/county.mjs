// `npm run county [-- --rebuild]`: builds "a county in a box" (or finds it current) and prints its scale, counted
// from its database. See scripts/lib/county.mjs and tests/bench/county/.
import { ensureInstalled } from './lib/install.mjs'

await ensureInstalled()
const { openCounty, countCounty, printCounts } = await import('./lib/county.mjs')
let code = 0
const county = await openCounty({ rebuild: process.argv.includes('--rebuild') }).catch((error) => {
  console.error(error.message)
  process.exit(1)
})
try {
  console.log(`\nThe county (${county.url.replace(/:[^:@/]+@/, ':***@')}, images in ${county.mediaDir}):`)
  printCounts(await countCounty(county.url))
  if (county.marker?.steps)
    console.log(
      `\nGenerator steps (s): ${Object.entries(county.marker.steps)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ')}`,
    )
} catch (error) {
  console.error(error.message)
  code = 1
} finally {
  await county.stop()
}
process.exit(code)
