/**
 * The address a per-client limit (RSVP, forms, login) is keyed on.
 *
 * Next gives route handlers no socket address: under `next start` the `X-Forwarded-For` a handler sees is the
 * client's own header when the client sent one (Next only fills it from the socket when it is absent), so
 * nothing in the request tells a direct client from a proxy. Forwarded headers are therefore trusted only
 * when the operator says a proxy of ours sets them:
 * - `TRUST_PROXY=1` (the documented deployment, deploy/nginx): the app listens on 127.0.0.1 behind nginx,
 *   which overwrites `X-Real-IP` and `X-Forwarded-For` with the address it saw; `X-Real-IP` is read first,
 *   else the last `X-Forwarded-For` entry.
 * - unset (a lone `next start`): no header is trusted and every client shares one key. A client cannot
 *   choose a fresh bucket by sending headers; the limit then caps the site's total rate of public writes.
 */
export const UNTRUSTED_CLIENT = 'direct'

const MAX_LENGTH = 64

type Env = Record<string, string | undefined>

export function trustsProxy(env: Env = process.env): boolean {
  const value = env.TRUST_PROXY?.trim().toLowerCase()
  return value === '1' || value === 'true' || value === 'yes' || value === 'on'
}

export function clientAddress(headers: Headers, env: Env = process.env): string {
  if (!trustsProxy(env)) return UNTRUSTED_CLIENT
  const realIp = headers.get('x-real-ip')?.trim()
  if (realIp) return realIp.slice(0, MAX_LENGTH)
  const forwarded =
    headers
      .get('x-forwarded-for')
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean) ?? []
  return forwarded.length ? forwarded[forwarded.length - 1].slice(0, MAX_LENGTH) : UNTRUSTED_CLIENT
}
