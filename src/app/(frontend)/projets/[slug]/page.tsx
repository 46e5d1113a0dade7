import { MediaImage } from '@/components/MediaImage'
import { clip, noSlugsAtBuild, seoTitle } from '@/components/metadata'
import { RelatedReleases } from '@/components/ReleaseList'
import { RichText } from '@/components/RichText'
import { themeLabel } from '@/collections/Projects/labels'
import { populated, populatedList } from '@/data/payload'
import { PATHS } from '@/data/paths'
import { getProject, getReleasesForProject } from '@/data/projects'
import type { Association, Media } from '@/payload-types'

import { PageNotFound } from '../../not-found'
import { type SlugParams, slugMetadata } from '../../slugMetadata'

export const generateStaticParams = noSlugsAtBuild

export const generateMetadata = slugMetadata(getProject, (project) => ({
  title: seoTitle(project),
  description: clip(project.meta?.description || project.summary, `${project.title} : un projet coopératif de l’OCCE.`),
  path: PATHS.projects(project.slug),
  image: populated<Media>(project.meta?.image) ?? populated<Media>(project.image),
}))

export default async function ProjectPage({ params }: SlugParams) {
  const { slug } = await params
  const project = await getProject(slug)
  if (!project) return <PageNotFound />
  const associations = populatedList<Association>(project.associations)
  const releases = await getReleasesForProject(project.id)
  return (
    <article className="project">
      <p className="eyebrow">
        <a href="/projets">Projets</a> · {themeLabel(project.theme)}
        {project._status === 'draft' ? <strong className="draft-flag"> · Brouillon</strong> : null}
      </p>
      <h1>{project.title}</h1>
      {project.summary ? <p className="lead">{project.summary}</p> : null}
      <MediaImage media={populated<Media>(project.image)} size="hero" priority />
      <RichText data={project.body} />
      {associations.length ? (
        <section aria-labelledby="porte-par">
          <h2 id="porte-par">Porté par</h2>
          <ul>
            {associations.map((a) => (
              <li key={a.id}>
                <a href={PATHS.associations(a.slug)}>{a.fullName || a.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RelatedReleases releases={releases} />
    </article>
  )
}
