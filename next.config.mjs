import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/security/headers.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds and test servers coexist on one machine.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
