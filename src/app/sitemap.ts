import type { MetadataRoute } from 'next'

import { getAllAssociations } from '@/data/associations'
import { getAllEvents } from '@/data/events'
import { PATHS, siteUrl } from '@/data/paths'
import { getAllProjects } from '@/data/projects'
import { getAllReleases } from '@/data/releases'

export const dynamic = 'force-dynamic'

const STATIC_PAGES = [
  '/',
  '/communiques',
  '/evenements',
  '/associations',
  '/projets',
  '/mentions-legales',
  '/accessibilite',
  '/plan-du-site',
]

/** Every published page; the lists it reads are cached and refreshed by the same hooks as the pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const [releases, events, projects, associations] = await Promise.all([
    getAllReleases(),
    getAllEvents(),
    getAllProjects(),
    getAllAssociations(),
  ])
  return [
    ...STATIC_PAGES.map((path) => ({
      url: `${base}${path === '/' ? '' : path}` || base,
      changeFrequency: 'daily' as const,
    })),
    ...releases.map((r) => ({ url: `${base}${PATHS['news-releases'](r.slug)}`, lastModified: r.updatedAt })),
    ...events.map((e) => ({ url: `${base}${PATHS.events(e.slug)}`, lastModified: e.updatedAt })),
    ...projects.map((p) => ({ url: `${base}${PATHS.projects(p.slug)}`, lastModified: p.updatedAt })),
    ...associations.map((a) => ({ url: `${base}${PATHS.associations(a.slug)}`, lastModified: a.updatedAt })),
  ]
}
