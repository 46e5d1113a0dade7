/**
 * Public pages under load (autocannon, 10 and 50 connections) against the same HTML bytes served as a
 * file from public/ by the same server. The copies are written before the server starts (Next only serves
 * files present at start) under public/_bench/, and removed afterwards.
 */
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { getJson, root, round } from './lib.mjs'

const STATIC_DIR = path.join(root, 'public/_bench')
/** Pages also measured with `Accept-Encoding: gzip` (BENCH_GZIP_PAGES=all for every page). */
const GZIP_PAGES = {
  keys: (process.env.BENCH_GZIP_PAGES ?? 'home,release').split(','),
  has(key) {
    return this.keys.includes('all') || this.keys.includes(key)
  },
}

const first = async (baseUrl, collection, query) =>
  (await getJson(`${baseUrl}/api/${collection}?limit=1&depth=0&${query}`)).docs[0]

const parisYear = (date) =>
  Number(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date(date)))

/** A filtered list as readers reach it (query string): the newest release's issuer and year. */
async function filteredReleaseList(baseUrl, release) {
  if (!release?.association || !release.dateline?.date) return undefined
  const issuer = await getJson(`${baseUrl}/api/associations/${release.association}?depth=0`)
  return `/communiques?association=${issuer.slug}&annee=${parisYear(release.dateline.date)}`
}

/**
 * The public pages, with slugs read from the seeded content; a missing route is reported, not fatal.
 * `kind` says what each page is compared with in the summary (bench/report.mjs): the lists (home included)
 * must be as fast as the detail pages (issue 14). Lighthouse is run on the pages the issue names.
 */
export async function discoverPages(baseUrl) {
  const release = await first(baseUrl, 'news-releases', 'where[_status][equals]=published&sort=-dateline.date')
  const event = await first(baseUrl, 'events', 'where[rsvp.form][exists]=true&sort=startsAt')
  const association = await first(baseUrl, 'associations', `where[name][equals]=${encodeURIComponent('OCCE 79')}`)
  const candidates = [
    { key: 'home', path: '/', kind: 'list' },
    { key: 'releases', path: '/communiques', kind: 'list', lighthouse: false },
    { key: 'release', path: release && `/communiques/${release.slug}`, kind: 'detail' },
    { key: 'event', path: event && `/evenements/${event.slug}`, kind: 'detail' },
    { key: 'association', path: association && `/associations/${association.slug}`, kind: 'detail' },
    { key: 'releasesFiltered', path: await filteredReleaseList(baseUrl, release), kind: 'list', lighthouse: false },
    { key: 'events', path: '/evenements', kind: 'list', lighthouse: false },
    { key: 'projects', path: '/projets', kind: 'list', lighthouse: false },
    { key: 'associations', path: '/associations', kind: 'list', lighthouse: false },
  ]
  const pages = []
  for (const page of candidates) {
    if (!page.path) {
      pages.push({ ...page, available: false, reason: 'no content to show' })
      continue
    }
    const res = await fetch(baseUrl + page.path)
    const html = await res.text()
    pages.push({
      ...page,
      available: res.status === 200,
      reason: res.status === 200 ? undefined : `HTTP ${res.status}`,
      html,
    })
  }
  return { pages, release, event, association }
}

export function writeStaticCopies(pages) {
  fs.mkdirSync(STATIC_DIR, { recursive: true })
  for (const page of pages) if (page.available) fs.writeFileSync(path.join(STATIC_DIR, `${page.key}.html`), page.html)
}

/** Removes the copies, and public/ itself only when nothing else is in it. */
export function removeStaticCopies() {
  fs.rmSync(STATIC_DIR, { recursive: true, force: true })
  const dir = path.join(root, 'public')
  try {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
  } catch {
    // someone else's files: leave them
  }
}

export function cannon(url, connections, duration, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers, timeout: 10 }, (err, result) =>
      err ? reject(err) : resolve(result),
    )
  })
}

const summary = (r) => ({
  rps: round(r.requests.average, 0),
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts + r.non2xx,
})

export async function measurePages(baseUrl, pages, { duration, log }) {
  const rows = []
  for (const page of pages) {
    if (!page.available) {
      rows.push({ page: page.key, path: page.path, kind: page.kind, available: false, reason: page.reason })
      log(`pages: ${page.key} not available (${page.reason})`)
      continue
    }
    const pageUrl = baseUrl + page.path
    const staticUrl = `${baseUrl}/_bench/${page.key}.html`
    const check = await fetch(staticUrl)
    if (!check.ok) throw new Error(`static copy not served: ${staticUrl} ${check.status}`)
    const head = await fetch(pageUrl)
    await head.text()
    const row = {
      page: page.key,
      path: page.path,
      kind: page.kind,
      available: true,
      htmlBytes: Buffer.byteLength(page.html),
      cache: head.headers.get('x-nextjs-cache') ?? 'none',
      cacheControl: head.headers.get('cache-control'),
    }
    await cannon(pageUrl, 10, 1) // warm-up
    for (const connections of [10, 50]) {
      row[`page${connections}`] = summary(await cannon(pageUrl, connections, duration))
      row[`static${connections}`] = summary(await cannon(staticUrl, connections, duration))
      row[`ratio${connections}`] = round(row[`page${connections}`].rps / row[`static${connections}`].rps, 2)
    }
    // Next compresses pages and files alike on the fly: the same cost on every page, measured on a list and a
    // detail page only (on all nine it took a minute of the bench's ten).
    if (GZIP_PAGES.has(page.key)) {
      const gzip = { 'accept-encoding': 'gzip' }
      row.pageGzip10 = summary(await cannon(pageUrl, 10, duration, gzip))
      row.staticGzip10 = summary(await cannon(staticUrl, 10, duration, gzip))
      row.ratioGzip10 = round(row.pageGzip10.rps / row.staticGzip10.rps, 2)
    }
    log(
      `pages: ${page.key} ${row.page10.rps} req/s (static ${row.static10.rps}) @10, ` +
        `${row.page50.rps} req/s p99 ${row.page50.p99} ms (static ${row.static50.rps}) @50` +
        (row.pageGzip10 ? `, gzip ${row.pageGzip10.rps}/${row.staticGzip10.rps}` : ''),
    )
    rows.push(row)
  }
  return rows
}

/**
 * The search page under load, once the growth section has made 10,000 releases (and 1,000 events): it is
 * rendered per request, so its p99 at 50 connections is issue 14's figure. The releases are clones of the
 * seeded one: « Niort » matches every one of them (the page shows the first of each type and the total),
 * a word found nowhere measures the scan alone.
 */
const SEARCH_SECONDS_AT_50 = Number(process.env.BENCH_SEARCH_SECONDS || 10)

export async function measureSearch(baseUrl, { duration, log, queries = ['niort', 'introuvable'] }) {
  const releases = (await getJson(`${baseUrl}/api/news-releases?limit=1&depth=0`)).totalDocs
  const rows = []
  for (const q of queries) {
    const url = `${baseUrl}/recherche?q=${encodeURIComponent(q)}`
    const first = performance.now()
    const res = await fetch(url)
    const html = await res.text()
    if (!res.ok) throw new Error(`${url}: ${res.status}`)
    const firstMs = round(performance.now() - first, 0)
    await cannon(url, 10, 1) // warm-up
    const row = {
      query: q,
      htmlBytes: Buffer.byteLength(html),
      cache: res.headers.get('x-nextjs-cache') ?? 'none',
      firstMs,
      page10: summary(await cannon(url, 10, duration)),
      // Longer at 50 connections: autocannon opens its 50 connections at once and their first requests queue
      // behind each other (up to ~1.4 s on a trivial node:http server, /work/notes/search-requests.md); in a
      // 3 s run those 50 are over 1 % of the requests and set the p99, in a 10 s run the steady state does.
      page50: summary(await cannon(url, 50, SEARCH_SECONDS_AT_50)),
    }
    log(
      `search: « ${q} » over ${releases} releases: first ${firstMs} ms, ${row.page50.rps} req/s p99 ${row.page50.p99} ms @50 (${row.page10.rps} req/s p99 ${row.page10.p99} ms @10)`,
    )
    rows.push(row)
  }
  return {
    available: true,
    releases,
    rows,
    p99At50Ms: Math.max(...rows.map((r) => r.page50.p99)),
    secondsAt50: SEARCH_SECONDS_AT_50,
  }
}
