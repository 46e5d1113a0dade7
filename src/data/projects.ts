import { published } from '@/collections/drafts'

import { documentBySlug } from './bySlug'
import { cached } from './cache'
import { payloadClient } from './payload'

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

export const getProject = documentBySlug('projects', ['projects', 'associations', 'media'], 1)

export { getReleasesForProject } from './releases'
