import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { anyone } from '../access/anyone'
import { changeOwnEventForms } from '../access/changeOwnEventForms'
import { isFederationStaff } from '../access/isFederationStaff'
import { isStaff } from '../access/isStaff'
import { isStaffField } from '../access/isStaffField'
import { readOwnEventSubmissions } from '../access/readOwnEventSubmissions'
import { atomicImport } from '../imports/atomicImport'
import { importJournalPlugin } from '../imports/journal'

const IMPORTABLE = ['associations', 'news-releases', 'events', 'projects', 'contacts'] as const

/** Every plugin and its options, in one place. */
export const plugins: Plugin[] = [
  formBuilderPlugin({
    fields: { text: true, textarea: true, email: true, select: true, checkbox: true, number: true, message: true, payment: false, country: false, state: false },
    formOverrides: {
      labels: { singular: { fr: 'Formulaire', en: 'Form' }, plural: { fr: 'Formulaires', en: 'Forms' } },
      admin: { group: { fr: 'Inscriptions', en: 'RSVP' } },
      access: { read: anyone, create: isStaff, update: changeOwnEventForms, delete: isFederationStaff },
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'emails'
            ? { ...field, access: { read: isStaffField } }
            : field,
        ),
    },
    formSubmissionOverrides: {
      labels: { singular: { fr: 'Inscription', en: 'Submission' }, plural: { fr: 'Inscriptions', en: 'Submissions' } },
      admin: { group: { fr: 'Inscriptions', en: 'RSVP' } },
      access: {
        create: anyone,
        read: readOwnEventSubmissions,
        update: isFederationStaff,
        delete: isFederationStaff,
        readVersions: isFederationStaff,
      },
    },
  }),
  seoPlugin({
    collections: ['news-releases', 'events', 'projects'],
    uploadsCollection: 'media',
    generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''} – OCCE`,
    generateDescription: ({ doc }) => (doc as { summary?: string }).summary ?? '',
  }),
  importExportPlugin({
    collections: IMPORTABLE.map((slug) => ({ slug, import: atomicImport() })),
  }),
  importJournalPlugin([...IMPORTABLE]),
]
