import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isFederationStaff, isFederationStaffField } from '../../access/isFederationStaff'
import { federationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { addressFields, emailField, phoneField } from '../../fields/contactFields'
import { slugField } from '../../fields/slug'
import { REGIONS } from '../../fields/regions'
import { slugify } from '../../fields/slugify'
import {
  completeUrl,
  normaliseDepartementCode,
  validateDepartementCode,
  validateSiret,
  validateUrl,
} from '../../fields/validators'
import { revalidateHooks } from '../../hooks/revalidate'
import { ASSOCIATION_LEVELS } from './labels'

export const Associations: CollectionConfig = {
  slug: 'associations',
  labels: {
    singular: { fr: 'Association', en: 'Association' },
    plural: { fr: 'Associations', en: 'Associations' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'departementCode', 'region'],
    group: { fr: 'Réseau', en: 'Network' },
  },
  access: {
    read: anyone,
    create: isFederationStaff,
    update: federationOrOwnAssociation('id'),
    delete: isFederationStaff,
  },
  defaultSort: 'name',
  hooks: revalidateHooks('associations'),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160, label: { fr: 'Nom', en: 'Name' } },
    { name: 'fullName', type: 'text', maxLength: 250, label: { fr: 'Nom complet', en: 'Full name' } },
    slugField('name'),
    {
      name: 'level',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Échelon', en: 'Level' },
      access: { update: isFederationStaffField },
      options: ASSOCIATION_LEVELS,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'departementCode',
          type: 'text',
          index: true,
          label: { fr: 'N° de département', en: 'Département code' },
          maxLength: 3,
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (siblingData?.level === 'departmental' && !value) return 'Le numéro de département est obligatoire.'
            return validateDepartementCode(typeof value === 'string' ? value.toUpperCase() : value)
          },
          hooks: { beforeValidate: [({ value }) => normaliseDepartementCode(value)] },
        },
        { name: 'departementName', type: 'text', maxLength: 80, label: { fr: 'Département', en: 'Département' } },
      ],
    },
    {
      name: 'region',
      type: 'select',
      index: true,
      label: { fr: 'Région', en: 'Region' },
      options: REGIONS.map((r) => ({ value: slugify(r), label: r })),
    },
    {
      name: 'parentUnion',
      type: 'relationship',
      relationTo: 'associations',
      label: { fr: 'Union régionale', en: 'Regional union' },
      access: { update: isFederationStaffField },
      filterOptions: { level: { equals: 'union' } },
    },
    { name: 'president', type: 'text', maxLength: 120, label: { fr: 'Président·e', en: 'President' } },
    {
      name: 'legal',
      type: 'group',
      label: { fr: 'Identité juridique', en: 'Legal identity' },
      fields: [
        { name: 'legalForm', type: 'text', maxLength: 120, label: { fr: 'Forme juridique', en: 'Legal form' } },
        {
          name: 'publicUtility',
          type: 'checkbox',
          label: { fr: 'Reconnue d’utilité publique', en: 'Recognised public utility' },
        },
        { name: 'siret', type: 'text', maxLength: 20, label: { fr: 'SIRET', en: 'SIRET' }, validate: validateSiret },
        {
          name: 'nace',
          type: 'text',
          maxLength: 10,
          label: { fr: 'Code NACE / APE', en: 'NACE code' },
          validate: (v: unknown) =>
            !v || /^\d{2}\.?\d{2}[A-Z]$/.test(String(v)) ? true : 'Code NACE invalide, par exemple 9499Z.',
        },
        { name: 'approval', type: 'textarea', maxLength: 500, label: { fr: 'Agréments', en: 'Approvals' } },
        { name: 'founded', type: 'number', min: 1800, max: 2100, label: { fr: 'Année de création', en: 'Founded' } },
      ],
    },
    {
      name: 'address',
      type: 'group',
      label: { fr: 'Adresse', en: 'Address' },
      fields: addressFields,
    },
    { type: 'row', fields: [phoneField(), emailField()] },
    // « www.occe79.fr » gets https:// (else it would be a relative link); other schemes are refused.
    {
      name: 'website',
      type: 'text',
      maxLength: 200,
      label: { fr: 'Site internet', en: 'Website' },
      validate: validateUrl,
      hooks: { beforeValidate: [({ value }) => completeUrl(value)] },
    },
    {
      name: 'figures',
      type: 'group',
      label: { fr: 'Chiffres', en: 'Figures' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'pupils', type: 'number', min: 0, label: { fr: 'Élèves', en: 'Pupils' } },
            {
              name: 'cooperatives',
              type: 'number',
              min: 0,
              label: { fr: 'Coopératives scolaires', en: 'School cooperatives' },
            },
          ],
        },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 600, label: { fr: 'Présentation', en: 'Summary' } },
    {
      name: 'actions',
      type: 'relationship',
      relationTo: 'projects',
      hasMany: true,
      label: { fr: 'Actions', en: 'Actions' },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { fr: 'Logo', en: 'Logo' } },
  ],
}
