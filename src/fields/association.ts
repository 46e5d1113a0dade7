import type { Field } from 'payload'

import { assignOwnAssociation } from '../access/ownAssociation'

type Options = {
  name?: string
  label?: { fr: string; en: string }
  required?: boolean
  hasMany?: boolean
}

/** The association(s) a document belongs to; an ad-editor's documents are always their own association's. */
export const associationField = ({
  name = 'association',
  label = { fr: 'Association', en: 'Association' },
  required = true,
  hasMany = false,
}: Options = {}): Field => ({
  name,
  type: 'relationship',
  relationTo: 'associations',
  label,
  required,
  hasMany,
  index: true,
  admin: { position: 'sidebar' },
  hooks: { beforeValidate: [assignOwnAssociation] },
})
