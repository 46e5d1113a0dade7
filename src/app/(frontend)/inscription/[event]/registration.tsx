import type { Metadata } from 'next'

import { published } from '@/collections/drafts'
import { RsvpArea } from '@/components/Rsvp/RsvpArea'
import type { Outcome } from '@/components/Rsvp/Outcome'
import { registrationTitle, type RegistrationState } from '@/components/Rsvp/titles'
import { cached } from '@/data/cache'
import { payloadClient } from '@/data/payload'
import { PATHS } from '@/data/paths'
import { eventDates } from '@/dates/eventDates'
import { plausibleId } from '@/db/ids'
import type { Event } from '@/payload-types'
import type { Flash } from '@/rsvp/http/flash'

import { notFoundMetadata, PageNotFound } from '../../not-found'

export type EventParams = Promise<{ event: string }>

/**
 * The published event taking registrations, or null (unknown id, draft, no form). Cached like every page
 * read, so these pages are served from the page cache (ISR) — which is also what lets an unknown id answer
 * the French 404 with status 404 (see PageNotFound).
 */
export const getRegistrationEvent = cached(
  'registration-event',
  ['events'],
  async (id: string): Promise<Event | null> => {
    if (!plausibleId(id)) return null
    const payload = await payloadClient()
    try {
      const { docs } = await payload.find({
        collection: 'events',
        where: { and: [{ id: { equals: id } }, published] },
        depth: 0,
        limit: 1,
        overrideAccess: false,
      })
      return docs[0]?.rsvp?.form ? docs[0] : null
    } catch {
      // An id the database cannot read as one of its ids (an ObjectId on MongoDB) is simply unknown.
      return null
    }
  },
  () => null,
)

/** The pages under /inscription/<id> are rendered on their first request, then cached. */
export function noStaticParams(): { event: string }[] {
  return []
}

export async function registrationMetadata(params: EventParams, state: RegistrationState): Promise<Metadata> {
  const event = await getRegistrationEvent((await params).event)
  if (!event) return notFoundMetadata
  return { title: registrationTitle(state, event.title), robots: { index: false } }
}

/** Where the form lands without JavaScript: the same form with its errors, or the answer. */
export function RegistrationPage({ event, flash, outcome }: { event: Event; flash?: Flash; outcome?: Outcome }) {
  return (
    <article>
      <p>
        <a href={PATHS.events(event.slug)}>← {event.title}</a>
      </p>
      <h1>Inscription : {event.title}</h1>
      <p>{eventDates(event)}</p>
      <RsvpArea event={event} flash={flash} outcome={outcome} />
    </article>
  )
}

/**
 * The cached pages: the form alone, or the answer a no-JavaScript redirect lands on. Unknown id, draft or
 * event without a form: the French 404.
 */
export function registrationRoute(outcome?: Outcome) {
  return {
    generateMetadata: ({ params }: { params: EventParams }): Promise<Metadata> =>
      registrationMetadata(params, outcome ?? 'form'),
    Page: async function RegistrationRoutePage({ params }: { params: EventParams }) {
      const event = await getRegistrationEvent((await params).event)
      if (!event) return <PageNotFound />
      return <RegistrationPage event={event} outcome={outcome} />
    },
  }
}
