/** Unit and integration tests. Run through `npm test`, which provides PostgreSQL and a running Hub. */
import { defineConfig } from 'vitest/config'

import { alias, reporters, root } from './vitest.shared'

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts'],
    environment: 'node',
    // Integration files share one database and one server; running them one at a time keeps 2 cores calm.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters,
  },
})
