import type { Event } from '@/payload-types'
import { PATHS } from '@/data/paths'
import { eventDates } from '@/dates/eventDates'

type EventItem = Pick<Event, 'id' | 'title' | 'slug' | 'startsAt' | 'endsAt'> &
  Partial<Pick<Event, 'allDay' | 'startsAt_tz' | 'venue' | 'summary'>>

export function EventList({
  events,
  headingLevel = 3,
  empty,
}: {
  events: EventItem[]
  headingLevel?: 2 | 3
  empty: string
}) {
  if (!events.length) return <p>{empty}</p>
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="card-list">
      {events.map((event) => (
        <li key={event.id} className="card">
          <Heading className="card-title">
            <a href={PATHS.events(event.slug)}>{event.title}</a>
          </Heading>
          <p className="card-meta">
            <time dateTime={event.startsAt}>{eventDates(event)}</time>
            {event.venue?.city ? <> · {event.venue.city}</> : null}
          </p>
          {event.summary ? <p>{event.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
