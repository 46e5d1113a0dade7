import type { CollectionAfterChangeHook, CollectionSlug, Config, PayloadRequest, Plugin } from 'payload'

/** Every document an import created or changed, so a failed import can be undone without transactions. */
export type ImportJournalEntry = {
  collection: CollectionSlug
  id: string | number
  previous?: Record<string, unknown>
}

const JOURNAL = 'importJournal'

export const startJournal = (req: PayloadRequest) => {
  req.context[JOURNAL] ??= []
}

export const journalOf = (req: PayloadRequest): ImportJournalEntry[] =>
  (req.context[JOURNAL] as ImportJournalEntry[] | undefined) ?? []

const recordChange: CollectionAfterChangeHook = ({ doc, previousDoc, operation, req, collection }) => {
  const journal = req.context[JOURNAL] as ImportJournalEntry[] | undefined
  if (!journal) return doc
  journal.push({
    collection: collection.slug as CollectionSlug,
    id: doc.id,
    previous: operation === 'update' ? previousDoc : undefined,
  })
  return doc
}

/** Adds the journal hook to the collections that can be imported. */
export const importJournalPlugin =
  (slugs: string[]): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      slugs.includes(collection.slug)
        ? {
            ...collection,
            hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), recordChange] },
          }
        : collection,
    ),
  })
