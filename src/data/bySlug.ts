import type { DataFromCollectionSlug } from 'payload'

import { published } from '@/collections/drafts'
import type { User } from '@/payload-types'

import { cached } from './cache'
import { plausibleSlug } from './listUrls'
import { payloadClient } from './payload'
import { previewUser } from './preview'
import type { CacheSource } from './tags'

type Previewable = 'news-releases' | 'events' | 'projects'

export { plausibleSlug, SLUG } from './listUrls'

/**
 * The slugs of a collection's published documents, as one cached entry (refreshed with the collection's
 * tag): a slug that is not in it is answered « not found » without a query and without a cache entry of
 * its own, so strangers' made-up addresses (`/evenements/x-1`, …) add nothing to the cache.
 */
const publishedSlugs = (collection: Previewable) =>
  cached(
    `${collection}-slugs`,
    [collection],
    async (): Promise<string[]> => {
      const payload = await payloadClient()
      const { docs } = await payload.find({ collection, where: published, pagination: false, depth: 0, select: { slug: true } as never })
      return docs.map((doc) => String((doc as { slug?: string }).slug ?? '')).filter(Boolean)
    },
    () => [],
  )

/**
 * A page's document by slug: the published version from the cache for readers; for logged-in staff
 * previewing drafts, the latest draft read with their own access and never cached.
 */
export function documentBySlug<S extends Previewable>(collection: S, sources: CacheSource[], depth: number) {
  type Doc = DataFromCollectionSlug<S>
  const find = async (slug: string, user: User | null): Promise<Doc | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection,
      where: user ? { slug: { equals: slug } } : { and: [published, { slug: { equals: slug } }] },
      limit: 1,
      depth,
      draft: Boolean(user),
      user: user ?? undefined,
      overrideAccess: false,
    })
    return (docs[0] as Doc | undefined) ?? null
  }
  const findPublished = cached(`${collection}-by-slug`, sources, (slug: string) => find(slug, null), () => null)
  const slugs = publishedSlugs(collection)
  return async (slug: string): Promise<Doc | null> => {
    if (!plausibleSlug(slug)) return null
    const user = await previewUser()
    if (user) return find(slug, user)
    if (!(await slugs()).includes(slug)) return null
    return findPublished(slug)
  }
}
