import { getEvent } from '@/data/events'
import { PATHS, siteUrl } from '@/data/paths'
import { eventIcs } from '@/calendar/ics'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const event = await getEvent(slug)
  if (!event)
    return new Response('Événement introuvable', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })

  // The same builder as the confirmation e-mail's attachment: same UID, same all-day dates.
  const calendar = eventIcs({ ...event, url: `${siteUrl()}${PATHS.events(event.slug)}` }, new URL(siteUrl()).hostname)
  return new Response(calendar, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
    },
  })
}
