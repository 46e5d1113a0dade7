import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { createForOwnAssociation } from '../../access/createForOwnAssociation'
import { federationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { associationField } from '../../fields/association'
import { emailField, phoneField } from '../../fields/contactFields'
import { revalidateHooks } from '../../hooks/revalidate'

/** Public contacts (press, event confirmations): people whose role is to be reached. */
export const Contacts: CollectionConfig = {
  slug: 'contacts',
  labels: { singular: { fr: 'Contact', en: 'Contact' }, plural: { fr: 'Contacts', en: 'Contacts' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'email', 'association'],
    group: { fr: 'Réseau', en: 'Network' },
  },
  access: {
    read: anyone,
    create: createForOwnAssociation('association'),
    update: federationOrOwnAssociation('association'),
    delete: federationOrOwnAssociation('association'),
  },
  hooks: revalidateHooks('contacts'),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { fr: 'Nom', en: 'Name' } },
    { name: 'role', type: 'text', maxLength: 120, label: { fr: 'Fonction', en: 'Role' } },
    emailField('email', true),
    phoneField(),
    associationField(),
  ],
}
