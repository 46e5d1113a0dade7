import type { Where } from 'payload'

import type { Project, User } from '@/payload-types'

import { cached } from './cache'
import { payloadClient } from './payload'
import { previewUser } from './preview'

const published: Where = { _status: { equals: 'published' } }

export const getAllProjects = cached('projects-all', ['projects', 'associations', 'media'], async () => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'projects',
    where: published,
    sort: 'title',
    pagination: false,
    depth: 1,
    select: { title: true, slug: true, theme: true, summary: true, associations: true, image: true, updatedAt: true },
  })
  return docs
}, () => [])

const findProject = async (slug: string, user: User | null): Promise<Project | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'projects',
    where: user ? { slug: { equals: slug } } : { and: [published, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
    draft: Boolean(user),
    user: user ?? undefined,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

const findPublishedProject = cached('project', ['projects', 'associations', 'media'], (slug: string) =>
  findProject(slug, null),
  () => null,
)

export async function getProject(slug: string): Promise<Project | null> {
  const user = await previewUser()
  return user ? findProject(slug, user) : findPublishedProject(slug)
}

/** Releases that link a project. */
export const getReleasesForProject = cached('releases-for-project', ['news-releases'], async (projectId: number | string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'news-releases',
    where: { and: [published, { projects: { in: [projectId] } }] },
    sort: '-dateline.date',
    limit: 20,
    depth: 0,
    select: { title: true, slug: true, dateline: true },
  })
  return docs
}, () => [])
