import type { Where } from 'payload'

import type { Event, User } from '@/payload-types'

import { cached } from './cache'
import { payloadClient } from './payload'
import { previewUser } from './preview'

const published: Where = { _status: { equals: 'published' } }

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
      title: true, slug: true, startsAt: true, endsAt: true, allDay: true, summary: true,
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

const findEvent = async (slug: string, user: User | null): Promise<Event | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: user ? { slug: { equals: slug } } : { and: [published, { slug: { equals: slug } }] },
    limit: 1,
    depth: 2,
    draft: Boolean(user),
    user: user ?? undefined,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

const findPublishedEvent = cached('event', ['events', 'associations', 'contacts', 'media'], (slug: string) =>
  findEvent(slug, null),
  () => null,
)

export async function getEvent(slug: string): Promise<Event | null> {
  const user = await previewUser()
  return user ? findEvent(slug, user) : findPublishedEvent(slug)
}

/** The sessions of a multi-day event (the opening ceremony within the General Assembly). */
export const getSessions = cached('event-sessions', ['events'], async (parentId: number | string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [published, { parent: { equals: parentId } }] },
    sort: 'startsAt',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, startsAt: true, endsAt: true, allDay: true, venue: true, summary: true },
  })
  return docs
}, () => [])
