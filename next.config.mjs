import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { listRewrites } from './src/data/listRewrites.mjs'
import { securityHeaders } from './src/security/headers.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds and test servers coexist on one machine.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The bench's build (bench/server.mjs) skips Next's type check, ≈ 40-60 s of a 10-minute budget: it measures the
  // build, it does not judge it; `npm run typecheck` (CI) and every other build still check the types.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPE_CHECK === '1' },
  // The proxy's rewrite (src/proxy.ts) is built on `request.url`: normalised, it would say « localhost » for a
  // server bound to 127.0.0.1, and Next would treat the rewrite as external.
  skipProxyUrlNormalize: true,
  // The lists' query strings (`/communiques?annee=2026&page=2`) served from cacheable paths (src/data/listRewrites.mjs).
  async rewrites() {
    return { beforeFiles: listRewrites(), afterFiles: [], fallback: [] }
  },
  // One copy of Payload per server process. Bundled, Payload was compiled once per server layer (route
  // handlers on one side, pages and the admin on the other): whichever copy called getPayload first owned
  // the process-wide instance, and errors thrown with its classes failed `instanceof` in the other copy
  // (RSVP refusals became 500s, REST refusals « An unknown error occurred. »). External, every layer
  // imports node_modules/payload: one module, one set of classes (as `next dev` already does).
  serverExternalPackages: ['payload'],
  // Pages and cached reads: in memory with one process, in Redis (REDIS_URL) shared by several; never the
  // build folder (src/data/pageCache.mjs).
  cacheHandler: fileURLToPath(new URL('./src/data/pageCache.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  images: {
    formats: ['image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // Decided when the build runs (Next stores them in the routes manifest): a production build always
  // sends the production headers.
  async headers() {
    return securityHeaders({ production: process.env.NODE_ENV === 'production' })
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

// withPayload sends `Accept-CH`/`Critical-CH: Sec-CH-Prefers-Color-Scheme` (+ `Vary`) on every path, for the
// admin's light/dark theme. `Critical-CH` makes Chrome restart a first navigation to send the hint: on the
// public site that is one more round trip before the first byte (Lighthouse counts it as a redirect,
// ≈ 0.7 s of simulated mobile LCP on the home page). Only the admin reads the hint: sent there only.
const payloadHeaders = config.headers
config.headers = async () =>
  (await payloadHeaders()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )

export default config
