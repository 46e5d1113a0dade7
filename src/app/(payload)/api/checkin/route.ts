import config from '@payload-config'
import { getPayload } from 'payload'

import { arrivalText, checkIn } from '@/checkin/checkIn'
import { doorPath, entryPath } from '@/checkin/links'
import { isSameOrigin } from '@/checkin/origin'
import { readFields } from '@/http/readFields'

export const dynamic = 'force-dynamic'

const noStore = { 'Cache-Control': 'no-store' }
const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...noStore } })

/**
 * POST /api/checkin — « Marquer présent ». Fields: `code` (from the QR link) or `inscription` (from the door
 * page, with `q` to keep the search). Staff session cookie (or `Authorization: JWT …`), same-origin only.
 * Without JavaScript the answer is a redirect back to the page it came from; with `Accept: application/json`, JSON.
 */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const refuse = (message: string, status: number) =>
    wantsJson ? Response.json({ ok: false, message }, { status, headers: noStore }) : text(message, status)
  if (!isSameOrigin(request)) return refuse('Requête refusée : elle ne vient pas du site.', 403)
  const fields = await readFields(request)
  if ('error' in fields) return refuse(fields.error, Number(fields.status) || 400)
  if (!fields.code && !fields.inscription) return refuse('Code d’entrée ou inscription manquant.', 400)

  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const outcome = await checkIn(
    payload,
    user,
    fields.code ? { code: fields.code } : { registrationId: fields.inscription },
  )
  if (!outcome.ok) return refuse(outcome.message, outcome.status)

  const { guest, eventId } = outcome.entry
  if (wantsJson)
    return Response.json(
      {
        ok: true,
        recorded: outcome.recorded,
        checkedInAt: guest.checkedInAt,
        checkedInBy: guest.checkedInBy,
        arrival: arrivalText(guest),
      },
      { headers: noStore },
    )
  const resultat = outcome.recorded ? 'enregistre' : 'deja'
  let location: string
  if (fields.code) location = `${entryPath(fields.code)}?resultat=${resultat}`
  else {
    const query = new URLSearchParams({
      ...(fields.q ? { q: fields.q.slice(0, 100) } : {}),
      resultat,
      inscription: guest.id,
    })
    location = `${doorPath(eventId)}?${query}#inscription-${guest.id}`
  }
  return new Response(null, { status: 303, headers: { Location: location, ...noStore } })
}
