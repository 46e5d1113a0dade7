import type { Association } from '@/payload-types'

import { published } from '@/collections/drafts'

import { plausibleSlug } from './bySlug'
import { cached } from './cache'
import { payloadClient } from './payload'

/** The whole network is about 120 associations: one cached list serves the directory and the finder. */
export const getAllAssociations = cached('associations-all', ['associations'], async (): Promise<Association[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'associations', sort: 'name', pagination: false, depth: 0 })
  return docs
}, () => [])

const associationBySlug = cached(
  'association',
  ['associations', 'projects', 'media'],
  async (slug: string): Promise<Association | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'associations',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      populate: { projects: { title: true, slug: true, summary: true, theme: true, _status: true } },
    })
    const association = docs[0] ?? null
    // Actions may point at draft projects: populate ignores drafts only for the list, so filter here.
    if (association?.actions) {
      association.actions = association.actions.filter(
        (p) => typeof p !== 'object' || (p as { _status?: string })._status === 'published',
      )
    }
    return association
  },
  () => null,
)

/** Only slugs of the (cached) directory reach the per-slug cache: made-up addresses add no entry. */
export async function getAssociation(slug: string): Promise<Association | null> {
  if (!plausibleSlug(slug)) return null
  const all = await getAllAssociations()
  return all.some((a) => a.slug === slug) ? associationBySlug(slug) : null
}

/** What an association publishes: its releases and events, and the federation's releases beside them. */
export const getAssociationActivity = cached(
  'association-activity',
  ['news-releases', 'events', 'associations'],
  async (associationId: number | string, federationId: number | string | null) => {
    const payload = await payloadClient()
    const releaseSelect = { title: true, slug: true, dateline: true, summary: true } as const
    const [releases, events, federation] = await Promise.all([
      payload.find({
        collection: 'news-releases',
        where: { and: [published, { association: { equals: associationId } }] },
        sort: '-dateline.date', limit: 10, depth: 0, select: releaseSelect,
      }),
      payload.find({
        collection: 'events',
        where: { and: [published, { organiser: { equals: associationId } }] },
        sort: '-startsAt', limit: 20, depth: 0,
        select: { title: true, slug: true, startsAt: true, endsAt: true, allDay: true, startsAt_tz: true, venue: true },
      }),
      federationId !== null && federationId !== associationId
        ? payload.find({
            collection: 'news-releases',
            where: { and: [published, { association: { equals: federationId } }] },
            sort: '-dateline.date', limit: 5, depth: 0, select: releaseSelect,
          })
        : Promise.resolve({ docs: [] }),
    ])
    return { releases: releases.docs, events: events.docs, federationReleases: federation.docs }
  },
  () => ({ releases: [], events: [], federationReleases: [] }),
)
