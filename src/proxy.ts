import { NextResponse, type NextRequest } from 'next/server'

import { ASSOCIATION_FINDER_PATH, LISTS_PREFIX, releaseListFromQuery, releaseListPath } from './data/listUrls'

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
 * Served from `rewritten` while the address bar keeps the public URL; `query` is what the target may read.
 * Built on `request.url`, not `nextUrl`: NextURL names 127.0.0.1 « localhost », and Next proxies a rewrite
 * whose origin differs from the server's own (`next start -H 127.0.0.1`) as an external one, which fails.
 * `request.url` keeps the server's origin because next.config.mjs sets `skipProxyUrlNormalize`.
 */
function serve(request: NextRequest, rewritten: string, query = '') {
  return NextResponse.rewrite(new URL(`${rewritten}${query}`, request.url))
}

/**
 * Lists with a query string (src/data/listUrls.ts): filtered releases go to their cached path, the
 * association finder to its per-request page. The internal paths themselves are not addresses: asked
 * directly, they are the French 404 (`/listes` has no page: the catch-all answers it).
 */
function lists(request: NextRequest, pathname: string) {
  const { searchParams } = request.nextUrl
  if (pathname === '/communiques') {
    const key = releaseListFromQuery(searchParams)
    if (!key) return serve(request, LISTS_PREFIX)
    if (!key.association && !key.year && key.page === 1) return NextResponse.next()
    return serve(request, releaseListPath(key))
  }
  if (pathname === '/associations') {
    const q = searchParams.get('q')?.trim()
    return q ? serve(request, ASSOCIATION_FINDER_PATH, `?${new URLSearchParams({ q })}`) : NextResponse.next()
  }
  return serve(request, LISTS_PREFIX)
}

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
  if (
    path === '/communiques' ||
    path === '/associations' ||
    path === LISTS_PREFIX ||
    path.startsWith(`${LISTS_PREFIX}/`)
  )
    return lists(request, path)
  return NextResponse.next()
}

// The admin, the paths holding a percent-escape (checked before Next decodes them), the lists' query
// strings and their internal paths. A list without these parameters never runs the proxy.
export const config = {
  matcher: [
    '/admin/:path*',
    '/(.*%.*)',
    { source: '/communiques', has: [{ type: 'query', key: 'page' }] },
    { source: '/communiques', has: [{ type: 'query', key: 'association' }] },
    { source: '/communiques', has: [{ type: 'query', key: 'annee' }] },
    { source: '/associations', has: [{ type: 'query', key: 'q' }] },
    '/listes/:path*',
  ],
}
