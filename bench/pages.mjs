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

const first = async (baseUrl, collection, query) =>
  (await getJson(`${baseUrl}/api/${collection}?limit=1&depth=0&${query}`)).docs[0]

/** The five public pages, with slugs read from the seeded content; a missing route is reported, not fatal. */
export async function discoverPages(baseUrl) {
  const release = await first(baseUrl, 'news-releases', 'where[_status][equals]=published&sort=-dateline.date')
  const event = await first(baseUrl, 'events', 'where[rsvp.form][exists]=true&sort=startsAt')
  const association = await first(baseUrl, 'associations', `where[name][equals]=${encodeURIComponent('OCCE 79')}`)
  const candidates = [
    { key: 'home', path: '/' },
    { key: 'releases', path: '/communiques' },
    { key: 'release', path: release && `/communiques/${release.slug}` },
    { key: 'event', path: event && `/evenements/${event.slug}` },
    { key: 'association', path: association && `/associations/${association.slug}` },
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
      rows.push({ page: page.key, path: page.path, available: false, reason: page.reason })
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
    const gzip = { 'accept-encoding': 'gzip' }
    row.pageGzip10 = summary(await cannon(pageUrl, 10, duration, gzip))
    row.staticGzip10 = summary(await cannon(staticUrl, 10, duration, gzip))
    row.ratioGzip10 = round(row.pageGzip10.rps / row.staticGzip10.rps, 2)
    log(
      `pages: ${page.key} ${row.page10.rps} req/s (static ${row.static10.rps}) @10, ` +
        `${row.page50.rps} req/s p99 ${row.page50.p99} ms (static ${row.static50.rps}) @50, gzip ${row.pageGzip10.rps}/${row.staticGzip10.rps}`,
    )
    rows.push(row)
  }
  return rows
}
