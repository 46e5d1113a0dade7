/**
 * Cancel links: an HMAC of the registration id with the app secret, so a link cannot be forged or moved to
 * another registration. Only a hash of the token is stored, so a database leak does not hand out links.
 */
import crypto from 'node:crypto'

const PURPOSE = 'rsvp-cancel:v1'

export function cancelToken(secret: string, registrationId: string | number): string {
  return crypto.createHmac('sha256', secret).update(`${PURPOSE}:${registrationId}`).digest('base64url')
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

export function verifyCancelToken(
  secret: string,
  registrationId: string | number,
  token: unknown,
  storedHash?: string | null,
): boolean {
  if (typeof token !== 'string' || token.length !== 43) return false
  const expected = Buffer.from(cancelToken(secret, registrationId))
  const given = Buffer.from(token)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return false
  return !storedHash || storedHash === hashToken(token)
}
