import { lastDay, venueLine } from '@/components/format'
import { getEvent } from '@/data/events'
import { populated } from '@/data/payload'
import { PATHS, siteUrl } from '@/data/paths'
import type { Association } from '@/payload-types'
import { PARIS_TZ } from '@/lib/dates'
import { eventCalendar } from '@/rsvp/ics'

export const dynamic = 'force-dynamic'

/** The Paris calendar day of an instant, as a UTC midnight Date (what ical-generator writes for all-day events). */
const parisDay = (value: Date | string) => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS_TZ, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(value))
    .split('-')
    .map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const event = await getEvent(slug)
  if (!event) return new Response('Événement introuvable', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

  const url = `${siteUrl()}${PATHS.events(event.slug)}`
  const organiser = populated<Association>(event.organiser)
  const calendar = eventCalendar(
    {
      uid: `${event.id}@${new URL(siteUrl()).host}`,
      title: event.title,
      description: [event.summary, url].filter(Boolean).join('\n\n'),
      location: venueLine(event.venue),
      url,
      // Times are written in UTC (…Z): unambiguous for every calendar, no VTIMEZONE block needed.
      ...(event.allDay
        ? { allDay: true, start: parisDay(event.startsAt), end: new Date(parisDay(lastDay(event)).getTime() + 86_400_000) }
        : { start: new Date(event.startsAt), end: new Date(event.endsAt) }),
      organizer: organiser?.email ? { name: organiser.name, email: organiser.email } : null,
      updatedAt: event.updatedAt,
    },
    event.title,
  )
  return new Response(calendar, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
    },
  })
}
