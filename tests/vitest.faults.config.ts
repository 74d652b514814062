/** Fault tests: real processes stopped and started under load. Run through `npm run test:faults`. */
import { defineConfig } from 'vitest/config'

import { alias, reporters, root } from './vitest.shared'

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    // One file at a time: a file may run its own PostgreSQL and Hub beside the shared ones, on 2 cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    reporters,
  },
})
