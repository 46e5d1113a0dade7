import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { type CacheSource, cacheTag } from '../data/tags'

/**
 * Outside a Next request (seed script, jobs runner, Jest) Next has no cache store and throws; the
 * content is saved all the same, so revalidation must never fail the write.
 */
function revalidate(source: CacheSource, req: PayloadRequest) {
  if (req.context?.disableRevalidate) return
  try {
    // Immediate expiry: readers must see the change on their next request, not one request later.
    revalidateTag(cacheTag(source), { expire: 0 })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (!/static generation store|during render|outside a request|Invariant/i.test(message)) {
      req.payload.logger.warn({ msg: `Revalidation de « ${source} » impossible`, err: message })
    }
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
