import type { Metadata } from 'next'

import { EventList } from '@/components/EventList'
import { JsonLd } from '@/components/JsonLd'
import { pageMetadata } from '@/components/metadata'
import { ProjectList } from '@/components/ProjectList'
import { ReleaseList } from '@/components/ReleaseList'
import { getAllEvents, splitByTime } from '@/data/events'
import { populated } from '@/data/payload'
import { siteUrl } from '@/data/paths'
import { getAllProjects } from '@/data/projects'
import { getReleases } from '@/data/releases'
import { getSiteSettings } from '@/data/settings'
import type { Association } from '@/payload-types'
import type { Organization } from 'schema-dts'

const DESCRIPTION =
  'L’OCCE fédère 40 000 coopératives scolaires : communiqués, événements, projets coopératifs et associations départementales près de chez vous.'

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...pageMetadata({
      title: 'OCCE – Office Central de la Coopération à l’École',
      description: DESCRIPTION,
      path: '/',
    }),
    title: { absolute: 'OCCE – Office Central de la Coopération à l’École' },
  }
}

export default async function HomePage() {
  const [settings, releases, events, projects] = await Promise.all([
    getSiteSettings(),
    getReleases({ page: 1 }),
    getAllEvents(),
    getAllProjects(),
  ])
  const { upcoming, past } = splitByTime(events.filter((e) => !e.parent))
  const federation = populated<Association>(settings.federation)
  return (
    <>
      <section className="hero" aria-labelledby="titre-accueil">
        <h1 id="titre-accueil">Office Central de la Coopération à l’École</h1>
        <p className="lead">{settings.tagline || 'Pour une coopération dès l’école.'}</p>
      </section>

      {settings.keyFigures?.length ? (
        <section aria-labelledby="chiffres-cles">
          <h2 id="chiffres-cles">Les chiffres clés</h2>
          <ul className="figures">
            {settings.keyFigures.map((figure) => (
              <li key={figure.id ?? figure.label}>
                <strong>{figure.value}</strong> <span>{figure.label}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="derniers-communiques">
        <h2 id="derniers-communiques">Derniers communiqués</h2>
        <ReleaseList releases={releases.docs.slice(0, 3)} />
        <p>
          <a href="/communiques">Tous les communiqués</a>
        </p>
      </section>

      <section aria-labelledby="evenements-a-venir">
        <h2 id="evenements-a-venir">Événements à venir</h2>
        <EventList events={upcoming.slice(0, 4)} empty="Aucun événement à venir pour le moment." />
      </section>

      <section aria-labelledby="evenements-passes">
        <h2 id="evenements-passes">Événements passés</h2>
        <EventList events={past.slice(0, 3)} empty="Aucun événement passé." />
        <p>
          <a href="/evenements">Tous les événements</a>
        </p>
      </section>

      <section aria-labelledby="projets">
        <h2 id="projets">Projets coopératifs</h2>
        <ProjectList projects={projects.slice(0, 6)} />
        <p>
          <a href="/projets">Tous les projets</a>
        </p>
      </section>

      <section aria-labelledby="pres-de-chez-vous">
        <h2 id="pres-de-chez-vous">L’OCCE près de chez vous</h2>
        <form action="/associations" method="get" className="finder">
          <label htmlFor="ad-accueil">Numéro ou nom de votre département</label>
          <input id="ad-accueil" name="q" type="search" maxLength={60} autoComplete="off" />
          <button type="submit">Trouver mon association</button>
        </form>
      </section>

      {federation ? (
        <JsonLd<Organization>
          data={{
            '@context': 'https://schema.org',
            '@type': 'Organization',
            name: federation.fullName || federation.name,
            alternateName: federation.name,
            url: siteUrl(),
            email: federation.email ?? undefined,
            telephone: federation.phone ?? undefined,
          }}
        />
      ) : null}
    </>
  )
}
