import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { type CacheSource, cacheTag } from '../data/tags'

/** Registered by the page cache (src/data/pageCache.mjs) in every `next start` process. */
type ExpireTags = (tags: string[]) => Promise<void>
const expireInPageCache = () =>
  (globalThis as Record<symbol, ExpireTags | undefined>)[Symbol.for('occe.expireCacheTags')]

/**
 * Inside a request Next's revalidateTag expires the tag in the page cache (shared by every process when
 * Redis is configured). Outside one (the jobs runner publishing on schedule) Next refuses; the tag is then
 * expired in the same store directly. Seed scripts and Jest have no page cache: nothing to expire.
 * The content is saved either way: revalidation never fails the write.
 */
function revalidate(source: CacheSource, req: PayloadRequest) {
  if (req.context?.disableRevalidate) return
  const tag = cacheTag(source)
  try {
    // Immediate expiry: readers must see the change on their next request, not one request later.
    revalidateTag(tag, { expire: 0 })
  } catch {
    expireInPageCache()?.([tag]).catch((error: unknown) =>
      req.payload.logger.warn({ msg: `Revalidation de « ${source} » impossible`, err: String(error) }),
    )
  }
}

type Versioned = { _status?: string | null }

/** Saving a draft of a never-published document changes nothing the public can see. */
const invisible = (doc: Versioned, previousDoc?: Versioned) =>
  doc?._status === 'draft' && (!previousDoc || previousDoc._status !== 'published')

export function revalidateHooks(source: CacheSource): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    afterChange: [
      ({ doc, previousDoc, req }) => {
        if (!invisible(doc, previousDoc)) revalidate(source, req)
        return doc
      },
    ],
    afterDelete: [
      ({ doc, req }) => {
        revalidate(source, req)
        return doc
      },
    ],
  }
}

export const revalidateGlobal =
  (source: CacheSource): GlobalAfterChangeHook =>
  ({ doc, req }) => {
    revalidate(source, req)
    return doc
  }
