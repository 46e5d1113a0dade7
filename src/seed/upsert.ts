import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

export type Outcome = 'created' | 'updated' | 'unchanged'
type Id = number | string

/** What happened to each document, by collection; a document written twice in one run counts once. */
export type SeedReport = Map<string, Map<string, Outcome>>

const RANK: Record<Outcome, number> = { unchanged: 0, updated: 1, created: 2 }

/** Seed writes skip the site's cache revalidation: they may run outside Next (CLI, tests). */
const context = { disableRevalidate: true }

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/**
 * Whether the stored document already says everything the seed wants to say. Only the keys the seed
 * sets are compared: ids of array rows, timestamps and fields left to editors do not count.
 */
export function alreadyHolds(wanted: unknown, stored: unknown): boolean {
  if (wanted === undefined) return true
  if (isEmpty(wanted)) return isEmpty(stored)
  if (Array.isArray(wanted))
    return (
      Array.isArray(stored) && stored.length === wanted.length && wanted.every((w, i) => alreadyHolds(w, stored[i]))
    )
  if (typeof wanted === 'object')
    return (
      typeof stored === 'object' &&
      stored !== null &&
      Object.entries(wanted as Record<string, unknown>).every(([key, value]) =>
        alreadyHolds(value, (stored as Record<string, unknown>)[key]),
      )
    )
  if (typeof wanted === 'string' && typeof stored === 'string' && ISO_INSTANT.test(wanted))
    return Date.parse(wanted) === Date.parse(stored)
  return wanted === stored
}

function tally(report: SeedReport, collection: string, id: Id, outcome: Outcome) {
  const docs = report.get(collection) ?? new Map<string, Outcome>()
  const before = docs.get(String(id))
  if (!before || RANK[outcome] > RANK[before]) docs.set(String(id), outcome)
  report.set(collection, docs)
}

/** « associations 2 (1 créé, 1 inchangé) » per collection, for the one line the seed prints. */
export function describeReport(report: SeedReport): string {
  const words: Record<Outcome, string> = { created: 'créé', updated: 'mis à jour', unchanged: 'inchangé' }
  return [...report]
    .map(([collection, docs]) => {
      const counts = (['created', 'updated', 'unchanged'] as const)
        .map((outcome) => [outcome, [...docs.values()].filter((o) => o === outcome).length] as const)
        .filter(([, n]) => n > 0)
        .map(([outcome, n]) => `${n} ${words[outcome]}${n > 1 && outcome !== 'updated' ? 's' : ''}`)
      return `${collection} ${docs.size} (${counts.join(', ')})`
    })
    .join(' ; ')
}

/** Finds the document by its natural key, then creates it, brings it up to date, or leaves it alone. */
export async function upsert<S extends CollectionSlug>(
  payload: Payload,
  report: SeedReport,
  collection: S,
  key: Where,
  data: Partial<RequiredDataFromCollectionSlug<S>>,
): Promise<Id> {
  const found = await payload.find({ collection, where: key, limit: 2, depth: 0 })
  if (found.docs.length > 1)
    throw new Error(`Seed : plusieurs documents ${collection} pour ${JSON.stringify(key)}, à dédoublonner à la main.`)
  const existing = found.docs[0] as { id: Id } | undefined
  if (!existing) {
    const created = await payload.create({
      collection,
      data: data as RequiredDataFromCollectionSlug<S>,
      depth: 0,
      context,
    })
    const id = (created as { id: Id }).id
    tally(report, collection, id, 'created')
    return id
  }
  if (alreadyHolds(data, existing)) {
    tally(report, collection, existing.id, 'unchanged')
    return existing.id
  }
  await payload.update({ collection, id: existing.id, data: data as never, depth: 0, context })
  tally(report, collection, existing.id, 'updated')
  return existing.id
}

/** Same contract for a global: write only what differs. */
export async function upsertGlobal(
  payload: Payload,
  report: SeedReport,
  slug: 'site-settings',
  data: Record<string, unknown>,
) {
  const stored = await payload.findGlobal({ slug, depth: 0 })
  if (alreadyHolds(data, stored)) return tally(report, slug, slug, 'unchanged')
  await payload.updateGlobal({ slug, data: data as never, depth: 0, context })
  tally(report, slug, slug, 'updated')
}
