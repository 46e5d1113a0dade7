import { getAllAssociations } from './associations'
import { getAllEvents } from './events'
import { getAllProjects } from './projects'
import { getAllReleases } from './releases'
import { matches } from './text'

export const SEARCH_TYPES = {
  communiques: 'Communiqués',
  evenements: 'Événements',
  projets: 'Projets',
  associations: 'Associations',
} as const
export type SearchType = keyof typeof SEARCH_TYPES

export type SearchHit = { type: SearchType; title: string; href: string; excerpt?: string | null; date?: string }

/**
 * Searches the cached published lists in memory: no database round trip per query, accent-insensitive,
 * and nothing unbounded (arbitrary queries) is written to the cache.
 */
export async function search(query: string, type?: SearchType): Promise<SearchHit[]> {
  const q = query.trim().slice(0, 100)
  if (!q) return []
  const want = (t: SearchType) => !type || type === t
  const [releases, events, projects, associations] = await Promise.all([
    want('communiques') ? getAllReleases() : [],
    want('evenements') ? getAllEvents() : [],
    want('projets') ? getAllProjects() : [],
    want('associations') ? getAllAssociations() : [],
  ])
  return [
    ...releases
      .filter((r) => matches(q, r.title, r.summary, r.dateline?.place))
      .map((r): SearchHit => ({ type: 'communiques', title: r.title, href: `/communiques/${r.slug}`, excerpt: r.summary, date: r.dateline?.date })),
    ...events
      .filter((e) => matches(q, e.title, e.summary, e.venue?.name, e.venue?.city))
      .map((e): SearchHit => ({ type: 'evenements', title: e.title, href: `/evenements/${e.slug}`, excerpt: e.summary, date: e.startsAt })),
    ...projects
      .filter((p) => matches(q, p.title, p.summary))
      .map((p): SearchHit => ({ type: 'projets', title: p.title, href: `/projets/${p.slug}`, excerpt: p.summary })),
    ...associations
      .filter((a) => matches(q, a.name, a.fullName, a.departementName, a.departementCode, a.address?.city, a.summary))
      .map((a): SearchHit => ({ type: 'associations', title: a.name, href: `/associations/${a.slug}`, excerpt: a.fullName ?? a.summary })),
  ]
}
