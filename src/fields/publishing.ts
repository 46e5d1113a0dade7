import type { CollectionConfig } from 'payload'

import { changeOwnAssociation, createForOwnAssociation, readPublishedOrOwn } from '../access/content'
import { isStaff } from '../access/isStaff'

/** Drafts, versions, scheduled publication and association-scoped access, shared by releases, events, projects. */
export const publishedContent = (ownerField: string): Pick<CollectionConfig, 'access' | 'versions'> => ({
  access: {
    read: readPublishedOrOwn(ownerField),
    create: createForOwnAssociation(ownerField),
    update: changeOwnAssociation(ownerField),
    delete: changeOwnAssociation(ownerField),
    readVersions: isStaff,
  },
  versions: {
    maxPerDoc: 50,
    drafts: { schedulePublish: true },
  },
})
