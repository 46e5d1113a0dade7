import type { Where } from 'payload'

import type { NewsRelease, User } from '@/payload-types'

import { cached } from './cache'
import { payloadClient } from './payload'
import { previewUser } from './preview'

export const RELEASES_PER_PAGE = 10
const published: Where = { _status: { equals: 'published' } }

/** Years run on Paris time: 1 January 00:00 in Paris is 31 December 23:00 UTC. */
const yearRange = (year: number): Where => ({
  and: [
    { 'dateline.date': { greater_than_equal: new Date(Date.UTC(year - 1, 11, 31, 23)).toISOString() } },
    { 'dateline.date': { less_than: new Date(Date.UTC(year, 11, 31, 23)).toISOString() } },
  ],
})

export type ReleaseFilters = { page?: number; association?: number | string; year?: number }

export const getReleases = cached(
  'releases-list',
  ['news-releases', 'associations', 'media'],
  async ({ page = 1, association, year }: ReleaseFilters = {}) => {
    const payload = await payloadClient()
    const where: Where[] = [published]
    if (association !== undefined) where.push({ association: { equals: association } })
    if (year) where.push(yearRange(year))
    return payload.find({
      collection: 'news-releases',
      where: { and: where },
      sort: '-dateline.date',
      limit: RELEASES_PER_PAGE,
      page,
      depth: 1,
      select: { title: true, slug: true, dateline: true, summary: true, association: true, heroImage: true, updatedAt: true },
    })
  },
)

/** Every published release, lightest fields only: feeds, sitemap, search, year filter. */
export const getAllReleases = cached('releases-all', ['news-releases', 'associations'], async () => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'news-releases',
    where: published,
    sort: '-dateline.date',
    pagination: false,
    depth: 1,
    select: { title: true, slug: true, dateline: true, summary: true, association: true, updatedAt: true },
  })
  return docs
})

const findRelease = async (slug: string, user: User | null): Promise<NewsRelease | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'news-releases',
    where: user ? { slug: { equals: slug } } : { and: [published, { slug: { equals: slug } }] },
    limit: 1,
    depth: 2,
    draft: Boolean(user),
    user: user ?? undefined,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

const findPublishedRelease = cached(
  'release',
  ['news-releases', 'associations', 'events', 'projects', 'contacts', 'boilerplates', 'media'],
  (slug: string) => findRelease(slug, null),
)

export async function getRelease(slug: string): Promise<NewsRelease | null> {
  const user = await previewUser()
  return user ? findRelease(slug, user) : findPublishedRelease(slug)
}

/** Releases that mention an event (its page lists them). */
export const getReleasesForEvent = cached('releases-for-event', ['news-releases'], async (eventId: number | string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'news-releases',
    where: { and: [published, { events: { in: [eventId] } }] },
    sort: '-dateline.date',
    limit: 20,
    depth: 0,
    select: { title: true, slug: true, dateline: true },
  })
  return docs
})
