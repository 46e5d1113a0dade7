import type { Metadata } from 'next'

import { pageMetadata } from '@/components/metadata'
import { Pagination } from '@/components/Pagination'
import { ReleaseList } from '@/components/ReleaseList'
import { getAllAssociations } from '@/data/associations'
import { releaseListHref, type ReleaseListKey } from '@/data/listUrls'
import { getReleaseFacets, getReleases } from '@/data/releases'
import type { Association } from '@/payload-types'

import { notFoundMetadata, PageNotFound } from '../not-found'

/**
 * What a list address shows, checked against the content: an association that does not exist or a year the
 * list does not offer is the French 404 (never cached, src/data/pageCache.mjs), so only real combinations —
 * a few per association and year — become cache entries. A real association without releases is « aucun ».
 */
async function resolve(key: ReleaseListKey) {
  const [associations, facets] = await Promise.all([getAllAssociations(), getReleaseFacets()])
  const association = key.association ? associations.find((a) => a.slug === key.association) : undefined
  if (key.association && !association) return null
  if (key.year !== undefined && !facets.years.includes(key.year)) return null
  const issuerIds = new Set(facets.associationIds.map(String))
  return { association, associations, issuerIds, years: facets.years }
}

export async function releaseListMetadata(key: ReleaseListKey | null): Promise<Metadata> {
  if (!key || !(await resolve(key))) return notFoundMetadata
  const filtered = Boolean(key.association || key.year)
  return {
    ...pageMetadata({
      title: key.page > 1 ? `Communiqués de presse – page ${key.page}` : 'Communiqués de presse',
      description:
        'Les communiqués de presse de la fédération nationale de l’OCCE et de ses associations départementales.',
      path: filtered ? '/communiques' : releaseListHref({ page: key.page }),
    }),
    // Filter combinations are not separate content: keep them out of search indexes.
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  }
}

export async function ReleaseListPage({ listKey }: { listKey: ReleaseListKey | null }) {
  const resolved = listKey && (await resolve(listKey))
  if (!listKey || !resolved) return <PageNotFound />
  const { association, associations, issuerIds, years } = resolved
  const { year, page } = listKey
  const issuers = associations.filter((a) => issuerIds.has(String(a.id)))
  // An association that issued nothing answers « aucun » without a query.
  const empty = association !== undefined && !issuerIds.has(String(association.id))
  const result = empty
    ? { docs: [], totalDocs: 0, totalPages: 0 }
    : await getReleases({ association: association?.id, year, page })
  // A page past the last one (an old bookmark, a made-up number) is not cached: the French 404.
  if (page > Math.max(1, result.totalPages)) return <PageNotFound />
  const hrefFor = (n: number) => releaseListHref({ association: association?.slug, year, page: n })
  const options: Association[] = association && !issuers.includes(association) ? [...issuers, association] : issuers

  return (
    <>
      <h1>Communiqués de presse</h1>
      <form className="filters" action="/communiques" method="get" aria-label="Filtrer les communiqués">
        <div className="field">
          <label htmlFor="filtre-association">Association</label>
          <select id="filtre-association" name="association" defaultValue={association?.slug ?? ''}>
            <option value="">Toutes</option>
            {options.map((a) => (
              <option key={a.id} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filtre-annee">Année</label>
          <select id="filtre-annee" name="annee" defaultValue={year ? String(year) : ''}>
            <option value="">Toutes</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filtrer</button>
      </form>
      <p role="status">
        {result.totalDocs === 0
          ? 'Aucun communiqué ne correspond à ces critères.'
          : `${result.totalDocs} communiqué${result.totalDocs > 1 ? 's' : ''}${association ? ` de ${association.name}` : ''}${year ? ` en ${year}` : ''}.`}
      </p>
      {result.docs.length ? <ReleaseList releases={result.docs} headingLevel={2} /> : null}
      <Pagination page={page} totalPages={result.totalPages} hrefFor={hrefFor} />
      <p>
        <a href="/communiques/rss.xml">S’abonner au flux RSS des communiqués</a>
      </p>
    </>
  )
}
