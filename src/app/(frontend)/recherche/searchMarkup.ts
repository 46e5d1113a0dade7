import { shortDate } from '@/components/format'
import { HITS_PER_TYPE, SEARCH_TYPES, type SearchHit, type SearchResult, type SearchType } from '@/data/search'
import { escapeHtml as e } from '@/components/escapeHtml'

/**
 * The search page's content (inside the site's <main>), written as a string: the page is composed per request
 * without React (./route.ts explains why). This is the only copy of this markup.
 */

/** Longest query the form accepts; a longer one in the address is refused (French 400). */
export const MAX_QUERY_LENGTH = 100

export type SearchView =
  | { kind: 'form'; query: string; type?: SearchType }
  | { kind: 'results'; query: string; type?: SearchType; result: SearchResult }
  | { kind: 'refused'; query: string; type?: SearchType; message: string }

/** The page's <title> (and Open Graph title) before the layout's « – OCCE ». */
export const searchTitle = (query: string) => (query ? `Recherche : ${query.slice(0, 60)}` : 'Recherche')

const option = (value: string, label: string, selected: boolean) =>
  `<option value="${e(value)}"${selected ? ' selected=""' : ''}>${e(label)}</option>`

// The header has a search landmark too: a name tells the two apart in the list of landmarks.
function searchForm(query: string, type: SearchType | undefined): string {
  const options = [
    option('', 'Tous', !type),
    ...Object.entries(SEARCH_TYPES).map(([value, label]) => option(value, label, value === type)),
  ].join('')
  return (
    '<form class="filters" role="search" aria-label="Recherche détaillée" action="/recherche" method="get">' +
    '<div class="field"><label for="recherche-q">Mots recherchés</label>' +
    `<input id="recherche-q" type="search" maxLength="${MAX_QUERY_LENGTH}" name="q" value="${e(query)}"/></div>` +
    '<div class="field"><label for="recherche-type">Type de contenu</label>' +
    `<select id="recherche-type" name="type">${options}</select></div>` +
    '<button type="submit">Rechercher</button></form>'
  )
}

/**
 * One result: its kind, its title as a link, its date and its summary. Hits are the index's own objects,
 * the same until the content changes: each is written once (dates formatted, text escaped), then reused.
 */
const written = new WeakMap<SearchHit, string>()
export function searchHit(hit: SearchHit): string {
  let html = written.get(hit)
  if (html === undefined) {
    html =
      `<li class="card"><p class="card-label">${e(SEARCH_TYPES[hit.type].replace(/s$/, ''))}</p>` +
      `<h3 class="card-title"><a href="${e(hit.href)}">${e(hit.title)}</a></h3>` +
      (hit.date ? `<p class="card-meta">${e(shortDate(hit.date))}</p>` : '') +
      (hit.excerpt ? `<p>${e(hit.excerpt)}</p>` : '') +
      '</li>'
    written.set(hit, html)
  }
  return html
}

function results(query: string, { hits, total, truncated }: SearchResult): string {
  const count =
    total === 0 ? `Aucun résultat pour « ${query} ».` : `${total} résultat${total > 1 ? 's' : ''} pour « ${query} ».`
  const more = truncated ? ` Les ${HITS_PER_TYPE} premiers de chaque type sont affichés : précisez la recherche.` : ''
  return (
    '<section aria-labelledby="resultats"><h2 id="resultats">Résultats</h2>' +
    `<p role="status">${e(count + more)}</p>` +
    `<ul class="card-list">${hits.map(searchHit).join('')}</ul></section>`
  )
}

/** Everything inside the page's container: title, form, then the results, the refusal or the hint. */
export function searchContent(view: SearchView): string {
  const after =
    view.kind === 'results'
      ? results(view.query, view.result)
      : view.kind === 'refused'
        ? `<p role="alert">${e(view.message)}</p>`
        : '<p>Saisissez un ou plusieurs mots, par exemple « Niort » ou « coopération ».</p>'
  return `<h1>Recherche</h1>${searchForm(view.query, view.type)}${after}`
}
