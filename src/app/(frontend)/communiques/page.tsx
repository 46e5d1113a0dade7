import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { pageMetadata } from '@/components/metadata'
import { Pagination } from '@/components/Pagination'
import { ReleaseList } from '@/components/ReleaseList'
import { getAllAssociations } from '@/data/associations'
import { getReleaseFacets, getReleases, RELEASES_PER_PAGE } from '@/data/releases'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const emptyPage = () => ({ docs: [], totalDocs: 0, totalPages: 0, page: 1, limit: RELEASES_PER_PAGE })

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const params = await searchParams
  const page = Number(one(params.page)) || 1
  const filtered = Boolean(one(params.association) || one(params.annee))
  return {
    ...pageMetadata({
      title: page > 1 ? `Communiqués de presse – page ${page}` : 'Communiqués de presse',
      description:
        'Les communiqués de presse de la fédération nationale de l’OCCE et de ses associations départementales.',
      path: page > 1 && !filtered ? `/communiques?page=${page}` : '/communiques',
    }),
    // Filter combinations are not separate content: keep them out of search indexes.
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  }
}

export default async function ReleasesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const [associations, facets] = await Promise.all([getAllAssociations(), getReleaseFacets()])
  const issuerIds = new Set(facets.associationIds.map(String))
  const issuers = associations.filter((a) => issuerIds.has(String(a.id)))
  const years = facets.years

  // Any association or plausible year filters, even one with no release: the reader gets « aucun », not everything.
  const association = associations.find((a) => a.slug === one(params.association))
  const yearValue = Number(one(params.annee))
  const year = Number.isInteger(yearValue) && yearValue >= 1928 && yearValue <= 2100 ? yearValue : undefined
  const page = Math.max(1, Math.min(1000, Math.floor(Number(one(params.page)) || 1)))
  // Only combinations that can hold releases reach the (cached) query: a year or an association without
  // any is « aucun » at once, and a page past the last one goes to the last one (its canonical address), so
  // made-up filters add no cache entry.
  const empty =
    (year !== undefined && !years.includes(year)) ||
    (association !== undefined && !issuerIds.has(String(association.id)))
  const filters = { association: association?.id, year }
  const first = empty ? emptyPage() : await getReleases({ ...filters, page: 1 })
  const hrefFor = (n: number) => {
    const query = new URLSearchParams()
    if (association) query.set('association', association.slug)
    if (year) query.set('annee', String(year))
    if (n > 1) query.set('page', String(n))
    const qs = query.toString()
    return qs ? `/communiques?${qs}` : '/communiques'
  }
  if (page > Math.max(1, first.totalPages)) redirect(hrefFor(first.totalPages))
  const result = page === 1 ? first : await getReleases({ ...filters, page })

  return (
    <>
      <h1>Communiqués de presse</h1>
      <form className="filters" action="/communiques" method="get" aria-label="Filtrer les communiqués">
        <div className="field">
          <label htmlFor="filtre-association">Association</label>
          <select id="filtre-association" name="association" defaultValue={association?.slug ?? ''}>
            <option value="">Toutes</option>
            {(association && !issuers.includes(association) ? [...issuers, association] : issuers).map((a) => (
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
            {(year && !years.includes(year) ? [...years, year] : years).map((y) => (
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
      <Pagination page={result.page ?? 1} totalPages={result.totalPages} hrefFor={hrefFor} />
      <p>
        <a href="/communiques/rss.xml">S’abonner au flux RSS des communiqués</a>
      </p>
    </>
  )
}
