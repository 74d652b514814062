/** What every vitest config of the Hub shares: the import aliases of tsconfig.json and the CI summary line. */
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..')

export const alias = [
  { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
  { find: /^@\/(.*)$/, replacement: path.join(root, 'src/$1') },
  { find: /^@collections\/(.*)$/, replacement: path.join(root, 'collections/$1') },
]

export const reporters = ['default', path.join(root, 'tests/helpers/summaryReporter.ts')]
