import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isFederationStaff } from '../access/isFederationStaff'
import { dataDir } from '../startup/dataDir'

/**
 * Import and export files hold staff and guest data from every association: only federation staff handle
 * them, and they live beside the database (git-ignored) instead of a folder in the working directory.
 */
export const federationStaffFiles =
  (folder: string) =>
  ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
    ...collection,
    access: {
      ...collection.access,
      read: isFederationStaff,
      create: isFederationStaff,
      update: isFederationStaff,
      delete: isFederationStaff,
    },
    upload: {
      ...(typeof collection.upload === 'object' ? collection.upload : {}),
      staticDir: path.join(dataDir(), folder),
    },
  })
