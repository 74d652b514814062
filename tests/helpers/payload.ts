/** Boots Payload's Local API in a test, against the database `npm test` prepared. */
import type { Payload } from 'payload'

let instance: Promise<Payload> | undefined

export function testPayload(): Promise<Payload> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run the tests with `npm test`.')
  instance ??= (async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    return getPayload({ config })
  })()
  return instance
}

export const hubURL = (): string => {
  const url = process.env.HUB_TEST_URL
  if (!url) throw new Error('HUB_TEST_URL is not set: run the tests with `npm test`.')
  return url
}
