import type { DataFromCollectionSlug, Where } from 'payload'

import type { User } from '@/payload-types'

import { cached } from './cache'
import { payloadClient } from './payload'
import { previewUser } from './preview'
import type { CacheSource } from './tags'

type Previewable = 'news-releases' | 'events' | 'projects'

const published: Where = { _status: { equals: 'published' } }

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
  return async (slug: string): Promise<Doc | null> => {
    const user = await previewUser()
    return user ? find(slug, user) : findPublished(slug)
  }
}
