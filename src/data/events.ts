import type { Event } from '@/payload-types'

import { published } from '@/collections/drafts'

import { documentBySlug } from './bySlug'
import { cached } from './cache'
import { payloadClient } from './payload'

/**
 * Every published event, soonest last. Upcoming and past are split at render time by the caller:
 * the cache must not freeze "now".
 */
export const getAllEvents = cached('events-all', ['events', 'associations', 'media'], async () => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: published,
    sort: 'startsAt',
    pagination: false,
    depth: 1,
    select: {
      title: true, slug: true, startsAt: true, endsAt: true, allDay: true, startsAt_tz: true, summary: true,
      venue: true, organiser: true, parent: true, image: true, updatedAt: true,
    },
  })
  return docs
}, () => [])

export function splitByTime<T extends Pick<Event, 'endsAt'>>(events: T[], now = new Date()) {
  const upcoming = events.filter((e) => new Date(e.endsAt) >= now)
  const past = events.filter((e) => new Date(e.endsAt) < now).reverse()
  return { upcoming, past }
}

export const getEvent = documentBySlug('events', ['events', 'associations', 'contacts', 'media'], 2)

/** The sessions of a multi-day event (the opening ceremony within the General Assembly). */
export const getSessions = cached('event-sessions', ['events'], async (parentId: number | string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [published, { parent: { equals: parentId } }] },
    sort: 'startsAt',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, startsAt: true, endsAt: true, allDay: true, startsAt_tz: true, venue: true, summary: true },
  })
  return docs
}, () => [])
