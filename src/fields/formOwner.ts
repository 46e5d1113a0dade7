import type { Field } from 'payload'

import { assignOwnAssociation } from '../access/ownAssociation'

/**
 * The association a form belongs to: set from the creating account for an ad-editor (who cannot choose
 * another), chosen by federation staff. Only that association's events may use the form, and only its
 * staff (and the federation) read its registrations' counters or edit it.
 */
export const formOwnerField: Field = {
  name: 'owner',
  type: 'relationship',
  relationTo: 'associations',
  index: true,
  label: { fr: 'Association propriétaire', en: 'Owner association' },
  admin: {
    position: 'sidebar',
    description: {
      fr: 'Seuls les événements de cette association peuvent utiliser ce formulaire.',
      en: 'Only this association’s events may use this form.',
    },
  },
  hooks: { beforeValidate: [assignOwnAssociation] },
}
