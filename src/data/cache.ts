import { unstable_cache } from 'next/cache'

import { type CacheSource, cacheTag } from './tags'

/**
 * Hooks refresh entries at once (src/hooks/revalidate.ts); the time limit only catches writes no hook
 * signals (scripts writing to a running server's database, a revalidation lost while Redis was away).
 * Pages inherit it: a cached page is regenerated in the background at most this often.
 */
export const SAFETY_NET_SECONDS = 60

/**
 * `next build` prerenders the pages without parameters (home, lists without filters, legal pages). The
 * build machine's database must never end up in them: while building, every read answers its empty value
 * without touching the database. Those empty shells are never served: the page cache (./pageCache.mjs)
 * does not read the build folder, so each page is rendered again, from the real database, on its first request.
 */
export const building = () => process.env.NEXT_PHASE === 'phase-production-build'

export function cached<Args extends unknown[], Result>(
  key: string,
  sources: CacheSource[],
  read: (...args: Args) => Promise<Result>,
  whileBuilding: (...args: NoInfer<Args>) => NoInfer<Result>,
): (...args: Args) => Promise<Result> {
  const cachedRead = unstable_cache(read, [key], { tags: sources.map(cacheTag), revalidate: SAFETY_NET_SECONDS })
  return async (...args: Args) => (building() ? whileBuilding(...args) : cachedRead(...args))
}
