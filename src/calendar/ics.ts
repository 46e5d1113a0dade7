/**
 * The event as an iCalendar file: the confirmation e-mail's attachment and the public .ics download, both
 * built by `eventIcs` so they carry the same UID (a guest who adds both keeps one entry in their calendar).
 * Times are absolute (UTC) so any calendar converts; all-day events are dates in the event's own time zone.
 *
 * Every text that reaches a property goes through `oneLine` first: ical-generator escapes line breaks in
 * SUMMARY, DESCRIPTION and LOCATION, but writes the calendar's NAME/X-WR-CALNAME, the UID and parameter
 * values as given, so a title with CR/LF would add properties of its own (`ATTENDEE:…`).
 */
import ical, { ICalCalendarMethod } from 'ical-generator'

import { eventZone } from '../dates/eventDates'
import { wallClockOf } from '../dates/wallClock'

export type IcsEvent = {
  id: string | number
  title: string
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
  startsAt_tz?: string | null
  summary?: string | null
  venue?: { name?: string | null; street?: string | null; postalCode?: string | null; city?: string | null } | null
  /** The organising association when populated: its name and e-mail become the calendar's ORGANIZER. */
  organiser?: unknown
  updatedAt?: string | null
  url?: string | null
}

/** Control characters (CR, LF, TAB…) become a space; quotes and semicolons, which end parameter values, go too in `param`. */
export const oneLine = (value: string | null | undefined): string =>
  (value ?? '')
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
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
  const organizer =
    event.organizer && /^[^\s@"]+@[^\s@"]+$/.test(oneLine(event.organizer.email)) ? event.organizer : null
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

/** One UID per event for every calendar file we hand out. */
export const eventUid = (id: string | number, host: string) => `event-${id}@${host}`

/** The calendar day of an instant in `timeZone`, as a UTC midnight Date (what ical-generator writes for all-day events). */
function zonedDay(value: string, timeZone: string): { day: Date; midnight: boolean } {
  const { year, month, day, hour, minute } = wallClockOf(value, timeZone)
  return { day: new Date(Date.UTC(year, month - 1, day)), midnight: hour === 0 && minute === 0 }
}

const DAY_MS = 86_400_000

/** All-day: from the first day to the day after the last (an end at midnight belongs to the day before). */
function allDayRange(startsAt: string, endsAt: string, timeZone: string) {
  const start = zonedDay(startsAt, timeZone).day
  const end = zonedDay(endsAt, timeZone)
  const endDay = end.midnight ? end.day : new Date(end.day.getTime() + DAY_MS)
  return { start, end: endDay.getTime() > start.getTime() ? endDay : new Date(start.getTime() + DAY_MS) }
}

/** The event's calendar, for the public download and the confirmation e-mail alike. */
export function eventIcs(event: IcsEvent, host = 'occe.coop'): string {
  const start = new Date(event.startsAt)
  const endsAt = event.endsAt ?? new Date(start.getTime() + 60 * 60 * 1000).toISOString()
  const organiser =
    event.organiser && typeof event.organiser === 'object'
      ? (event.organiser as { name?: string; email?: string | null })
      : null
  return eventCalendar(
    {
      uid: eventUid(event.id, host),
      title: event.title,
      ...(event.allDay
        ? { allDay: true, ...allDayRange(event.startsAt, endsAt, eventZone(event)) }
        : { start, end: new Date(endsAt) }),
      description: [event.summary, event.url].filter(Boolean).join('\n\n') || null,
      location: venueLine(event.venue),
      url: event.url,
      organizer: organiser?.email ? { name: organiser.name ?? '', email: organiser.email } : null,
      updatedAt: event.updatedAt,
    },
    event.title,
    ICalCalendarMethod.PUBLISH,
  )
}
