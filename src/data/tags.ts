/**
 * Cache tags shared by the data helpers and the Payload hooks that revalidate them. One tag per
 * collection: every cached read lists the collections it depends on (including populated relations),
 * so an edit anywhere refreshes every page that shows it — item, lists, home, related pages, feeds.
 */
export const CACHE_SOURCES = [
  'news-releases',
  'events',
  'projects',
  'associations',
  'contacts',
  'boilerplates',
  'media',
  'site-settings',
] as const

export type CacheSource = (typeof CACHE_SOURCES)[number]

export const cacheTag = (source: CacheSource) => `occe:${source}`
