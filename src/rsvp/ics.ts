/** The event as an iCalendar file, attached to confirmations. Times are absolute (UTC) so any calendar converts. */
import ical, { ICalCalendarMethod } from 'ical-generator'

export type IcsEvent = {
  id: string | number
  title: string
  startsAt: string
  endsAt?: string | null
  summary?: string | null
  venue?: { name?: string | null; street?: string | null; postalCode?: string | null; city?: string | null } | null
  url?: string
}

export function venueLine(venue: IcsEvent['venue']): string {
  if (!venue) return ''
  const place = [venue.postalCode, venue.city].filter(Boolean).join(' ')
  return [venue.name, venue.street, place].filter(Boolean).join(', ')
}

export function eventIcs(event: IcsEvent, host = 'occe.coop'): string {
  const calendar = ical({ prodId: { company: 'OCCE', product: 'site', language: 'FR' }, name: 'OCCE', method: ICalCalendarMethod.PUBLISH })
  const start = new Date(event.startsAt)
  calendar.createEvent({
    id: `event-${event.id}@${host}`,
    start,
    end: event.endsAt ? new Date(event.endsAt) : new Date(start.getTime() + 60 * 60 * 1000),
    summary: event.title,
    description: event.summary ?? undefined,
    location: venueLine(event.venue) || undefined,
    url: event.url,
  })
  return calendar.toString()
}
