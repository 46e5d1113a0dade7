import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/security/headers.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds and test servers coexist on one machine.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
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
