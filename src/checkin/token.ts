/**
 * Entry codes: the registration id and an HMAC of it with the app secret (as the cancel links, another
 * purpose), so a code cannot be guessed, forged or moved to another registration. Nothing is stored: a
 * code stops working when its registration is cancelled or erased (checked where it is used).
 */
import crypto from 'node:crypto'

import { plausibleId } from '../db/ids'

const PURPOSE = 'rsvp-checkin:v1'
const SIGNATURE_LENGTH = 43

const sign = (secret: string, registrationId: string) =>
  crypto.createHmac('sha256', secret).update(`${PURPOSE}:${registrationId}`).digest('base64url')

export function checkinToken(secret: string, registrationId: string | number): string {
  return `${registrationId}.${sign(secret, String(registrationId))}`
}

/** The registration id a code was signed for, or undefined for anything else. */
export function registrationIdOf(secret: string, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 100) return undefined
  const dot = token.indexOf('.')
  const id = token.slice(0, dot)
  const given = Buffer.from(token.slice(dot + 1))
  if (dot < 1 || !plausibleId(id) || given.length !== SIGNATURE_LENGTH) return undefined
  const expected = Buffer.from(sign(secret, id))
  return crypto.timingSafeEqual(given, expected) ? id : undefined
}

/** The code inside whatever staff paste or type: the code itself or the whole link. */
export function tokenIn(text: string): string | undefined {
  return /([A-Za-z0-9]{1,40}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/.exec(text)?.[1]
}
