/** Unit and integration tests. Run through `npm test`, which provides PostgreSQL and a running Hub. */
import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.resolve(import.meta.dirname, '..')

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@\/(.*)$/, replacement: path.join(root, 'src/$1') },
      { find: /^@collections\/(.*)$/, replacement: path.join(root, 'collections/$1') },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts'],
    environment: 'node',
    // Integration files share one database and one server; running them one at a time keeps 2 cores calm.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', path.join(root, 'tests/helpers/summaryReporter.ts')],
  },
})
