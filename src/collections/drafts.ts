import type { CollectionConfig, Where } from 'payload'

/** Drafts, versions and scheduled publication, for releases, events and projects. */
export const draftVersions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { schedulePublish: true },
}

/** Only what the public may see of a collection with drafts. */
export const published: Where = { _status: { equals: 'published' } }
