import { NextResponse, type NextRequest } from 'next/server'

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

export function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname))
    return new NextResponse('Adresse invalide.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/'))
    return frenchAdmin(request)
  return NextResponse.next()
}

// The admin, and only the paths holding a percent-escape (checked before Next decodes them).
export const config = { matcher: ['/admin/:path*', '/(.*%.*)'] }
