import { createHash, randomUUID } from 'node:crypto'

import { unstable_cache } from 'next/cache'

import { type CacheSource, cacheTag } from './tags'

/**
 * Next keeps this cache on disk inside the build folder, which outlives the server and may be shared by
 * several databases (test runs, dev, production, a restored backup, a seed run while stopped): keying it
 * by database and by server start keeps anything written outside this process from being served stale.
 */
const boot = (process.env.__OCCE_CACHE_BOOT ??= randomUUID())
const namespace = createHash('sha256')
  .update(`${process.env.DATABASE_URI ?? ''}|${process.env.DATA_DIR ?? ''}|${boot}`)
  .digest('hex')
  .slice(0, 12)

/**
 * Hooks refresh entries at once; the time limit only catches writes no hook can signal to Next
 * (scheduled publication run by the jobs queue outside a request, scripts against a running server).
 * Pages inherit it: a cached page is regenerated in the background at most this often.
 */
export const SAFETY_NET_SECONDS = 60

/**
 * `next build` prerenders the pages without parameters (home, lists without filters, legal pages). The
 * build machine's database must never end up in them: while building, every read answers its empty value
 * without touching the database. Those empty shells are expired when the server starts
 * (src/instrumentation.ts → ./boot.ts) and rendered again, from the real database, on their first request.
 */
export const building = () => process.env.NEXT_PHASE === 'phase-production-build'

export function cached<Args extends unknown[], Result>(
  key: string,
  sources: CacheSource[],
  read: (...args: Args) => Promise<Result>,
  whileBuilding: (...args: NoInfer<Args>) => NoInfer<Result>,
): (...args: Args) => Promise<Result> {
  const cachedRead = unstable_cache(read, [namespace, key], { tags: sources.map(cacheTag), revalidate: SAFETY_NET_SECONDS })
  return async (...args: Args) => (building() ? whileBuilding(...args) : cachedRead(...args))
}
