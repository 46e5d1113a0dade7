/**
 * A public form post read into flat string fields, whichever way it comes (an HTML form without
 * JavaScript, or JSON from fetch): shared by the RSVP routes (register, cancel) and the check-in route.
 */
import { readCapped } from './readCapped'

/** Public forms are a few short fields: anything larger is refused before it is parsed. */
export const MAX_BODY_BYTES = 32 * 1024

export const TOO_LARGE_MESSAGE = 'Envoi trop volumineux (32 Ko au maximum).'

/** Reads an HTML form post or a JSON object into flat string fields; anything else is refused. */
export async function readFields(
  request: Request,
): Promise<Record<string, string> | { error: string; status: number }> {
  const tooLarge = { error: TOO_LARGE_MESSAGE, status: 413 }
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > MAX_BODY_BYTES) return tooLarge
  const type = request.headers.get('content-type') ?? ''
  const json = type.includes('application/json')
  const form = type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')
  if (!json && !form) return { error: 'Format d’envoi non pris en charge.', status: 400 }
  try {
    const bytes = await readCapped(request, MAX_BODY_BYTES)
    if (!bytes) return tooLarge
    if (json) {
      const body: unknown = JSON.parse(new TextDecoder().decode(bytes))
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return { error: 'Le corps de la requête doit être un objet JSON.', status: 400 }
      const fields: Record<string, string> = {}
      for (const [key, value] of Object.entries(body)) {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          fields[key] = String(value)
        else return { error: `Valeur invalide pour « ${key.slice(0, 40)} ».`, status: 400 }
      }
      return fields
    }
    const entries = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData()
    const fields: Record<string, string> = {}
    for (const [key, value] of entries.entries()) {
      if (typeof value !== 'string') return { error: 'Les fichiers ne sont pas acceptés.', status: 400 }
      fields[key] = value
    }
    return fields
  } catch {
    return { error: 'Envoi illisible.', status: 400 }
  }
}
