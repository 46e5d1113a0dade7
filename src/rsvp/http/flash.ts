/**
 * Without JavaScript the form posts, then the browser is redirected: the errors and the typed values
 * travel in a short-lived cookie (not the URL, which ends up in logs and history).
 */
import type { FieldError } from '../rules/submission'

export const FLASH_COOKIE = 'rsvp_flash'
export const FLASH_MAX_AGE = 120

export type Flash = { errors: FieldError[]; values: Record<string, string> }

export function encodeFlash(flash: Flash): string {
  const values = Object.fromEntries(
    Object.entries(flash.values)
      .map(([k, v]) => [k.slice(0, 40), v.slice(0, 1000)])
      .slice(0, 20),
  )
  const errors = flash.errors.slice(0, 20).map((e) => ({ path: e.path.slice(0, 60), message: e.message.slice(0, 300) }))
  return Buffer.from(JSON.stringify({ errors, values }), 'utf8').toString('base64url')
}

export function decodeFlash(raw: string | undefined): Flash | undefined {
  if (!raw) return undefined
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Flash
    if (!Array.isArray(parsed.errors) || typeof parsed.values !== 'object' || parsed.values === null) return undefined
    const errors = parsed.errors.filter((e) => typeof e?.path === 'string' && typeof e?.message === 'string')
    const values = Object.fromEntries(Object.entries(parsed.values).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >
    return { errors, values }
  } catch {
    return undefined
  }
}
