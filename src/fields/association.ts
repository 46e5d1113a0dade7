import type { Field } from 'payload'

import { assignOwnAssociation, ownAssociationId } from '../access/ownAssociation'
import { hasRole } from '../access/roles'

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
  // An AD editor can only credit their own association: the picker offers it (and, on a shared project,
  // the co-running associations the federation already set, which also keeps them valid on save).
  filterOptions: ({ user, siblingData }) => {
    if (!hasRole(user, 'ad-editor')) return true
    const own = ownAssociationId(user)
    if (own === undefined) return false
    const current = hasMany
      ? (((siblingData as Record<string, unknown> | undefined)?.[name] as unknown[] | undefined) ?? [])
      : []
    const kept = current
      .map((v) => (v && typeof v === 'object' ? (v as { id: string | number }).id : v))
      .filter((v) => v !== null && v !== undefined)
    return { id: { in: [own, ...kept] } }
  },
  hooks: { beforeValidate: [assignOwnAssociation] },
})
