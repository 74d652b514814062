/** Browser tests. Run through `npm run test:e2e`, which serves the Hub on a fresh, demo-seeded database. */
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
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // One Chromium per file, and one file at a time: two cores run the server and the browser.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', path.join(root, 'tests/helpers/summaryReporter.ts')],
  },
})
