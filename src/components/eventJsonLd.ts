import type { Event as SchemaEvent, Place, WithContext } from 'schema-dts'

import { populated } from '@/data/payload'
import { PATHS, siteUrl } from '@/data/paths'
import type { Association, Event } from '@/payload-types'
import { eventZone } from '@/dates/eventDates'
import { toZonedIso } from '@/dates/format'

type EventLike = Pick<Event, 'title' | 'slug' | 'startsAt' | 'endsAt'> &
  Partial<Pick<Event, 'venue' | 'summary' | 'allDay' | 'startsAt_tz'>>

const place = (venue: Event['venue']): Place | undefined =>
  venue?.name || venue?.city
    ? {
        '@type': 'Place',
        name: venue.name || venue.city || undefined,
        address: {
          '@type': 'PostalAddress',
          streetAddress: venue.street ?? undefined,
          postalCode: venue.postalCode ?? undefined,
          addressLocality: venue.city ?? undefined,
          addressCountry: 'FR',
        },
      }
    : undefined

/** In the event's own zone; all-day events give dates only, as schema.org allows (ISO 8601 date). */
const when = (event: EventLike, value: string) => {
  const iso = toZonedIso(value, eventZone(event))
  return event.allDay ? iso.slice(0, 10) : iso
}

function node(event: EventLike): SchemaEvent {
  return {
    '@type': 'Event',
    name: event.title,
    url: `${siteUrl()}${PATHS.events(event.slug)}`,
    startDate: when(event, event.startsAt),
    endDate: when(event, event.endsAt),
    description: event.summary ?? undefined,
    location: place(event.venue),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
  }
}

export function eventJsonLd(event: Event, sessions: EventLike[]): WithContext<SchemaEvent> {
  const organiser = populated<Association>(event.organiser)
  const parent = populated<Event>(event.parent)
  const data: WithContext<SchemaEvent> = {
    '@context': 'https://schema.org',
    ...node(event),
    inLanguage: 'fr-FR',
    organizer: organiser
      ? {
          '@type': 'Organization',
          name: organiser.fullName || organiser.name,
          url: `${siteUrl()}${PATHS.associations(organiser.slug)}`,
        }
      : undefined,
    subEvent: sessions.length ? sessions.map(node) : undefined,
    superEvent: parent ? node(parent) : undefined,
  } as WithContext<SchemaEvent>
  return data
}
