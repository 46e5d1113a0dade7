import type { CollectionConfig } from 'payload'

import { createForOwnAssociation } from '../../access/createForOwnAssociation'
import { federationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { ownAssociationVersions } from '../../access/ownAssociationVersions'
import { publishedOrOwnAssociation } from '../../access/publishedOrOwnAssociation'
import { livePreview, previewUrl } from '../../data/paths'
import { associationField } from '../../fields/association'
import { addressFields } from '../../fields/contactFields'
import { dateTimeField } from '../../fields/dateTime'
import { slugField } from '../../fields/slug'
import { revalidateHooks } from '../../hooks/revalidate'
import { claimUnownedForm } from './hooks/claimUnownedForm'
import { oneEventPerForm } from './hooks/oneEventPerForm'
import { requireRegistrationForm } from './hooks/requireRegistrationForm'
import { validateEventDates } from './hooks/validateEventDates'
import { draftVersions } from '../drafts'

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { fr: 'Événement', en: 'Event' }, plural: { fr: 'Événements', en: 'Events' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'organiser', '_status'],
    group: { fr: 'Contenus', en: 'Content' },
    preview: previewUrl('events'),
    livePreview: livePreview('events'),
  },
  access: {
    read: publishedOrOwnAssociation('organiser'),
    readVersions: ownAssociationVersions('organiser'),
    create: createForOwnAssociation('organiser'),
    update: federationOrOwnAssociation('organiser'),
    delete: federationOrOwnAssociation('organiser'),
  },
  versions: draftVersions,
  defaultSort: '-startsAt',
  // Public lists read published events in date order.
  indexes: [{ fields: ['_status', 'startsAt'] }],
  hooks: {
    ...revalidateHooks('events'),
    beforeValidate: [validateEventDates, oneEventPerForm, requireRegistrationForm],
    afterChange: [claimUnownedForm, ...revalidateHooks('events').afterChange],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, label: { fr: 'Titre', en: 'Title' } },
    slugField(),
    {
      type: 'row',
      fields: [
        dateTimeField('startsAt', { fr: 'Début', en: 'Starts' }, { required: true, index: true }),
        dateTimeField('endsAt', { fr: 'Fin', en: 'Ends' }, { required: true }),
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      label: { fr: 'Journées entières (horaires non communiqués)', en: 'All-day (times not announced)' },
      admin: {
        description: {
          fr: 'Affiche les jours sans heure : début et fin à minuit, heure de Paris.',
          en: 'Shows days without times.',
        },
      },
    },
    { name: 'summary', type: 'textarea', maxLength: 600, label: { fr: 'Résumé', en: 'Summary' } },
    { name: 'body', type: 'richText', label: { fr: 'Présentation', en: 'Body' } },
    {
      name: 'venue',
      type: 'group',
      label: { fr: 'Lieu', en: 'Venue' },
      fields: [
        { name: 'name', type: 'text', maxLength: 160, label: { fr: 'Nom du lieu', en: 'Venue name' } },
        ...addressFields,
      ],
    },
    associationField({ name: 'organiser', label: { fr: 'Organisateur', en: 'Organiser' } }),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'events',
      index: true,
      label: { fr: 'Fait partie de', en: 'Part of' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Par exemple : la cérémonie d’ouverture fait partie de l’AG.',
          en: 'E.g. the opening ceremony is part of the General Assembly.',
        },
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'expectedParticipants',
      type: 'number',
      min: 0,
      label: { fr: 'Participants attendus', en: 'Expected participants' },
    },
    {
      name: 'programme',
      type: 'array',
      label: { fr: 'Programme', en: 'Programme' },
      labels: { singular: { fr: 'Temps fort', en: 'Item' }, plural: { fr: 'Temps forts', en: 'Items' } },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Intitulé', en: 'Title' } },
        { name: 'description', type: 'textarea', maxLength: 1000, label: { fr: 'Description', en: 'Description' } },
      ],
    },
    {
      name: 'rsvp',
      type: 'group',
      label: { fr: 'Inscriptions', en: 'RSVP' },
      fields: [
        {
          name: 'form',
          type: 'relationship',
          relationTo: 'forms',
          label: { fr: 'Formulaire d’inscription', en: 'RSVP form' },
        },
        dateTimeField('deadline', { fr: 'Date limite d’inscription', en: 'RSVP deadline' }),
        { name: 'capacity', type: 'number', min: 1, label: { fr: 'Places (en personnes)', en: 'Capacity (people)' } },
        { name: 'instructions', type: 'textarea', maxLength: 600, label: { fr: 'Consignes', en: 'Instructions' } },
      ],
    },
    {
      name: 'contact',
      type: 'relationship',
      relationTo: 'contacts',
      label: { fr: 'Contact public', en: 'Public contact' },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: { fr: 'Image', en: 'Image' } },
  ],
}
