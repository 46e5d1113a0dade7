/**
 * The public addresses of the filtered lists and the cacheable paths that serve them (the rules that map one
 * to the other, and why, are in ./listRewrites.mjs). The page checks the path's segments again: they are
 * public too (though the proxy answers the French 404 to a direct request).
 */
import { LISTS_PREFIX, NONE } from './listRewrites.mjs'

export { LISTS_PREFIX }

/** What slugField accepts: anything else cannot be a document, whatever the database holds. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const plausibleSlug = (slug: string) => slug.length <= 96 && SLUG.test(slug)

const MAX_PAGE = 1000

export type ReleaseListKey = { association?: string; year?: number; page: number }

/** The list a path asks for, or null when a segment cannot be one (→ French 404). */
export function releaseListFromSegments(association: string, year: string, page: string): ReleaseListKey | null {
  if (association !== NONE && !plausibleSlug(association)) return null
  if (year !== NONE && !/^\d{4}$/.test(year)) return null
  if (!/^[1-9]\d{0,3}$/.test(page) || Number(page) > MAX_PAGE) return null
  return {
    association: association === NONE ? undefined : association,
    year: year === NONE ? undefined : Number(year),
    page: Number(page),
  }
}

/** The public address, parameters in one order: links, pagination and canonical URLs use it. */
export function releaseListHref({ association, year, page }: ReleaseListKey): string {
  const query = new URLSearchParams()
  if (association) query.set('association', association)
  if (year) query.set('annee', String(year))
  if (page > 1) query.set('page', String(page))
  const qs = query.toString()
  return qs ? `/communiques?${qs}` : '/communiques'
}
