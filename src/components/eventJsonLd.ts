import type { Event as SchemaEvent, Place, WithContext } from 'schema-dts'

import { populated } from '@/data/payload'
import { PATHS, siteUrl } from '@/data/paths'
import type { Association, Event } from '@/payload-types'
import { toParisIso } from '@/dates/format'

type EventLike = Pick<Event, 'title' | 'slug' | 'startsAt' | 'endsAt'> &
  Partial<Pick<Event, 'venue' | 'summary' | 'allDay'>>

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

/** All-day events give dates only, as schema.org allows (ISO 8601 date). */
const when = (event: EventLike, value: string) => (event.allDay ? toParisIso(value).slice(0, 10) : toParisIso(value))

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
