import type { Field, FieldHook } from 'payload'

import { slugify } from '../lib/slugify'

const fromSource =
  (source: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const title = data?.[source] ?? originalDoc?.[source]
    return typeof title === 'string' ? slugify(title) : value
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
  validate: (value: unknown) =>
    typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
      ? true
      : 'Adresse invalide : lettres minuscules sans accent, chiffres et tirets.',
})
