import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isFederationStaff } from '../access/isFederationStaff'
import { revalidateGlobal } from '../hooks/revalidate'
import { accessibilityStatement } from './accessibilityStatement'

/** Federation identity, legal notice data, key figures and navigation: one place for the whole site. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { fr: 'Réglages du site', en: 'Site settings' },
  admin: { group: { fr: 'Administration', en: 'Administration' } },
  access: { read: anyone, update: isFederationStaff },
  hooks: { afterChange: [revalidateGlobal('site-settings')] },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: 'OCCE',
      label: { fr: 'Nom du site', en: 'Site name' },
    },
    { name: 'tagline', type: 'text', maxLength: 200, label: { fr: 'Accroche', en: 'Tagline' } },
    {
      name: 'federation',
      type: 'relationship',
      relationTo: 'associations',
      label: { fr: 'Fédération nationale', en: 'National federation' },
      filterOptions: { level: { equals: 'federation' } },
    },
    {
      name: 'keyFigures',
      type: 'array',
      label: { fr: 'Chiffres clés', en: 'Key figures' },
      labels: { singular: { fr: 'Chiffre', en: 'Figure' }, plural: { fr: 'Chiffres', en: 'Figures' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'text', required: true, maxLength: 40, label: { fr: 'Valeur', en: 'Value' } },
            { name: 'label', type: 'text', required: true, maxLength: 160, label: { fr: 'Libellé', en: 'Label' } },
          ],
        },
      ],
    },
    {
      name: 'missions',
      type: 'array',
      label: { fr: 'Missions', en: 'Missions' },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 160, label: { fr: 'Mission', en: 'Mission' } },
        { name: 'description', type: 'text', maxLength: 300, label: { fr: 'Description', en: 'Description' } },
      ],
    },
    {
      name: 'navigation',
      type: 'array',
      label: { fr: 'Navigation', en: 'Navigation' },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 60, label: { fr: 'Libellé', en: 'Label' } },
        { name: 'url', type: 'text', required: true, maxLength: 200, label: { fr: 'Lien', en: 'URL' } },
      ],
    },
    {
      name: 'legalNotice',
      type: 'group',
      label: { fr: 'Mentions légales', en: 'Legal notice' },
      fields: [
        {
          name: 'publicationDirector',
          type: 'text',
          maxLength: 120,
          label: { fr: 'Directeur·rice de la publication', en: 'Publication director' },
        },
        { name: 'host', type: 'textarea', maxLength: 500, label: { fr: 'Hébergeur', en: 'Host' } },
        { name: 'extra', type: 'richText', label: { fr: 'Compléments', en: 'Additional text' } },
      ],
    },
    accessibilityStatement,
  ],
}
