/** Columns the RSVP domain adds to the form-builder's collections. */
import type { Field } from 'payload'

import { readFormInternals } from '../../access/readFormInternals'
import { STATUSES } from '../contract'
import { DEFAULT_RETENTION_MONTHS } from '../privacy/notice'

const locked = { update: () => false }
/** Seat counters are not public: the owner association's staff and the federation read them. */
const counters = { read: readFormInternals, update: () => false }

/** A seat counter, shown read-only in the sidebar; only the seat counter module (../capacity/seatCounter.ts) writes it. */
const counter = (name: string, label: { fr: string; en: string }): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  access: counters,
  admin: { position: 'sidebar', readOnly: true },
  label,
})
const readOnly = { readOnly: true }

export const submissionFields: Field[] = [
  {
    name: 'event',
    type: 'relationship',
    relationTo: 'events',
    index: true,
    access: locked,
    admin: readOnly,
    label: { fr: 'Événement', en: 'Event' },
  },
  // Stamped at creation from the event's organiser (else the form's owner): who may read it, for ever.
  {
    name: 'association',
    type: 'relationship',
    relationTo: 'associations',
    index: true,
    access: locked,
    admin: readOnly,
    label: { fr: 'Association', en: 'Association' },
  },
  { name: 'firstName', type: 'text', access: locked, admin: readOnly, label: { fr: 'Prénom', en: 'First name' } },
  { name: 'lastName', type: 'text', access: locked, admin: readOnly, label: { fr: 'Nom', en: 'Last name' } },
  { name: 'email', type: 'email', index: true, access: locked, admin: readOnly, label: { fr: 'E-mail', en: 'E-mail' } },
  { name: 'attendees', type: 'number', access: locked, admin: readOnly, label: { fr: 'Personnes', en: 'People' } },
  {
    name: 'status',
    type: 'select',
    options: STATUSES,
    index: true,
    label: { fr: 'Statut', en: 'Status' },
    admin: {
      description: {
        fr: 'Passer à « Annulée » libère les places et inscrit la liste d’attente dans l’ordre.',
        en: 'Cancelling frees the seats and promotes the waiting list.',
      },
    },
  },
  {
    name: 'arrival',
    type: 'number',
    index: true,
    access: locked,
    admin: { ...readOnly, description: { fr: 'Ordre d’arrivée', en: 'Order of arrival' } },
    label: { fr: 'N° d’arrivée', en: 'Arrival' },
  },
  {
    name: 'cancelledAt',
    type: 'date',
    access: locked,
    admin: readOnly,
    label: { fr: 'Annulée le', en: 'Cancelled at' },
  },
  {
    name: 'erasedAt',
    type: 'date',
    access: locked,
    admin: readOnly,
    label: { fr: 'Données effacées le', en: 'Erased at' },
  },
  // Hash of the cancel link's token and the per-event uniqueness key: never shown, never sent.
  { name: 'cancelTokenHash', type: 'text', hidden: true, access: locked },
  { name: 'dedupeKey', type: 'text', unique: true, hidden: true, access: locked },
]

export const formFields: Field[] = [
  {
    name: 'registrationsExport',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/Rsvp/admin/ExportLink#ExportLink' } },
  },
  {
    name: 'retentionMonths',
    type: 'number',
    min: 1,
    max: 36,
    defaultValue: DEFAULT_RETENTION_MONTHS,
    label: { fr: 'Conservation des données (mois après l’événement)', en: 'Data retention (months after the event)' },
    admin: { position: 'sidebar' },
  },
  counter('seatsConfirmed', { fr: 'Places confirmées (personnes)', en: 'Confirmed (people)' }),
  counter('seatsWaiting', { fr: 'Liste d’attente (personnes)', en: 'Waiting (people)' }),
  counter('arrivals', { fr: 'Inscriptions reçues', en: 'Registrations received' }),
]
