import type { ImportAfterHook, ImportBeforeHook } from '@payloadcms/plugin-import-export/types'
import { APIError, type PayloadRequest } from 'payload'

import { journalOf, startJournal } from './journal'

const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt', 'sizes', 'url']

/** Puts back what the import changed, newest first: created documents are deleted, updated ones restored. */
async function undo(req: PayloadRequest) {
  const journal = journalOf(req)
  for (const entry of [...journal].reverse()) {
    if (entry.previous) {
      const data = Object.fromEntries(Object.entries(entry.previous).filter(([key]) => !SYSTEM_FIELDS.includes(key)))
      await req.payload.update({
        collection: entry.collection,
        id: entry.id,
        data,
        overrideAccess: true,
        depth: 0,
        req,
        context: { importUndo: true },
      })
    } else {
      await req.payload.delete({
        collection: entry.collection,
        id: entry.id,
        overrideAccess: true,
        req,
        context: { importUndo: true },
      })
    }
  }
  journal.length = 0
}

/** A CSV line number as a spreadsheet shows it: the header is line 1, the first record line 2. */
const lineOf = (index: number) => index + 2

/**
 * All or nothing: the federation loads 122 associations at once, and a half-imported file is worse than
 * none. A failed row cancels the whole file and the error names every bad line.
 */
export const atomicImport = (
  batchSize = 1000,
): { batchSize: number; disableJobsQueue: boolean; hooks: { before: ImportBeforeHook; after: ImportAfterHook } } => ({
  batchSize,
  disableJobsQueue: true,
  hooks: {
    before: ({ data, req }) => {
      startJournal(req)
      return data
    },
    after: async ({ req, result }) => {
      if (result.errors.length === 0) return
      await undo(req)
      const lines = result.errors
        .sort((a, b) => a.index - b.index)
        .map((e) => `ligne ${lineOf(e.index)} : ${e.error}`)
        .join(' ; ')
      throw new APIError(`Import annulé, aucune ligne n’a été enregistrée. ${lines}`, 400, null, true)
    },
  },
})
