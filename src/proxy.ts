import { NextResponse, type NextRequest } from 'next/server'

import { LISTS_PREFIX } from './data/listRewrites.mjs'

const LANGUAGE_COOKIE = 'payload-lng'

/** A path whose percent-escapes do not decode (e.g. /communiques/%ff) makes Next answer a bare 500. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/**
 * Staff work in French first: browsers often announce English, so the admin starts in French unless
 * the person chose another language (Payload then stores it in this cookie).
 */
function frenchAdmin(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'fr')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'fr', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

/**
 * The paths that serve the lists' query strings (src/data/listRewrites.mjs) are not addresses: asked directly,
 * they are the French 404 (`/listes` has no page: the catch-all answers it). The rewrite is built on
 * `request.url`, not `nextUrl`: NextURL names 127.0.0.1 « localhost », and Next proxies a rewrite whose origin
 * differs from the server's own (`next start -H 127.0.0.1`) as an external one, which fails; `request.url`
 * keeps the server's origin because next.config.mjs sets `skipProxyUrlNormalize`.
 */
const notAnAddress = (request: NextRequest) => NextResponse.rewrite(new URL(LISTS_PREFIX, request.url))

export function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname))
    return new NextResponse('Adresse invalide.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/'))
    return frenchAdmin(request)
  // Decoded: Next routes `/%6Cistes/…` as `/listes/…`.
  const path = decodeURIComponent(request.nextUrl.pathname)
  if (path === LISTS_PREFIX || path.startsWith(`${LISTS_PREFIX}/`)) return notAnAddress(request)
  return NextResponse.next()
}

// The admin, the paths holding a percent-escape (checked before Next decodes them) and the lists' internal paths.
// The lists' query strings never run the proxy: next.config.mjs rewrites them (src/data/listRewrites.mjs).
export const config = { matcher: ['/admin/:path*', '/(.*%.*)', '/listes/:path*'] }
