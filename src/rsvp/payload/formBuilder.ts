/** Options of the form-builder plugin: RSVP columns, hooks and admin views on top of its two collections. */
import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { PluginConfig } from '@payloadcms/plugin-form-builder/types'
import type { Config, Field, Plugin } from 'payload'

import { anyone } from '../../access/anyone'
import { federationOrOwnAssociation } from '../../access/federationOrOwnAssociation'
import { readForms } from '../../access/readForms'
import { isFederationStaff, isFederationStaffField } from '../../access/isFederationStaff'
import { isStaff } from '../../access/isStaff'
import { readOwnEventSubmissions } from '../../access/readOwnEventSubmissions'
import { formOwnerField } from '../../fields/formOwner'
import { forgetForm } from '../lookup'
import {
  afterSubmissionChange,
  afterSubmissionDelete,
  guardRequest,
  guardStatusChange,
  stampRegistrationOwner,
  validateSubmission,
} from './hooks'
import { formFields, submissionFields } from './fields'

/**
 * The plugin's own afterChange hook (the first one: the plugin puts it before ours) reads the form again to
 * send the per-form e-mails. RSVP registrations send their own, so it is skipped for them: `beforeEmail`
 * alone would drop the e-mails only after that read, made inside every registration's transaction (it still
 * runs for other forms).
 */
export const formBuilder: Plugin = (config) => {
  const result = formBuilderPlugin(formBuilderOptions)(config) as Config
  const submissions = result.collections?.find((c) => c.slug === 'form-submissions')
  const hooks = submissions?.hooks?.afterChange
  const index = hooks?.findIndex((hook) => hook !== afterSubmissionChange) ?? -1
  if (hooks && index >= 0) {
    const pluginSendEmail = hooks[index]
    hooks[index] = (args) => ((args.data as { event?: unknown } | undefined)?.event ? args.doc : pluginSendEmail(args))
  }
  return result
}

export const formBuilderOptions: PluginConfig = {
  fields: {
    text: true,
    textarea: true,
    email: true,
    select: true,
    checkbox: true,
    number: true,
    message: true,
    payment: false,
    country: false,
    state: false,
  },
  // RSVP forms send their own messages (guest + event contact): the plugin's per-form e-mails would double them.
  beforeEmail: (emails, { data }) => ((data as { event?: unknown } | undefined)?.event ? [] : emails),
  formOverrides: {
    labels: { singular: { fr: 'Formulaire', en: 'Form' }, plural: { fr: 'Formulaires', en: 'Forms' } },
    admin: {
      group: { fr: 'Inscriptions', en: 'RSVP' },
      defaultColumns: ['title', 'seatsConfirmed', 'seatsWaiting', 'arrivals'],
    },
    // The public reads only the forms of published events; a form is changed by its owner association's staff.
    access: {
      read: readForms,
      create: isStaff,
      update: federationOrOwnAssociation('owner'),
      delete: isFederationStaff,
    },
    hooks: { afterChange: [() => forgetForm()], afterDelete: [() => forgetForm()] },
    fields: ({ defaultFields }) => [
      // Recipients and templates ({{email}} in « To » would relay mail to any address): federation staff only.
      ...defaultFields.map((field) =>
        'name' in field && field.name === 'emails'
          ? ({
              ...field,
              access: { read: isFederationStaffField, create: isFederationStaffField, update: isFederationStaffField },
            } as Field)
          : field,
      ),
      formOwnerField,
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
    // The plugin re-reads the form to check `form` exists; the RSVP hook has already loaded it (and refuses unknown forms).
    fields: ({ defaultFields }) => [
      ...defaultFields.map((field) =>
        'name' in field && field.name === 'form' ? ({ ...field, validate: undefined } as Field) : field,
      ),
      ...submissionFields,
    ],
    hooks: {
      beforeOperation: [guardRequest],
      beforeValidate: [validateSubmission],
      beforeChange: [stampRegistrationOwner, guardStatusChange],
      afterChange: [afterSubmissionChange],
      afterDelete: [afterSubmissionDelete],
    },
  },
}
