import type { CollectionSlug, Field, FieldHook, Validate, Where } from 'payload'

import { slugify } from './slugify'

const fromSource =
  (source: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const title = data?.[source] ?? originalDoc?.[source]
    return typeof title === 'string' ? slugify(title) : value
  }

/**
 * Format, then uniqueness in the collection, checked by a query so that the refusal names the field in French
 * on both databases: the unique index still guards against races, but FerretDB's duplicate-key error names no
 * field (Payload then says « Le champ suivant n’est pas valide : » followed by nothing). Checked on save only,
 * not on every keystroke of the admin form.
 */
const validateSlug: Validate = async (value, { collectionSlug, event, id, req }) => {
  if (typeof value !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value))
    return 'Adresse invalide : lettres minuscules sans accent, chiffres et tirets.'
  if (event === 'onChange' || !collectionSlug) return true
  const where: Where =
    id === undefined ? { slug: { equals: value } } : { and: [{ slug: { equals: value } }, { id: { not_equals: id } }] }
  const taken = await req.payload.count({
    collection: collectionSlug as CollectionSlug,
    where,
    req,
    overrideAccess: true,
  })
  return taken.totalDocs > 0 ? `L’adresse « ${value} » est déjà utilisée : choisissez-en une autre.` : true
}

/** Unique URL slug made from the title unless an editor types one. */
export const slugField = (source = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  label: { fr: 'Adresse (slug)', en: 'Slug' },
  unique: true,
  index: true,
  required: true,
  maxLength: 96,
  admin: {
    position: 'sidebar',
    description: { fr: 'Rempli à partir du titre si laissé vide.', en: 'Filled from the title when empty.' },
  },
  hooks: { beforeValidate: [fromSource(source)] },
  validate: validateSlug,
})
