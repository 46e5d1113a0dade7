import type { CollectionConfig } from 'payload'

import { changeOwnAssociation, createForOwnAssociation, readOwnVersions, readPublishedOrOwn } from '../access/content'

/** Drafts, versions, scheduled publication and association-scoped access, shared by releases, events, projects. */
export const publishedContent = (ownerField: string): Pick<CollectionConfig, 'access' | 'versions'> => ({
  access: {
    read: readPublishedOrOwn(ownerField),
    create: createForOwnAssociation(ownerField),
    update: changeOwnAssociation(ownerField),
    delete: changeOwnAssociation(ownerField),
    readVersions: readOwnVersions(ownerField),
  },
  versions: {
    maxPerDoc: 50,
    drafts: { schedulePublish: true },
  },
})
