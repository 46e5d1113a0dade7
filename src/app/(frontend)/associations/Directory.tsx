import type { Metadata } from 'next'

import { LEVELS } from '@/collections/Associations/labels'
import { pageMetadata } from '@/components/metadata'
import { getAllAssociations } from '@/data/associations'
import { findAssociations } from '@/data/finder'
import { PATHS } from '@/data/paths'
import type { Association } from '@/payload-types'
import { REGIONS } from '@/fields/regions'
import { slugify } from '@/fields/slugify'

const REGION_LABELS = new Map<string, string>(REGIONS.map((r) => [slugify(r), r]))

export const FINDER_MAX_LENGTH = 60

export function directoryMetadata(query: string): Metadata {
  return {
    ...pageMetadata({
      title: 'Les associations de l’OCCE près de chez vous',
      description:
        'Trouvez l’association départementale de l’OCCE de votre département : unions régionales et associations départementales.',
      path: '/associations',
    }),
    ...(query ? { robots: { index: false, follow: true } } : {}),
  }
}

function AssociationItem({ association }: { association: Association }) {
  return (
    <li>
      <a href={PATHS.associations(association.slug)}>{association.name}</a>
      {association.departementName ? <> – {association.departementName}</> : null}
      {association.departementCode ? <> ({association.departementCode})</> : null}
      {association.level === 'union' ? <> · {LEVELS.union}</> : null}
    </li>
  )
}

/** The directory by region, with the finder's answer above it when there is a query. */
export async function Directory({ query }: { query: string }) {
  const all = await getAllAssociations()
  const results = query ? findAssociations(all, query) : []
  const federation = all.find((a) => a.level === 'federation')

  const byRegion = new Map<string, Association[]>()
  for (const association of all) {
    if (association.level === 'federation') continue
    const region = association.region ? (REGION_LABELS.get(association.region) ?? association.region) : 'Autres'
    byRegion.set(region, [...(byRegion.get(region) ?? []), association])
  }
  const regions = [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b, 'fr'))
  for (const [, list] of regions)
    list.sort((a, b) => (a.level === b.level ? a.name.localeCompare(b.name, 'fr') : a.level === 'union' ? -1 : 1))

  return (
    <>
      <h1>Les associations de l’OCCE</h1>
      <section aria-labelledby="pres-de-chez-vous" className="box">
        <h2 id="pres-de-chez-vous">Près de chez vous</h2>
        <form action="/associations" method="get" className="finder">
          <label htmlFor="ad">Numéro ou nom de votre département</label>
          <input
            id="ad"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={60}
            aria-describedby="ad-aide"
            autoComplete="off"
          />
          <button type="submit">Trouver mon association</button>
          <p id="ad-aide" className="hint">
            Par exemple : 79, Deux-Sèvres ou Niort.
          </p>
        </form>
        {query ? (
          <div role="status" aria-live="polite">
            {results.length ? (
              <>
                <p>
                  {results.length === 1 ? 'Une association correspond' : `${results.length} associations correspondent`}{' '}
                  à « {query} » :
                </p>
                <ul className="results">
                  {results.map((a) => (
                    <AssociationItem key={a.id} association={a} />
                  ))}
                </ul>
              </>
            ) : (
              <p>Aucune association ne correspond à « {query} ». Vérifiez le numéro ou le nom du département.</p>
            )}
          </div>
        ) : null}
      </section>

      {federation ? (
        <section aria-labelledby="federation">
          <h2 id="federation">Fédération nationale</h2>
          <p>
            <a href={PATHS.associations(federation.slug)}>{federation.fullName || federation.name}</a>
            {federation.address?.city ? <> – {federation.address.city}</> : null}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="par-region">
        <h2 id="par-region">Par région</h2>
        {regions.length ? (
          regions.map(([region, list]) => (
            <section key={region} aria-labelledby={`region-${slugify(region)}`}>
              <h3 id={`region-${slugify(region)}`}>{region}</h3>
              <ul className="directory">
                {list.map((a) => (
                  <AssociationItem key={a.id} association={a} />
                ))}
              </ul>
            </section>
          ))
        ) : (
          <p>L’annuaire des associations n’est pas encore publié.</p>
        )}
      </section>
    </>
  )
}
