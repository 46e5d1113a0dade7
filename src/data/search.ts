import { getAllAssociations } from './associations'
import { cached } from './cache'
import { getAllEvents } from './events'
import { getAllProjects } from './projects'
import { getAllReleases } from './releases'
import type { CacheSource } from './tags'
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

type Entry = SearchHit & { haystack: string }

const SOURCES: CacheSource[] = ['news-releases', 'events', 'projects', 'associations', 'media']

/**
 * A token that changes whenever one of the searched collections does (same tags as the lists): the index
 * below is rebuilt only then. Reading the lists themselves on every query would parse them again each
 * time (10,000 releases: megabytes of JSON per query).
 */
const contentVersion = cached('search-version', SOURCES, async () => `${Date.now()}-${Math.random()}`, () => 'build')

const entry = (hit: SearchHit, ...fields: (string | null | undefined)[]): Entry => ({
  ...hit,
  haystack: normalize(fields.filter(Boolean).join(' ')),
})

/** Every published document, its searchable text normalised once (accents, case, punctuation). */
async function buildIndex(): Promise<Record<SearchType, Entry[]>> {
  const [releases, events, projects, associations] = await Promise.all([
    getAllReleases(),
    getAllEvents(),
    getAllProjects(),
    getAllAssociations(),
  ])
  return {
    communiques: releases.map((r) =>
      entry(
        { type: 'communiques', title: r.title, href: `/communiques/${r.slug}`, excerpt: r.summary, date: r.dateline?.date },
        r.title,
        r.summary,
        r.dateline?.place,
      ),
    ),
    evenements: events.map((e) =>
      entry(
        { type: 'evenements', title: e.title, href: `/evenements/${e.slug}`, excerpt: e.summary, date: e.startsAt },
        e.title,
        e.summary,
        e.venue?.name,
        e.venue?.city,
      ),
    ),
    projets: projects.map((p) =>
      entry({ type: 'projets', title: p.title, href: `/projets/${p.slug}`, excerpt: p.summary }, p.title, p.summary),
    ),
    associations: associations.map((a) =>
      entry(
        { type: 'associations', title: a.name, href: `/associations/${a.slug}`, excerpt: a.fullName ?? a.summary },
        a.name,
        a.fullName,
        a.departementName,
        a.departementCode,
        a.address?.city,
        a.summary,
      ),
    ),
  }
}

/** One index per process and content version; a failed build is not kept. */
let current: { version: string; index: Promise<Record<SearchType, Entry[]>> } | undefined

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
  const words = normalize(query.trim().slice(0, 100)).split(' ').filter(Boolean)
  if (!words.length) return { hits: [], total: 0, truncated: false }
  const index = await searchIndex()
  const hits: SearchHit[] = []
  let total = 0
  for (const t of Object.keys(SEARCH_TYPES) as SearchType[]) {
    if (type && type !== t) continue
    let shown = 0
    for (const candidate of index[t]) {
      if (!words.every((word) => candidate.haystack.includes(word))) continue
      total++
      if (shown < HITS_PER_TYPE) {
        const { haystack: _haystack, ...hit } = candidate
        hits.push(hit)
        shown++
      }
    }
  }
  return { hits, total, truncated: total > hits.length }
}
