import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { createForOwnAssociation } from '../../access/createForOwnAssociation'
import { federationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { associationField } from '../../fields/association'
import { ACCEPTED_MIME_TYPES } from '../../security/uploads'
import { checkUpload } from './hooks/checkUpload'
import { revalidateHooks } from '../../hooks/revalidate'

const webp = { format: 'webp' as const, options: { quality: 78 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { fr: 'Média', en: 'Media' },
    plural: { fr: 'Médias', en: 'Media' },
  },
  access: {
    read: anyone,
    create: createForOwnAssociation('association'),
    update: federationOrOwnAssociation('association'),
    delete: federationOrOwnAssociation('association'),
  },
  admin: { group: { fr: 'Contenus', en: 'Content' } },
  hooks: { ...revalidateHooks('media'), beforeOperation: [checkUpload] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 250,
      label: { fr: 'Texte alternatif', en: 'Alt text' },
      admin: { description: { fr: 'Décrit l’image pour les personnes qui ne la voient pas.', en: 'Describes the image for people who cannot see it.' } },
    },
    { name: 'credit', type: 'text', maxLength: 200, label: { fr: 'Crédit', en: 'Credit' } },
    associationField({ required: false }),
  ],
  upload: {
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || path.join(process.cwd(), 'media')),
    // Also filters the admin's file picker; checkUpload enforces the same list on the content.
    mimeTypes: [...ACCEPTED_MIME_TYPES],
    // No server-side fetch of remote URLs: it would skip the content check and reach other hosts.
    pasteURL: false,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
    ],
  },
}
