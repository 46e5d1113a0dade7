import type { CollectionConfig } from 'payload'

import { createForOwnAssociation } from '../../access/createForOwnAssociation'
import { federationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { ownAssociationVersions } from '../../access/ownAssociationVersions'
import { publishedOrOwnAssociation } from '../../access/publishedOrOwnAssociation'
import { livePreview, previewUrl } from '../../data/paths'
import { associationField } from '../../fields/association'
import { slugField } from '../../fields/slug'
import { revalidateHooks } from '../../hooks/revalidate'
import { draftVersions } from '../drafts'
import { PROJECT_THEMES } from './labels'

export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: { fr: 'Projet', en: 'Project' }, plural: { fr: 'Projets', en: 'Projects' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'theme', '_status', 'updatedAt'],
    group: { fr: 'Contenus', en: 'Content' },
    preview: previewUrl('projects'),
    livePreview: livePreview('projects'),
  },
  access: {
    read: publishedOrOwnAssociation('associations'),
    readVersions: ownAssociationVersions('associations'),
    create: createForOwnAssociation('associations'),
    update: federationOrOwnAssociation('associations'),
    delete: federationOrOwnAssociation('associations'),
  },
  versions: draftVersions,
  hooks: revalidateHooks('projects'),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, label: { fr: 'Titre', en: 'Title' } },
    slugField(),
    {
      name: 'theme',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Mission', en: 'Mission area' },
      options: PROJECT_THEMES,
    },
    { name: 'summary', type: 'textarea', maxLength: 600, label: { fr: 'Résumé', en: 'Summary' } },
    { name: 'body', type: 'richText', label: { fr: 'Présentation', en: 'Body' } },
    associationField({ name: 'associations', label: { fr: 'Associations', en: 'Associations' }, hasMany: true }),
    { name: 'image', type: 'upload', relationTo: 'media', label: { fr: 'Image', en: 'Image' } },
  ],
}
