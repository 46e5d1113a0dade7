import type { CollectionConfig } from 'payload'

import { livePreview, previewUrl } from '../../data/paths'
import { associationField } from '../../fields/association'
import { publishedContent } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { revalidateHooks } from '../../hooks/revalidate'

/** The federation's three mission areas ("3 grandes missions"). */
export const PROJECT_THEMES = [
  { value: 'projets-cooperatifs', label: { fr: 'Animation de projets coopératifs', en: 'Cooperative projects' } },
  {
    value: 'gestion-cooperatives',
    label: { fr: 'Gestion des coopératives scolaires', en: 'School cooperative management' },
  },
  { value: 'formation', label: { fr: 'Formation à la pédagogie coopérative', en: 'Training in cooperative teaching' } },
]

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
  ...publishedContent('associations'),
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
