import { getAllAssociations } from './associations'
import { cached } from './cache'
import { getAllEvents } from './events'
import { getAllProjects } from './projects'
import { getAllReleases } from './releases'
import type { CacheSource } from './tags'
import { payloadClient } from './payload'
import { matching, type TypeIndex, typeIndex } from './searchIndex'
import { normalize } from './text'

export const SEARCH_TYPES = {
  communiques: 'Communiqués',
  evenements: 'Événements',
  projets: 'Projets',
  associations: 'Associations',
} as const
export type SearchType = keyof typeof SEARCH_TYPES

/** Hits shown per type: a common word matches thousands of releases, and the page must stay small. */
export const HITS_PER_TYPE = 20

export type SearchHit = { type: SearchType; title: string; href: string; excerpt?: string | null; date?: string }
export type SearchResult = { hits: SearchHit[]; total: number; truncated: boolean }

const SOURCES: CacheSource[] = ['news-releases', 'events', 'projects', 'associations', 'media']
const INDEXED = ['news-releases', 'events', 'projects', 'associations'] as const

/**
 * What the index is built from, read cheaply: each searched collection's size and latest change (any visible
 * change — publish, edit, unpublish, delete — moves one of them). Read again when a hook expires one of
 * SOURCES and when the data cache's safety net runs out (every minute); the index is rebuilt only when it
 * differs. A random token here rebuilt it every minute: 10,000 releases read and indexed again, searches
 * stalled for seconds.
 */
const contentVersion = cached(
  'search-version',
  SOURCES,
  async () => {
    const payload = await payloadClient()
    const marks = await Promise.all(
      INDEXED.map(async (collection) => {
        const { totalDocs, docs } = await payload.find({
          collection,
          sort: '-updatedAt',
          limit: 1,
          depth: 0,
          select: { updatedAt: true },
        })
        return `${totalDocs}@${docs[0]?.updatedAt ?? ''}`
      }),
    )
    return marks.join(' ')
  },
  () => 'build',
)

/** Every published document. */
async function buildIndex(): Promise<Index> {
  const [releases, events, projects, associations] = await Promise.all([
    getAllReleases(),
    getAllEvents(),
    getAllProjects(),
    getAllAssociations(),
  ])
  return {
    communiques: typeIndex(
      releases.map((r) => ({
        hit: { type: 'communiques', title: r.title, href: `/communiques/${r.slug}`, excerpt: r.summary, date: r.dateline?.date },
        text: [r.title, r.summary, r.dateline?.place],
      })),
    ),
    evenements: typeIndex(
      events.map((e) => ({
        hit: { type: 'evenements', title: e.title, href: `/evenements/${e.slug}`, excerpt: e.summary, date: e.startsAt },
        text: [e.title, e.summary, e.venue?.name, e.venue?.city],
      })),
    ),
    projets: typeIndex(
      projects.map((p) => ({
        hit: { type: 'projets', title: p.title, href: `/projets/${p.slug}`, excerpt: p.summary },
        text: [p.title, p.summary],
      })),
    ),
    associations: typeIndex(
      associations.map((a) => ({
        hit: { type: 'associations', title: a.name, href: `/associations/${a.slug}`, excerpt: a.fullName ?? a.summary },
        text: [a.name, a.fullName, a.departementName, a.departementCode, a.address?.city, a.summary],
      })),
    ),
  }
}

/** One index per process and content version; a failed build is not kept. */
type Index = Record<SearchType, TypeIndex<SearchHit>>

let current: { version: string; index: Promise<Index> } | undefined

async function searchIndex() {
  const version = await contentVersion()
  if (current?.version === version) return current.index
  const index = buildIndex()
  current = { version, index }
  index.catch(() => {
    if (current?.index === index) current = undefined
  })
  return index
}

/**
 * Searches the published content in memory (no database round trip per query, nothing written to the
 * cache): every word of the query, accent- and case-insensitive. At most HITS_PER_TYPE hits of each type
 * are returned, with the total.
 */
export async function search(query: string, type?: SearchType): Promise<SearchResult> {
  // At most 255 words (the counters above are bytes); a query is at most 100 characters anyway.
  const words = [...new Set(normalize(query.trim().slice(0, 100)).split(' ').filter(Boolean))].slice(0, 255)
  if (!words.length) return { hits: [], total: 0, truncated: false }
  const index = await searchIndex()
  const hits: SearchHit[] = []
  let total = 0
  for (const t of Object.keys(SEARCH_TYPES) as SearchType[]) {
    if (type && type !== t) continue
    const found = matching(index[t], words, HITS_PER_TYPE)
    total += found.total
    hits.push(...found.first)
  }
  return { hits, total, truncated: total > hits.length }
}
