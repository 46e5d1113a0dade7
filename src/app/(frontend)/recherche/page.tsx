import type { Metadata } from 'next'

import { pageMetadata } from '@/components/metadata'
import { shortDate } from '@/components/format'
import { HITS_PER_TYPE, search, SEARCH_TYPES, type SearchType } from '@/data/search'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Answers each query as it comes (it reads its query string: never cached as a page). Not `force-dynamic`:
// that would also bypass the data cache (fetchCache 'force-no-store'), reading every list from the database
// and rebuilding the search index on each query.

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = one((await searchParams).q).trim()
  return {
    ...pageMetadata({
      title: q ? `Recherche : ${q.slice(0, 60)}` : 'Recherche',
      description: 'Rechercher dans les communiqués, événements, projets et associations de l’OCCE.',
      path: '/recherche',
    }),
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const query = one(params.q).trim().slice(0, 100)
  const typeParam = one(params.type)
  const type = typeParam in SEARCH_TYPES ? (typeParam as SearchType) : undefined
  const { hits, total, truncated } = query ? await search(query, type) : { hits: [], total: 0, truncated: false }

  return (
    <>
      <h1>Recherche</h1>
      {/* The header has a search landmark too: a name tells the two apart in the list of landmarks. */}
      <form action="/recherche" method="get" className="filters" role="search" aria-label="Recherche détaillée">
        <div className="field">
          <label htmlFor="recherche-q">Mots recherchés</label>
          <input id="recherche-q" name="q" type="search" defaultValue={query} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="recherche-type">Type de contenu</label>
          <select id="recherche-type" name="type" defaultValue={type ?? ''}>
            <option value="">Tous</option>
            {Object.entries(SEARCH_TYPES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Rechercher</button>
      </form>
      {query ? (
        <section aria-labelledby="resultats">
          <h2 id="resultats">Résultats</h2>
          <p role="status">
            {total === 0
              ? `Aucun résultat pour « ${query} ».`
              : `${total} résultat${total > 1 ? 's' : ''} pour « ${query} ».`}
            {truncated ? ` Les ${HITS_PER_TYPE} premiers de chaque type sont affichés : précisez la recherche.` : null}
          </p>
          <ul className="card-list">
            {hits.map((hit) => (
              <li key={hit.href} className="card">
                <p className="card-label">{SEARCH_TYPES[hit.type].replace(/s$/, '')}</p>
                <h3 className="card-title">
                  <a href={hit.href}>{hit.title}</a>
                </h3>
                {hit.date ? <p className="card-meta">{shortDate(hit.date)}</p> : null}
                {hit.excerpt ? <p>{hit.excerpt}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>Saisissez un ou plusieurs mots, par exemple « Niort » ou « coopération ».</p>
      )}
    </>
  )
}
