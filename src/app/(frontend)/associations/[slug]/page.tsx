import type { Organization } from 'schema-dts'

import { EventList } from '@/components/EventList'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { clip, noSlugsAtBuild } from '@/components/metadata'
import { ProjectList } from '@/components/ProjectList'
import { ReleaseList } from '@/components/ReleaseList'
import { LEVELS } from '@/collections/Associations/labels'
import { getAllAssociations, getAssociation, getAssociationActivity } from '@/data/associations'
import { populated, populatedList } from '@/data/payload'
import { PATHS, siteUrl } from '@/data/paths'
import { getSiteSettings } from '@/data/settings'
import type { Media, Project } from '@/payload-types'

import { PageNotFound } from '../../not-found'
import { type SlugParams, slugMetadata } from '../../slugMetadata'

export const generateStaticParams = noSlugsAtBuild

const number = (value: number) => new Intl.NumberFormat('fr-FR').format(value)

export const generateMetadata = slugMetadata(getAssociation, (association) => {
  const where = association.departementName ? ` (${association.departementName})` : ''
  return {
    title: `${association.name}${where}`,
    description: clip(
      association.summary,
      `${association.fullName || association.name} : actions, communiqués et événements de l’OCCE${where}.`,
    ),
    path: PATHS.associations(association.slug),
    image: populated<Media>(association.logo),
  }
})

export default async function AssociationPage({ params }: SlugParams) {
  const { slug } = await params
  const association = await getAssociation(slug)
  if (!association) return <PageNotFound />

  const [settings, all] = await Promise.all([getSiteSettings(), getAllAssociations()])
  const federationId =
    (typeof settings.federation === 'object' ? settings.federation?.id : settings.federation) ??
    all.find((a) => a.level === 'federation')?.id ??
    null
  const activity = await getAssociationActivity(association.id, federationId)
  const parentUnion = all.find(
    (a) =>
      a.id === (typeof association.parentUnion === 'object' ? association.parentUnion?.id : association.parentUnion),
  )
  const members = all.filter(
    (a) => (typeof a.parentUnion === 'object' ? a.parentUnion?.id : a.parentUnion) === association.id,
  )
  const actions = populatedList<Project>(association.actions)
  const address = association.address
  const url = `${siteUrl()}${PATHS.associations(association.slug)}`

  return (
    <article className="association">
      <p className="eyebrow">
        <a href="/associations">Associations</a> · {LEVELS[association.level]}
      </p>
      <h1>{association.name}</h1>
      {association.fullName ? <p className="lead">{association.fullName}</p> : null}
      <MediaImage media={populated<Media>(association.logo)} size="thumbnail" sizes="12rem" />
      {association.summary ? <p>{association.summary}</p> : null}

      <section aria-labelledby="identite" className="box">
        <h2 id="identite">Identité et coordonnées</h2>
        <dl className="facts">
          {association.departementName ? (
            <>
              <dt>Département</dt>
              <dd>
                {association.departementName} ({association.departementCode})
              </dd>
            </>
          ) : null}
          {parentUnion ? (
            <>
              <dt>Union régionale</dt>
              <dd>
                <a href={PATHS.associations(parentUnion.slug)}>{parentUnion.name}</a>
              </dd>
            </>
          ) : null}
          {association.president ? (
            <>
              <dt>Présidence</dt>
              <dd>{association.president}</dd>
            </>
          ) : null}
          {address?.street || address?.city ? (
            <>
              <dt>Adresse</dt>
              <dd>
                <address>
                  {[address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')]
                    .filter(Boolean)
                    .join(', ')}
                </address>
              </dd>
            </>
          ) : null}
          {association.phone ? (
            <>
              <dt>Téléphone</dt>
              <dd>
                <a href={`tel:${association.phone.replace(/[^\d+]/g, '')}`}>{association.phone}</a>
              </dd>
            </>
          ) : null}
          {association.email ? (
            <>
              <dt>Courriel</dt>
              <dd>
                <a href={`mailto:${association.email}`}>{association.email}</a>
              </dd>
            </>
          ) : null}
          {association.website ? (
            <>
              <dt>Site internet</dt>
              <dd>
                <a href={association.website}>{association.website.replace(/^https?:\/\//, '')}</a>
              </dd>
            </>
          ) : null}
          {association.legal?.publicUtility ? (
            <>
              <dt>Statut</dt>
              <dd>{[association.legal.legalForm, 'reconnue d’utilité publique'].filter(Boolean).join(', ')}</dd>
            </>
          ) : association.legal?.legalForm ? (
            <>
              <dt>Statut</dt>
              <dd>{association.legal.legalForm}</dd>
            </>
          ) : null}
          {association.legal?.siret ? (
            <>
              <dt>SIRET</dt>
              <dd>{association.legal.siret}</dd>
            </>
          ) : null}
          {association.figures?.pupils ? (
            <>
              <dt>Élèves</dt>
              <dd>{number(association.figures.pupils)}</dd>
            </>
          ) : null}
          {association.figures?.cooperatives ? (
            <>
              <dt>Coopératives scolaires</dt>
              <dd>{number(association.figures.cooperatives)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="actions">
        <h2 id="actions">Ses actions</h2>
        {actions.length ? <ProjectList projects={actions} /> : <p>Aucune action publiée pour le moment.</p>}
      </section>

      <section aria-labelledby="ses-communiques">
        <h2 id="ses-communiques">Ses communiqués</h2>
        <ReleaseList releases={activity.releases} />
      </section>

      <section aria-labelledby="ses-evenements">
        <h2 id="ses-evenements">Ses événements</h2>
        <EventList events={activity.events} empty="Aucun événement publié pour le moment." />
      </section>

      {activity.federationReleases.length ? (
        <section aria-labelledby="federation-communiques">
          <h2 id="federation-communiques">Communiqués de la Fédération nationale</h2>
          <ReleaseList releases={activity.federationReleases} label="Fédération nationale" />
        </section>
      ) : null}

      {members.length ? (
        <section aria-labelledby="membres">
          <h2 id="membres">Associations de l’union</h2>
          <ul>
            {members.map((a) => (
              <li key={a.id}>
                <a href={PATHS.associations(a.slug)}>{a.name}</a>
                {a.departementName ? <> – {a.departementName}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <JsonLd<Organization>
        data={{
          '@context': 'https://schema.org',
          '@type': 'Organization',
          name: association.fullName || association.name,
          alternateName: association.fullName ? association.name : undefined,
          url,
          sameAs: association.website ?? undefined,
          email: association.email ?? undefined,
          telephone: association.phone ?? undefined,
          taxID: association.legal?.siret ?? undefined,
          foundingDate: association.legal?.founded ? String(association.legal.founded) : undefined,
          address:
            address?.city || address?.street
              ? {
                  '@type': 'PostalAddress',
                  streetAddress: address?.street ?? undefined,
                  postalCode: address?.postalCode ?? undefined,
                  addressLocality: address?.city ?? undefined,
                  addressCountry: 'FR',
                }
              : undefined,
          parentOrganization: parentUnion
            ? {
                '@type': 'Organization',
                name: parentUnion.name,
                url: `${siteUrl()}${PATHS.associations(parentUnion.slug)}`,
              }
            : undefined,
          areaServed: association.departementName ?? undefined,
        }}
      />
    </article>
  )
}
