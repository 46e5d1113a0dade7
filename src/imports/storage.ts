import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { dataDir } from '../lib/dataDir'

/**
 * Import and export files hold staff and guest data: keep them beside the database (git-ignored, backed up
 * with it) instead of a folder in the working directory.
 */
export const keepUnderDataDir =
  (folder: string) =>
  ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
    ...collection,
    upload: {
      ...(typeof collection.upload === 'object' ? collection.upload : {}),
      staticDir: path.join(dataDir(), folder),
    },
  })
