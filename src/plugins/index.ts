import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { checkinColumns } from '../checkin/plugin'
import { ownDocumentLocks } from '../access/documentLocks'
import { singleLineText } from '../fields/singleLine'
import { formBuilder } from '../rsvp/payload/formBuilder'
import { atomicImport } from '../imports/atomicImport'
import { importJournalPlugin } from '../imports/journal'
import { federationStaffFiles } from '../imports/importExportFiles'

const IMPORTABLE = ['associations', 'news-releases', 'events', 'projects', 'contacts'] as const

/** Every plugin and its options, in one place. */
export const plugins: Plugin[] = [
  formBuilder,
  checkinColumns,
  seoPlugin({
    collections: ['news-releases', 'events', 'projects'],
    uploadsCollection: 'media',
    generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''} – OCCE`,
    generateDescription: ({ doc }) => (doc as { summary?: string }).summary ?? '',
  }),
  importExportPlugin({
    collections: IMPORTABLE.map((slug) => ({ slug, import: atomicImport() })),
    overrideImportCollection: federationStaffFiles('imports'),
    overrideExportCollection: federationStaffFiles('exports'),
  }),
  importJournalPlugin([...IMPORTABLE]),
  // Last: it guards the text fields every plugin above has added.
  singleLineText,
  ownDocumentLocks,
]
