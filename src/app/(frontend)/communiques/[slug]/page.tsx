import type { NewsArticle } from 'schema-dts'

import { ContactCard } from '@/components/ContactCard'
import { EventList } from '@/components/EventList'
import { dateline } from '@/components/format'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { clip, noSlugsAtBuild, seoTitle } from '@/components/metadata'
import { ProjectList } from '@/components/ProjectList'
import { RichText } from '@/components/RichText'
import { populated, populatedList } from '@/data/payload'
import { PATHS, siteUrl } from '@/data/paths'
import { getRelease } from '@/data/releases'
import type { Association, Boilerplate, Contact, Event, Media, Project } from '@/payload-types'

import { PageNotFound } from '../../not-found'
import { type SlugParams, slugMetadata } from '../../slugMetadata'

export const generateStaticParams = noSlugsAtBuild

export const generateMetadata = slugMetadata(getRelease, (release) => ({
  title: seoTitle(release),
  description: clip(release.meta?.description || release.summary, release.title),
  path: PATHS['news-releases'](release.slug),
  type: 'article',
  image: populated<Media>(release.meta?.image) ?? populated<Media>(release.heroImage),
  publishedTime: release.dateline?.date,
  modifiedTime: release.updatedAt,
}))

export default async function ReleasePage({ params }: SlugParams) {
  const { slug } = await params
  const release = await getRelease(slug)
  if (!release) return <PageNotFound />

  const association = populated<Association>(release.association)
  const contact = populated<Contact>(release.pressContact)
  const boilerplate = populated<Boilerplate>(release.boilerplate)
  const events = populatedList<Event>(release.events)
  const projects = populatedList<Project>(release.projects)
  const hero = populated<Media>(release.heroImage)
  const url = `${siteUrl()}${PATHS['news-releases'](release.slug)}`

  return (
    <article className="release">
      <p className="eyebrow">
        <a href="/communiques">Communiqués de presse</a>
        {release._status === 'draft' ? <strong className="draft-flag"> · Brouillon</strong> : null}
      </p>
      <p className="dateline">
        <time dateTime={release.dateline.date}>{dateline(release.dateline.place, release.dateline.date)}</time>
      </p>
      <h1>{release.title}</h1>
      {association ? (
        <p className="issuer">
          Communiqué de <a href={PATHS.associations(association.slug)}>{association.fullName || association.name}</a>
        </p>
      ) : null}
      {release.summary ? <p className="lead">{release.summary}</p> : null}
      <MediaImage media={hero} size="hero" priority sizes="(max-width: 48rem) 100vw, 48rem" />
      <RichText data={release.body} />

      {contact ? (
        <section aria-labelledby="contact-presse" className="box">
          <h2 id="contact-presse">Contact presse</h2>
          <ContactCard contact={contact} />
        </section>
      ) : null}

      {events.length ? (
        <section aria-labelledby="evenements-lies" className="no-print">
          <h2 id="evenements-lies">Événements liés</h2>
          <EventList events={events} empty="" />
        </section>
      ) : null}

      {projects.length ? (
        <section aria-labelledby="projets-lies" className="no-print">
          <h2 id="projets-lies">Projets liés</h2>
          <ProjectList projects={projects} />
        </section>
      ) : null}

      {boilerplate ? (
        <section aria-labelledby="a-propos" className="boilerplate">
          <h2 id="a-propos">{boilerplate.title}</h2>
          <RichText data={boilerplate.body} />
        </section>
      ) : null}

      <JsonLd<NewsArticle>
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: release.title,
          description: release.summary ?? undefined,
          datePublished: release.dateline.date,
          dateModified: release.updatedAt,
          inLanguage: 'fr-FR',
          mainEntityOfPage: url,
          url,
          dateline: dateline(release.dateline.place, release.dateline.date),
          image: hero?.url ? `${siteUrl()}${hero.sizes?.hero?.url || hero.url}` : undefined,
          author: association
            ? {
                '@type': 'Organization',
                name: association.fullName || association.name,
                url: `${siteUrl()}${PATHS.associations(association.slug)}`,
              }
            : undefined,
          publisher: { '@type': 'Organization', name: 'Office Central de la Coopération à l’École', url: siteUrl() },
          about: events.map((e) => ({
            '@type': 'Event' as const,
            name: e.title,
            url: `${siteUrl()}${PATHS.events(e.slug)}`,
          })),
        }}
      />
    </article>
  )
}
