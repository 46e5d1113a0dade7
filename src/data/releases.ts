import type { PaginatedDocs, Payload, Where } from 'payload'

import { PARIS } from '@/dates/timezones'
import { wallClockToInstant } from '@/dates/wallClock'
import { idOf } from '@/db/ids'

import { published } from '@/collections/drafts'

import { documentBySlug } from './bySlug'
import { cached } from './cache'
import { payloadClient } from './payload'

export const RELEASES_PER_PAGE = 10
/** Years run on Paris time: 1 January 00:00 in Paris is 31 December 23:00 UTC. */
const newYear = (year: number) => wallClockToInstant({ year, month: 1, day: 1, hour: 0, minute: 0 }).toISOString()
const yearRange = (year: number): Where => ({
  and: [{ 'dateline.date': { greater_than_equal: newYear(year) } }, { 'dateline.date': { less_than: newYear(year + 1) } }],
})

export type ReleaseFilters = { page?: number; association?: number | string; year?: number }

const noPage = <T>(): PaginatedDocs<T> => ({
  docs: [], totalDocs: 0, limit: RELEASES_PER_PAGE, totalPages: 0, page: 1, pagingCounter: 1,
  hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null,
})

/** One page of the list, filtered and paginated by the database (index on _status + dateline.date). */
export const getReleases = cached(
  'releases-list',
  ['news-releases', 'associations', 'media'],
  async ({ page = 1, association, year }: ReleaseFilters = {}) => {
    const payload = await payloadClient()
    const where: Where[] = [published]
    if (association !== undefined) where.push({ association: { equals: association } })
    if (year) where.push(yearRange(year))
    return payload.find({
      collection: 'news-releases',
      where: { and: where },
      sort: '-dateline.date',
      limit: RELEASES_PER_PAGE,
      page,
      depth: 1,
      select: { title: true, slug: true, dateline: true, summary: true, association: true, heroImage: true, updatedAt: true },
    })
  },
  () => noPage(),
)

/** The values the list's filters offer: issuing associations (ids) and Paris years, newest first. */
export type ReleaseFacets = { associationIds: (number | string)[]; years: number[] }

const parisYear = (date: string) =>
  Number(new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, year: 'numeric' }).format(new Date(date)))

/**
 * A few small queries instead of the whole list: the issuing associations, the newest and oldest datelines, then
 * one indexed count per year between them (decades at most). The cached result is a few hundred bytes.
 *
 * Issuers, from the index on `_status` + `association` + `createdAt`: SQLite answers `SELECT DISTINCT` in one
 * scan of it. MongoDB-compatible servers differ in the aggregations they run (FerretDB refuses the `$unwind` with
 * preserveNullAndEmptyArrays that `findDistinct` sends there), so on MongoDB a skip scan of plain finds: the
 * published release with the smallest association id above the previous one's, one index seek per issuer.
 */
export async function readReleaseFacets(payload: Payload): Promise<ReleaseFacets> {
  const edge = (sort: string) =>
    payload.find({ collection: 'news-releases', where: published, sort, limit: 1, depth: 0, pagination: false, select: { dateline: true } })
  const isId = (value: unknown): value is number | string => typeof value === 'number' || typeof value === 'string'
  const distinct = async () => {
    const { values } = await payload.findDistinct({ collection: 'news-releases', field: 'association', where: published, depth: 0, limit: 1000 })
    return values.map((row) => idOf(row.association)).filter(isId)
  }
  const skipScan = async () => {
    const ids: (number | string)[] = []
    // A release whose association was deleted may have none (sorted first): start above it. At most 1,000
    // steps, and an id seen twice ends the scan, whatever a store does with `greater_than`.
    for (let i = 0; i < 1000; i++) {
      const last = ids[ids.length - 1]
      const where: Where = { and: [published, last === undefined ? { association: { exists: true } } : { association: { greater_than: last } }] }
      // createdAt named: Payload would otherwise append `-createdAt`, which the index does not order.
      const { docs } = await payload.find({ collection: 'news-releases', where, sort: ['association', 'createdAt'], limit: 1, depth: 0, pagination: false, select: { association: true } })
      const id = idOf(docs[0]?.association)
      if (!isId(id) || ids.includes(id)) break
      ids.push(id)
    }
    return ids
  }
  const issuers = payload.db.name === 'mongoose' ? skipScan : distinct
  const [associationIds, newest, oldest] = await Promise.all([issuers(), edge('-dateline.date'), edge('dateline.date')])
  const last = newest.docs[0]?.dateline?.date
  const first = oldest.docs[0]?.dateline?.date
  const years: number[] = []
  if (last && first) {
    const candidates: number[] = []
    for (let y = parisYear(last); y >= Math.max(parisYear(first), parisYear(last) - 200); y--) candidates.push(y)
    const counts = await Promise.all(
      candidates.map((y) => payload.count({ collection: 'news-releases', where: { and: [published, yearRange(y)] } })),
    )
    candidates.forEach((y, i) => counts[i].totalDocs > 0 && years.push(y))
  }
  return { associationIds, years }
}

export const getReleaseFacets = cached(
  'releases-facets',
  ['news-releases'],
  async () => readReleaseFacets(await payloadClient()),
  () => ({ associationIds: [], years: [] }),
)

/** Every published release, lightest fields, no relation: sitemap and search. */
export const getAllReleases = cached(
  'releases-all',
  ['news-releases'],
  async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'news-releases',
      where: published,
      sort: '-dateline.date',
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, dateline: true, summary: true, updatedAt: true },
    })
    return docs
  },
  () => [],
)

/** The newest releases with their issuer: the RSS feed. */
export const getLatestReleases = cached(
  'releases-latest',
  ['news-releases', 'associations'],
  async (limit: number) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'news-releases',
      where: published,
      sort: '-dateline.date',
      limit,
      depth: 1,
      populate: { associations: { name: true, email: true } },
      select: { title: true, slug: true, dateline: true, summary: true, association: true, updatedAt: true },
    })
    return docs
  },
  () => [],
)

export const getRelease = documentBySlug(
  'news-releases',
  ['news-releases', 'associations', 'events', 'projects', 'contacts', 'boilerplates', 'media'],
  2,
)

/** Releases that link a document, newest first (event and project pages list them). */
const releasesLinking = (field: 'events' | 'projects') =>
  cached(`releases-for-${field}`, ['news-releases'], async (id: number | string) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'news-releases',
      where: { and: [published, { [field]: { in: [id] } }] },
      sort: '-dateline.date',
      limit: 20,
      depth: 0,
      select: { title: true, slug: true, dateline: true },
    })
    return docs
  }, () => [])

export const getReleasesForEvent = releasesLinking('events')
export const getReleasesForProject = releasesLinking('projects')
