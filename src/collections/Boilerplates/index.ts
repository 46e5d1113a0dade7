import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { createForOwnAssociation } from '../../access/createForOwnAssociation'
import { federationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { associationField } from '../../fields/association'
import { revalidateHooks } from '../../hooks/revalidate'

/** "À propos" texts placed at the end of releases ("Mieux connaître l'OCCE"), written once, reused. */
export const Boilerplates: CollectionConfig = {
  slug: 'boilerplates',
  labels: {
    singular: { fr: 'Texte « À propos »', en: 'Boilerplate' },
    plural: { fr: 'Textes « À propos »', en: 'Boilerplates' },
  },
  admin: { useAsTitle: 'title', group: { fr: 'Contenus', en: 'Content' } },
  access: {
    read: anyone,
    create: createForOwnAssociation('association'),
    update: federationOrOwnAssociation('association'),
    delete: federationOrOwnAssociation('association'),
  },
  hooks: revalidateHooks('boilerplates'),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, label: { fr: 'Titre', en: 'Title' } },
    { name: 'body', type: 'richText', required: true, label: { fr: 'Texte', en: 'Text' } },
    associationField(),
  ],
}
