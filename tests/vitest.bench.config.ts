/** Benchmarks (`npm run bench`): tests that time the work and print a table; never part of `npm test`. */
import { defineConfig } from 'vitest/config'

import { alias, reporters, root } from './vitest.shared'

export default defineConfig({
  root,
  resolve: { alias },
  test: { include: ['tests/bench/**/*.bench.ts'], environment: 'node', fileParallelism: false, testTimeout: 600_000, hookTimeout: 600_000, reporters },
})
