/**
 * The lists' query strings, served from cacheable paths (next.config.mjs `rewrites`, before the file system).
 *
 * A page that reads its query string is rendered on every request; a page whose filters are path segments is
 * cached like any slug page. So `/communiques?annee=2026&page=2` is served by /listes/communiques/_/2026/2
 * (src/app/(frontend)/listes/…) while the address bar keeps the public URL: one path per combination whatever
 * the order of the parameters or the extra ones (utm_…). A value of the wrong form matches no rule: the
 * reader gets the first, unfiltered page (itself cached); a well-formed value that is not in the content (an
 * unknown association, a year without releases, a page past the last) is the page's French 404, never cached.
 * So made-up query strings add no cache entry.
 *
 * Rules, not the proxy: Next matches them in its router, where running the proxy for each request costs
 * more than serving the cached page itself. Plain JavaScript: next.config.mjs imports it.
 */

/** A filter left empty (« Toutes ») in a path segment: `_` is never part of a slug nor a year. */
export const NONE = '_'
export const LISTS_PREFIX = '/listes'

/**
 * `pattern`: a value of the right form. A filter is left out when absent or empty (the form's « Toutes »);
 * `page=1` too, so that `/communiques?page=1` is the first page itself and `?annee=2026&page=1` its year's.
 */
const RELEASE_FILTERS = [
  { key: 'association', pattern: '[a-z0-9]+(?:-[a-z0-9]+)*' },
  { key: 'annee', pattern: '\\d{4}' },
  { key: 'page', pattern: '[2-9]|[1-9]\\d{1,3}', unless: '(?!1$).+' },
]
const DEFAULT_SEGMENT = { association: NONE, annee: NONE, page: '1' }

/** One rule per set of filters present; the others must be left out. */
function releaseListRules() {
  const rules = []
  for (let mask = 1; mask < 1 << RELEASE_FILTERS.length; mask++) {
    const present = RELEASE_FILTERS.filter((_, i) => mask & (1 << i))
    const absent = RELEASE_FILTERS.filter((_, i) => !(mask & (1 << i)))
    const segment = (key) => (present.some((f) => f.key === key) ? `:${key}` : DEFAULT_SEGMENT[key])
    rules.push({
      source: '/communiques',
      has: present.map(({ key, pattern }) => ({ type: 'query', key, value: `(?<${key}>${pattern})` })),
      // Next's `missing`: the key absent, empty, or its value not matching `value` (here: page=1).
      missing: absent.map(({ key, unless }) => ({ type: 'query', key, ...(unless ? { value: unless } : {}) })),
      destination: `${LISTS_PREFIX}/communiques/${segment('association')}/${segment('annee')}/${segment('page')}`,
    })
  }
  return rules
}

/** The association finder answers free text: a per-request page of its own (the query string goes along). */
const finderRule = {
  source: '/associations',
  has: [{ type: 'query', key: 'q', value: '.*\\S.*' }],
  destination: `${LISTS_PREFIX}/associations`,
}

export const listRewrites = () => [...releaseListRules(), finderRule]
