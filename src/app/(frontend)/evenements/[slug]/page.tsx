import type { Event as SchemaEvent, WithContext } from 'schema-dts'

import { RsvpArea } from '@/components/Rsvp/RsvpArea'
import { ContactCard } from '@/components/ContactCard'
import { EventList } from '@/components/EventList'
import { venueLine } from '@/calendar/ics'
import { isPast } from '@/components/format'
import { eventDates } from '@/dates/eventDates'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { clip, noSlugsAtBuild, seoTitle } from '@/components/metadata'
import { RelatedReleases } from '@/components/ReleaseList'
import { RichText } from '@/components/RichText'
import { eventJsonLd } from '@/components/eventJsonLd'
import { getEvent, getSessions } from '@/data/events'
import { populated } from '@/data/payload'
import { PATHS } from '@/data/paths'
import { getReleasesForEvent } from '@/data/releases'
import type { Association, Contact, Event, Media } from '@/payload-types'

import { PageNotFound } from '../../not-found'
import { type SlugParams, slugMetadata } from '../../slugMetadata'

export const generateStaticParams = noSlugsAtBuild

export const generateMetadata = slugMetadata(getEvent, (event) => ({
  title: seoTitle(event),
  description: clip(event.meta?.description || event.summary, `${event.title}, ${eventDates(event)}.`),
  path: PATHS.events(event.slug),
  image: populated<Media>(event.meta?.image) ?? populated<Media>(event.image),
}))

export default async function EventPage({ params }: SlugParams) {
  const { slug } = await params
  const event = await getEvent(slug)
  if (!event) return <PageNotFound />

  const [sessions, releases] = await Promise.all([getSessions(event.id), getReleasesForEvent(event.id)])
  const parent = populated<Event>(event.parent)
  const organiser = populated<Association>(event.organiser)
  const contact = populated<Contact>(event.contact)
  const past = isPast(event)
  const venue = venueLine(event.venue)

  return (
    <article className="event">
      <p className="eyebrow">
        <a href="/evenements">Événements</a>
        {event._status === 'draft' ? <strong className="draft-flag"> · Brouillon</strong> : null}
      </p>
      <h1>{event.title}</h1>
      {parent ? (
        <p className="part-of">
          Fait partie de : <a href={PATHS.events(parent.slug)}>{parent.title}</a>
        </p>
      ) : null}
      {past ? (
        <p className="notice" role="note">
          <strong>Cet événement est passé.</strong>
        </p>
      ) : null}
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={event.startsAt}>{eventDates(event)}</time>
          {event.allDay ? null : <> (heure de Paris)</>}
        </dd>
        {venue ? (
          <>
            <dt>Lieu</dt>
            <dd>
              <address>{venue}</address>
            </dd>
          </>
        ) : null}
        {organiser ? (
          <>
            <dt>Organisateur</dt>
            <dd>
              <a href={PATHS.associations(organiser.slug)}>{organiser.fullName || organiser.name}</a>
            </dd>
          </>
        ) : null}
        {event.expectedParticipants ? (
          <>
            <dt>Participants attendus</dt>
            <dd>{event.expectedParticipants}</dd>
          </>
        ) : null}
      </dl>
      <p className="no-print">
        <a href={`${PATHS.events(event.slug)}/calendrier.ics`} download>
          Ajouter à mon agenda (fichier .ics)
        </a>
      </p>
      {event.summary ? <p className="lead">{event.summary}</p> : null}
      <MediaImage media={populated<Media>(event.image)} size="hero" priority />
      <RichText data={event.body} />

      {event.programme?.length ? (
        <section aria-labelledby="programme">
          <h2 id="programme">Programme</h2>
          <ol className="programme">
            {event.programme.map((item) => (
              <li key={item.id ?? item.title}>
                <strong>{item.title}</strong>
                {item.description ? <p>{item.description}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {sessions.length ? (
        <section aria-labelledby="temps-forts">
          <h2 id="temps-forts">Temps forts de l’événement</h2>
          <EventList events={sessions} empty="" />
        </section>
      ) : null}

      <RsvpArea event={event} />

      {contact ? (
        <section aria-labelledby="contact-evenement" className="box">
          <h2 id="contact-evenement">Contact</h2>
          <ContactCard contact={contact} />
        </section>
      ) : null}

      <RelatedReleases releases={releases} />

      <JsonLd<SchemaEvent> data={eventJsonLd(event, sessions) as WithContext<SchemaEvent>} />
    </article>
  )
}
