import config from '@payload-config'
import { getPayload } from 'payload'

import { eventIdForForm, exportRegistrations } from '@/rsvp/export/registrationsCsv'

export const dynamic = 'force-dynamic'

/** GET /api/rsvp/export?event=<id> (or ?form=<id>): staff session cookie or `Authorization: JWT …`. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const params = new URL(request.url).searchParams
  const eventId = params.get('event') ?? (user ? await eventIdForForm(payload, params.get('form')) : undefined)
  const result = await exportRegistrations(payload, user, eventId)
  if (!result.ok)
    return Response.json(
      { errors: [{ message: result.message }] },
      { status: result.status, headers: { 'Cache-Control': 'no-store' } },
    )
  return new Response(result.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${result.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
