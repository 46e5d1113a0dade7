/**
 * Growth: the release-list query and the list's first render after a revalidation, with 100 and then
 * 10,000 published releases (1,000 events, 102 associations). Rows are cloned from the seeded
 * ones straight in the bench SQLite file (the Local API would take minutes for 10,000 documents); one
 * REST publish afterwards revalidates the cache the way an editor's change does.
 *
 * « All releases » is what the site reads whole: since windowed pagination no list page does, only the
 * sitemap and the search index (getAllReleases: depth 0, five fields, data cache). It is timed as the first
 * `/sitemap.xml` after the publish (the read from the database) and the ones after it (from the data cache). It
 * was a REST query with `pagination=false` and depth 1, three times, which no page sends: it made the
 * server's largest memory peak of the bench (658 MB) for a read the site never does.
 */
import { createClient } from '@libsql/client'

import { getJson, median, round } from './lib.mjs'

async function columns(db, table) {
  return (await db.execute(`PRAGMA table_info("${table}")`)).rows.map((r) => String(r.name))
}

async function uniqueColumns(db, table) {
  const out = new Set()
  for (const index of (await db.execute(`PRAGMA index_list("${table}")`)).rows) {
    if (!Number(index.unique) || index.origin === 'pk') continue
    for (const col of (await db.execute(`PRAGMA index_info("${index.name}")`)).rows) out.add(String(col.name))
  }
  return out
}

/**
 * Clones the row `sourceId` of `table` (and its _rels rows) until the table holds `target` rows: one INSERT … SELECT
 * over a generated sequence of ids per table, in one transaction (row by row, 10,000 releases took 10-25 s).
 */
async function cloneUpTo(db, table, sourceId, target, shiftColumns) {
  const have = Number((await db.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
  if (have >= target) return have
  const cols = (await columns(db, table)).filter((c) => c !== 'id')
  const unique = await uniqueColumns(db, table)
  const relCols = (await columns(db, `${table}_rels`)).filter((c) => c !== 'id')
  const first = Number((await db.execute(`SELECT max(id) AS m FROM "${table}"`)).rows[0].m) + 1
  const last = first + (target - have) - 1
  const source = Number(sourceId)
  // Each clone's number is its id: titles, slugs and dates differ from one clone to the next.
  const expr = (c) => {
    if (c === 'slug') return `src.slug || '-bench-' || seq.n`
    if (c === 'title' || c === 'name') return `src."${c}" || ' (' || seq.n || ')'`
    if (unique.has(c)) return 'NULL'
    if (c === 'rsvp_form_id') return 'NULL' // a form belongs to one event: clones take no registrations
    if (shiftColumns.includes(c)) return `strftime('%Y-%m-%dT%H:%M:%fZ', src."${c}", '-' || seq.n || ' hours')`
    return `src."${c}"`
  }
  const ids = `WITH RECURSIVE seq(n) AS (SELECT ${first} UNION ALL SELECT n + 1 FROM seq WHERE n < ${last})`
  const statements = [
    `${ids} INSERT INTO "${table}" (id, ${cols.map((c) => `"${c}"`).join(', ')}) ` +
      `SELECT seq.n, ${cols.map(expr).join(', ')} FROM seq, "${table}" AS src WHERE src.id = ${source}`,
  ]
  if (relCols.length)
    statements.push(
      `${ids} INSERT INTO "${table}_rels" (${relCols.map((c) => `"${c}"`).join(', ')}) ` +
        `SELECT ${relCols.map((c) => (c === 'parent_id' ? 'seq.n' : `r."${c}"`)).join(', ')} FROM seq, "${table}_rels" AS r WHERE r.parent_id = ${source}`,
    )
  await db.batch(statements, 'write')
  return Number((await db.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
}

async function timeIt(fn, times) {
  const out = []
  for (let i = 0; i < times; i++) {
    const t0 = performance.now()
    await fn()
    out.push(performance.now() - t0)
  }
  return median(out)
}

const LIST_QUERY =
  'where[_status][equals]=published&sort=-dateline.date&depth=1' +
  '&select[title]=true&select[slug]=true&select[dateline]=true&select[summary]=true&select[association]=true'

async function measureState(ctx, headers, release, label) {
  const { baseUrl } = ctx
  const count = async (c) => (await getJson(`${baseUrl}/api/${c}?limit=1&depth=0`)).totalDocs
  const page = () => getJson(`${baseUrl}/api/news-releases?${LIST_QUERY}&limit=10`)
  const get = (path) => async () => {
    const res = await fetch(`${baseUrl}${path}`)
    await res.text()
    if (!res.ok) throw new Error(`${path}: ${res.status}`)
  }
  const render = get('/communiques')
  const sitemap = get('/sitemap.xml')
  // Revalidate as an editor's change would, then time the first render and the cached ones after it.
  const api = `${baseUrl}/api/news-releases/${release.id}`
  // One retry: after the long clone undici may reuse a keep-alive socket the server has closed meanwhile.
  const publish = () => fetch(api, { method: 'PATCH', headers, body: JSON.stringify({ _status: 'published' }) })
  const res = await publish().catch(publish)
  if (!res.ok) throw new Error(`revalidating publish: ${res.status}`)
  await res.text()
  const firstRenderMs = await timeIt(render, 1)
  const cachedRenderMs = await timeIt(render, 5)
  const allFirstMs = await timeIt(sitemap, 1)
  const allCachedMs = await timeIt(sitemap, 3)
  const state = {
    label,
    releases: await count('news-releases'),
    events: await count('events'),
    associations: await count('associations'),
    queryPageMs: round(await timeIt(page, 9), 1),
    sitemapFirstMs: round(allFirstMs, 0),
    sitemapCachedMs: round(allCachedMs, 0),
    firstRenderMs: round(firstRenderMs, 0),
    cachedRenderMs: round(cachedRenderMs, 1),
  }
  return state
}

export async function measureGrowth(ctx, headers, release, { log }) {
  const db = createClient({ url: `file:${ctx.dbFile}` })
  try {
    await db.execute('PRAGMA busy_timeout = 10000')
    const eventSource = Number((await db.execute('SELECT min(id) AS id FROM events')).rows[0].id)
    const associationSource = Number((await db.execute('SELECT max(id) AS id FROM associations')).rows[0].id)
    const states = []
    for (const target of [100, 10_000]) {
      const t0 = performance.now()
      await cloneUpTo(db, 'news_releases', release.id, target, ['dateline_date', 'created_at', 'updated_at'])
      await cloneUpTo(db, 'events', eventSource, 1000, ['starts_at', 'ends_at'])
      await cloneUpTo(db, 'associations', associationSource, 102, [])
      const insertS = round((performance.now() - t0) / 1000, 1)
      const state = await measureState(ctx, headers, release, `${target} releases`)
      state.insertSeconds = insertS
      log(
        `growth: ${state.releases} releases / ${state.events} events / ${state.associations} associations: ` +
          `page query ${state.queryPageMs} ms, sitemap ${state.sitemapFirstMs} ms (cached ${state.sitemapCachedMs}), first render ${state.firstRenderMs} ms, cached ${state.cachedRenderMs} ms`,
      )
      states.push(state)
    }
    const plan = (
      await db.execute(
        `EXPLAIN QUERY PLAN SELECT id FROM news_releases WHERE _status = 'published' ORDER BY dateline_date DESC LIMIT 10`,
      )
    ).rows.map((r) => String(r.detail))
    const indexes = (await db.execute(`PRAGMA index_list("news_releases")`)).rows.map((r) => String(r.name))
    const [small, large] = states
    return {
      states,
      ratioQueryPage: round(large.queryPageMs / small.queryPageMs, 2),
      ratioSitemapFirst: round(large.sitemapFirstMs / small.sitemapFirstMs, 1),
      ratioFirstRender: round(large.firstRenderMs / small.firstRenderMs, 1),
      listQueryPlan: plan,
      releaseIndexes: indexes,
    }
  } finally {
    db.close()
  }
}
