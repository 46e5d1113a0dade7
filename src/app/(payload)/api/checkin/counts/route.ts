import config from '@payload-config'
import { getPayload } from 'payload'

import { attendanceOf } from '@/checkin/counts'
import { eventForStaff } from '@/checkin/registrations'

export const dynamic = 'force-dynamic'

/** GET /api/checkin/counts?event=<id>: the door's live figures (people), for the event's staff. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const found = await eventForStaff(payload, user, new URL(request.url).searchParams.get('event'))
  if (!found.ok)
    return Response.json(
      { ok: false, message: found.message },
      { status: found.status, headers: { 'Cache-Control': 'no-store' } },
    )
  const attendance = await attendanceOf(payload, found.event.id)
  return Response.json(
    { ok: true, ...attendance, at: new Date().toISOString() },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
