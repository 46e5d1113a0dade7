// Plain JavaScript (with JSDoc types) because next.config.mjs imports it and Node loads that file
// without a TypeScript step.

/** @typedef {{ key: string, value: string }} Header */
/** @typedef {{ source: string, headers: Header[] }} HeaderRule */
/** @typedef {{ production: boolean }} HeaderOptions */

/**
 * Directives shared by the public site and the admin. Next inlines its bootstrap and flight data as
 * inline <script> tags, and a static CSP (cacheable pages, no per-request nonce) can only allow them with
 * 'unsafe-inline'; eval stays forbidden, which is what blocks most injected payloads.
 * @param {HeaderOptions} options
 * @returns {Record<string, string[]>}
 */
function baseDirectives({ production }) {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    // 'self' and nothing else: the admin's live preview frames the public pages of the same origin.
    'frame-ancestors': ["'self'"],
    'frame-src': ["'self'"],
    'form-action': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    // React's development build evaluates code (fast refresh, stack frames): only outside production.
    'script-src': ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    // The development server pushes updates over a WebSocket.
    'connect-src': ["'self'", ...(production ? [] : ['ws:', 'wss:'])],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
  }
}

/** Stricter than Payload's own (script-src, frame-src, object-src 'none'), which the catch-all would replace. */
export const UPLOADED_FILE_CSP = serializeCsp({
  'default-src': ["'none'"],
  'img-src': ["'self'"],
  'style-src': ["'unsafe-inline'"],
  'script-src': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'self'"],
})

/**
 * @param {Record<string, string[]>} directives
 * @returns {string}
 */
export function serializeCsp(directives) {
  return Object.entries(directives)
    .map(([name, values]) => (values.length ? `${name} ${values.join(' ')}` : name))
    .join('; ')
}

/**
 * The site's policy, admin included: the admin's production bundle was checked in Chromium (login,
 * dashboard, editing, live preview) without a CSP report, so it does not get 'unsafe-eval' either.
 * @param {HeaderOptions} options
 */
export function publicCsp(options) {
  return serializeCsp(baseDirectives(options))
}

/**
 * Headers for every response, as Next's `headers()` rules. When several rules match a path and set the
 * same key, Next keeps the last one: the admin rule comes after the catch-all.
 * HSTS is sent by every production build: browsers ignore it over plain http (RFC 6797 §8.1), and the
 * site is only reached over https in production. No includeSubDomains: other occe.coop hosts are not ours.
 * @param {HeaderOptions} options
 * @returns {HeaderRule[]}
 */
export function securityHeaders(options) {
  /** @type {Header[]} */
  const common = [
    { key: 'Content-Security-Policy', value: publicCsp(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  if (options.production) {
    common.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000' })
  }
  return [
    { source: '/:path*', headers: common },
    // Uploaded files are data, never pages: Payload's own file policy, which the catch-all would replace.
    { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: UPLOADED_FILE_CSP }] },
  ]
}
