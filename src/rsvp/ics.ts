/**
 * The event as an iCalendar file: the confirmation e-mail's attachment and the public .ics download.
 * Times are absolute (UTC) so any calendar converts.
 *
 * Every text that reaches a property goes through `oneLine` first: ical-generator escapes line breaks in
 * SUMMARY, DESCRIPTION and LOCATION, but writes the calendar's NAME/X-WR-CALNAME, the UID and parameter
 * values as given, so a title with CR/LF would add properties of its own (`ATTENDEE:…`).
 */
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

/** Control characters (CR, LF, TAB…) become a space; quotes and semicolons, which end parameter values, go too in `param`. */
export const oneLine = (value: string | null | undefined): string =>
  (value ?? '').replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim()
const param = (value: string | null | undefined) => oneLine(value).replace(/["]/g, '')

export function venueLine(venue: IcsEvent['venue']): string {
  if (!venue) return ''
  const place = [venue.postalCode, venue.city].filter(Boolean).join(' ')
  return oneLine([venue.name, venue.street, place].filter(Boolean).join(', '))
}

const PROD_ID = { company: 'OCCE', product: 'site', language: 'FR' }

/** A calendar of one event; `name` is the calendar's own title (shown by some clients). */
export function eventCalendar(
  event: {
    uid: string
    title: string
    start: Date
    end: Date
    allDay?: boolean
    description?: string | null
    location?: string | null
    url?: string | null
    organizer?: { name: string; email: string } | null
    updatedAt?: string | null
  },
  name: string,
  method?: ICalCalendarMethod,
) {
  const calendar = ical({ prodId: PROD_ID, name: oneLine(name), ...(method ? { method } : {}) })
  const organizer = event.organizer && /^[^\s@"]+@[^\s@"]+$/.test(oneLine(event.organizer.email)) ? event.organizer : null
  const url = event.url && /^https?:\/\/[^\s]+$/.test(oneLine(event.url)) ? oneLine(event.url) : null
  calendar.createEvent({
    id: oneLine(event.uid).replace(/\s/g, '-'),
    summary: oneLine(event.title),
    description: event.description ?? undefined,
    location: oneLine(event.location) || null,
    url,
    allDay: event.allDay,
    start: event.start,
    end: event.end,
    organizer: organizer ? { name: param(organizer.name), email: oneLine(organizer.email) } : null,
    ...(event.updatedAt ? { lastModified: new Date(event.updatedAt), stamp: new Date(event.updatedAt) } : {}),
  })
  return calendar.toString()
}

export function eventIcs(event: IcsEvent, host = 'occe.coop'): string {
  const start = new Date(event.startsAt)
  return eventCalendar(
    {
      uid: `event-${event.id}@${host}`,
      title: event.title,
      start,
      end: event.endsAt ? new Date(event.endsAt) : new Date(start.getTime() + 60 * 60 * 1000),
      description: event.summary,
      location: venueLine(event.venue),
      url: event.url,
    },
    'OCCE',
    ICalCalendarMethod.PUBLISH,
  )
}
