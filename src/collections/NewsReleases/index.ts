import type { CollectionConfig } from 'payload'

import { createForOwnAssociation } from '../../access/createForOwnAssociation'
import { federationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { ownAssociationVersions } from '../../access/ownAssociationVersions'
import { publishedOrOwnAssociation } from '../../access/publishedOrOwnAssociation'
import { livePreview, previewUrl } from '../../data/paths'
import { associationField } from '../../fields/association'
import { dayField } from '../../fields/dateTime'
import { slugField } from '../../fields/slug'
import { revalidateHooks } from '../../hooks/revalidate'
import { draftVersions } from '../drafts'

export const NewsReleases: CollectionConfig = {
  slug: 'news-releases',
  labels: {
    singular: { fr: 'Communiqué de presse', en: 'Press release' },
    plural: { fr: 'Communiqués de presse', en: 'Press releases' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'dateline.date', 'association', '_status'],
    group: { fr: 'Contenus', en: 'Content' },
    preview: previewUrl('news-releases'),
    livePreview: livePreview('news-releases'),
  },
  access: {
    read: publishedOrOwnAssociation('association'),
    readVersions: ownAssociationVersions('association'),
    create: createForOwnAssociation('association'),
    update: federationOrOwnAssociation('association'),
    delete: federationOrOwnAssociation('association'),
  },
  versions: draftVersions,
  defaultSort: '-dateline.date',
  // The public list reads the newest published releases: filter and order from one index, no sort pass.
  // The list's filters step through the published releases' issuers in order (src/data/releases.ts).
  indexes: [{ fields: ['_status', 'dateline.date'] }, { fields: ['_status', 'association', 'createdAt'] }],
  hooks: revalidateHooks('news-releases'),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 250, label: { fr: 'Titre', en: 'Title' } },
    slugField(),
    {
      name: 'dateline',
      type: 'group',
      label: { fr: 'Lieu et date', en: 'Dateline' },
      admin: { description: { fr: 'Par exemple « Paris le 01/06/2026 ».', en: 'E.g. "Paris, 01/06/2026".' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'place', type: 'text', required: true, maxLength: 80, label: { fr: 'Lieu', en: 'Place' } },
            dayField('date', { fr: 'Date', en: 'Date' }, { required: true, index: true }),
          ],
        },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 600, label: { fr: 'Chapô', en: 'Summary' } },
    { name: 'body', type: 'richText', required: true, label: { fr: 'Texte', en: 'Body' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { fr: 'Image principale', en: 'Hero image' } },
    associationField({ label: { fr: 'Association émettrice', en: 'Issuing association' } }),
    {
      name: 'events',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: { fr: 'Événements liés', en: 'Related events' },
    },
    {
      name: 'projects',
      type: 'relationship',
      relationTo: 'projects',
      hasMany: true,
      label: { fr: 'Projets liés', en: 'Related projects' },
    },
    {
      name: 'pressContact',
      type: 'relationship',
      relationTo: 'contacts',
      label: { fr: 'Contact presse', en: 'Press contact' },
    },
    {
      name: 'boilerplate',
      type: 'relationship',
      relationTo: 'boilerplates',
      label: { fr: 'Texte « À propos »', en: 'Boilerplate' },
      admin: { description: { fr: 'Par exemple « Mieux connaître l’OCCE ».', en: 'E.g. "About OCCE".' } },
    },
  ],
}
