import config from '@payload-config'
import { getPayload } from 'payload'

import { cancelRegistration } from '@/rsvp/registration/cancel'
import { readFields } from '@/http/readFields'

export const dynamic = 'force-dynamic'

/** POST only: a GET (link preview, prefetch, mail scanner) must never cancel anything. */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const fields = await readFields(request)
  if ('error' in fields)
    return Response.json({ ok: false, message: fields.error }, { status: Number(fields.status) || 400 })
  const payload = await getPayload({ config })
  const outcome = await cancelRegistration(payload, fields.r, fields.t)
  if (wantsJson)
    return Response.json(outcome.ok ? { ok: true, status: 'cancelled' } : { ok: false, message: outcome.message }, {
      status: outcome.ok ? 200 : 400,
    })
  if (!outcome.ok)
    return new Response(outcome.message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const location = `/inscription/annuler?r=${encodeURIComponent(String(fields.r))}&t=${encodeURIComponent(String(fields.t))}`
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })
}
