/**
 * The public addresses of the filtered lists and the internal, cacheable paths they are served from.
 *
 * A page that reads its query string is rendered on every request; a page whose filters are path
 * segments is cached like any slug page. So the proxy (src/proxy.ts) rewrites `/communiques?annee=2026&page=2`
 * to `/listes/communiques/_/2026/2`: one canonical path per combination, whatever the order of the
 * parameters or the extra ones (utm_…), and only values of the right form (anything else is the French
 * 404), so made-up query strings add no cache entry. The page then checks the values against the content.
 *
 * Pure module: the proxy imports it, so nothing here may load Payload or Next's server code.
 */

/** What slugField accepts: anything else cannot be a document, whatever the database holds. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const plausibleSlug = (slug: string) => slug.length <= 96 && SLUG.test(slug)

/** Internal paths: reached through the proxy's rewrite only (a direct request gets the French 404). */
export const LISTS_PREFIX = '/listes'
export const RELEASE_LIST_PREFIX = `${LISTS_PREFIX}/communiques`
export const ASSOCIATION_FINDER_PATH = `${LISTS_PREFIX}/associations`

/** A filter left empty (« Toutes ») in a path segment: `_` is never part of a slug nor a year. */
const NONE = '_'
const MAX_PAGE = 1000

export type ReleaseListKey = { association?: string; year?: number; page: number }

const parseYear = (value: string): number | undefined | null => {
  if (!value) return undefined
  if (!/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= 1928 && year <= 2100 ? year : null
}

const parseAssociation = (value: string): string | undefined | null =>
  !value ? undefined : plausibleSlug(value) ? value : null

/** Page numbers are forgiving (`page=abc`, `page=0` → 1): the list is still the one asked for. */
const parsePage = (value: string): number | null => {
  if (!value) return 1
  const page = Number(value)
  if (!Number.isInteger(page) || page < 1) return 1
  return page <= MAX_PAGE ? page : null
}

/** The list a query string asks for, or null when a value cannot be one (→ French 404). */
export function releaseListFromQuery(query: URLSearchParams): ReleaseListKey | null {
  const association = parseAssociation(query.get('association')?.trim() ?? '')
  const year = parseYear(query.get('annee')?.trim() ?? '')
  const page = parsePage(query.get('page')?.trim() ?? '')
  if (association === null || year === null || page === null) return null
  return { association, year, page }
}

/** The same from the internal path's segments (the page checks them again: the path is public too). */
export function releaseListFromSegments(association: string, year: string, page: string): ReleaseListKey | null {
  const a = association === NONE ? undefined : parseAssociation(association)
  const y = year === NONE ? undefined : parseYear(year)
  const p = /^[1-9]\d{0,3}$/.test(page) ? parsePage(page) : null
  if (a === null || y === null || p === null) return null
  return { association: a, year: y, page: p }
}

export const releaseListPath = ({ association, year, page }: ReleaseListKey) =>
  `${RELEASE_LIST_PREFIX}/${association ?? NONE}/${year ?? NONE}/${page}`

/** The public address, parameters in one order: links, pagination and canonical URLs use it. */
export function releaseListHref({ association, year, page }: ReleaseListKey): string {
  const query = new URLSearchParams()
  if (association) query.set('association', association)
  if (year) query.set('annee', String(year))
  if (page > 1) query.set('page', String(page))
  const qs = query.toString()
  return qs ? `/communiques?${qs}` : '/communiques'
}
