import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const https = (process.env.SERVER_URL || '').startsWith('https:')

/** Headers for every response; the page CSP (with its per-request nonce) is set in src/proxy.ts. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: path.resolve(dirname) },
  // Payload names its errors by class name (error.constructor.name); minified server code loses those names
  // and every API error becomes "An unknown error occurred". Server code is not shipped to browsers.
  experimental: { serverMinification: false },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        // API responses and uploaded files are data, never documents that may run script.
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; sandbox" }],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
