/** Options of the form-builder plugin: RSVP columns, hooks and admin views on top of its two collections. */
import type { PluginConfig } from '@payloadcms/plugin-form-builder/types'

import { anyone } from '../access/anyone'
import { changeOwnEventForms } from '../access/changeOwnEventForms'
import { isFederationStaff } from '../access/isFederationStaff'
import { isStaff } from '../access/isStaff'
import { isStaffField } from '../access/isStaffField'
import { readOwnEventSubmissions } from '../access/readOwnEventSubmissions'
import { afterSubmissionChange, afterSubmissionDelete, guardRequest, guardStatusChange, validateSubmission } from './hooks'
import { formFields, submissionFields } from './schema'

export const formBuilderOptions: PluginConfig = {
  fields: { text: true, textarea: true, email: true, select: true, checkbox: true, number: true, message: true, payment: false, country: false, state: false },
  // RSVP forms send their own messages (guest + event contact): the plugin's per-form e-mails would double them.
  beforeEmail: (emails, { data }) => ((data as { event?: unknown } | undefined)?.event ? [] : emails),
  formOverrides: {
    labels: { singular: { fr: 'Formulaire', en: 'Form' }, plural: { fr: 'Formulaires', en: 'Forms' } },
    admin: { group: { fr: 'Inscriptions', en: 'RSVP' }, defaultColumns: ['title', 'seatsConfirmed', 'seatsWaiting', 'arrivals'] },
    access: { read: anyone, create: isStaff, update: changeOwnEventForms, delete: isFederationStaff },
    fields: ({ defaultFields }) => [
      ...defaultFields.map((field) =>
        'name' in field && field.name === 'emails' ? { ...field, access: { read: isStaffField } } : field,
      ),
      ...formFields,
    ],
  },
  formSubmissionOverrides: {
    labels: { singular: { fr: 'Inscription', en: 'Submission' }, plural: { fr: 'Inscriptions', en: 'Submissions' } },
    admin: {
      group: { fr: 'Inscriptions', en: 'RSVP' },
      useAsTitle: 'email',
      defaultColumns: ['lastName', 'firstName', 'email', 'attendees', 'status', 'event', 'createdAt'],
      listSearchableFields: ['email', 'lastName'],
    },
    defaultSort: 'arrival',
    access: {
      create: anyone,
      read: readOwnEventSubmissions,
      update: isFederationStaff,
      delete: isFederationStaff,
      readVersions: isFederationStaff,
    },
    fields: ({ defaultFields }) => [...defaultFields, ...submissionFields],
    hooks: {
      beforeOperation: [guardRequest],
      beforeValidate: [validateSubmission],
      beforeChange: [guardStatusChange],
      afterChange: [afterSubmissionChange],
      afterDelete: [afterSubmissionDelete],
    },
  },
}
