/**
 * Check-in is a state change made with the staff session cookie: a form posted from another site must not
 * ride on it (the cookie is SameSite=Lax, which still lets top-level POSTs through on some browsers). The
 * request must say it comes from this site: Origin (sent by browsers on every POST), else Referer.
 */
export function expectedOrigin(request: Request): string {
  const configured = process.env.SERVER_URL
  return new URL(configured || request.url).origin
}

export function isSameOrigin(request: Request): boolean {
  const expected = expectedOrigin(request)
  const origin = request.headers.get('origin')
  if (origin) return origin === expected
  const referer = request.headers.get('referer')
  if (!referer) return false
  try {
    return new URL(referer).origin === expected
  } catch {
    return false
  }
}
