import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { API_CONTENT_SECURITY_POLICY, securityHeaders } from './src/config/securityHeaders'
import { FORM_BODY_MAX_BYTES } from './src/portal/formBodyLimit'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const https = (process.env.SERVER_URL || '').startsWith('https:')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pdfkit reads its standard fonts' metrics from its own package folder at run time: keep it out of the bundle.
  serverExternalPackages: ['pdfkit'],
  reactStrictMode: true,
  turbopack: { root: path.resolve(dirname) },
  // Payload names its errors by class name (error.constructor.name); minified server code loses those names
  // and every API error becomes "An unknown error occurred". Server code is not shipped to browsers.
  // A portal form's body (a case study with an image) is read whole up to this, and refused (413) by the proxy above it.
  experimental: { serverMinification: false, serverActions: { bodySizeLimit: FORM_BODY_MAX_BYTES }, proxyClientMaxBodySize: FORM_BODY_MAX_BYTES },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(https) },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
