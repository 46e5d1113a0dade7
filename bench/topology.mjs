/**
 * The deployment under load (scripts/topology.mjs: nginx + redis + `next start` ×1, then ×N = one per core, on
 * one seeded SQLite file), side by side with direct access to a process:
 * - cached public pages through the proxy ÷ the same bytes served as a file by the same nginx;
 * - publish through process A → visible through process B (directly) and through the proxy on every affected
 *   page (the release, the list, the home page);
 * - RSVP burst (200 at once, capacity 150) through the proxy.
 * `node bench/topology.mjs` alone merges its section into bench/results.json; bench/run.mjs runs it as its
 * `topology` section. Both copy the summary keys (cachedPageRatioViaProxy, crossProcessVisibleMaxMs, rsvpP99MsViaProxy).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { request, root, startTopology } from '../scripts/topology.mjs'
import { median, percentile, round, sleep } from './lib.mjs'

const visibleText = (html) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')

const ADMIN = {
  email: 'bench-topologie@bench.occe.test',
  password: `Bench-${crypto.randomBytes(8).toString('hex')}-2026!`,
}

function cannon(url, connections, duration, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers, timeout: 10 }, (err, r) =>
      err
        ? reject(err)
        : resolve({
            rps: round(r.requests.average, 0),
            p50: r.latency.p50,
            p99: r.latency.p99,
            errors: r.errors + r.timeouts + r.non2xx,
          }),
    )
  })
}

async function json(url, init = {}) {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${(await res.text()).slice(0, 200)}`)
  return res.json()
}

async function staffHeaders(appUrl) {
  const headers = { 'content-type': 'application/json' }
  const users = await fetch(`${appUrl}/api/users/first-register`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...ADMIN, role: 'admin' }),
  })
  await users.text() // 200 the first time; refused once an account exists
  const { token } = await json(`${appUrl}/api/users/login`, { method: 'POST', headers, body: JSON.stringify(ADMIN) })
  return { ...headers, authorization: `JWT ${token}` }
}

async function discover(appUrl) {
  const first = async (collection, query) =>
    (await json(`${appUrl}/api/${collection}?limit=1&depth=0&${query}`)).docs[0]
  const release = await first('news-releases', 'where[_status][equals]=published&sort=-dateline.date')
  const event = await first('events', 'where[rsvp.form][exists]=true&sort=startsAt')
  return {
    release,
    event,
    // The pages Next caches (ISR). `/communiques` reads its query string: Next renders it per request and marks
    // it private, so neither Next nor the micro-cache keeps it (measured apart, not in the ratio).
    pages: [
      { key: 'home', path: '/' },
      { key: 'release', path: `/communiques/${release.slug}` },
      { key: 'event', path: `/evenements/${event.slug}` },
    ],
    affected: ['/', '/communiques', `/communiques/${release.slug}`],
  }
}

/**
 * Each page through the proxy against its own bytes as a file under /_next/static/ of the same nginx, both
 * loaded at the same time with the same number of connections (the machine is shared: load that comes and
 * goes between two runs weighs on both alike when they run together), `pairs` times; the ratio of a row is
 * the median of those. Then (`direct`, standalone only: the bench's pages section measures that already) the
 * page directly from one `next start`, alone. No Accept-Encoding, like
 * autocannon's default: both are sent as stored (with gzip, nginx compresses both on the fly, the same work).
 */
async function measurePages(topology, pages, { duration, pairs, log, label, direct = true }) {
  const copies = path.join(topology.staticDir, `_bench-${crypto.randomBytes(4).toString('hex')}`)
  fs.mkdirSync(copies, { recursive: true })
  const rows = []
  try {
    for (const page of pages) {
      const html = (await request(`${topology.url}${page.path}`, { ca: topology.ca })).text
      fs.writeFileSync(path.join(copies, `${page.key}.html`), html)
      const staticUrl = `${topology.url}/_next/static/${path.basename(copies)}/${page.key}.html`
      const pageUrl = `${topology.url}${page.path}`
      const directUrl = `${topology.processes[0].url}${page.path}`
      await cannon(pageUrl, 10, 1)
      await cannon(staticUrl, 10, 1)
      if (direct) await cannon(directUrl, 10, 1)
      const row = { page: page.key, path: page.path, htmlBytes: Buffer.byteLength(html) }
      for (const connections of [10, 50]) {
        const runs = []
        for (let i = 0; i < pairs; i++) {
          const [file, proxied] = await Promise.all([
            cannon(staticUrl, connections, duration),
            cannon(pageUrl, connections, duration),
          ])
          runs.push({
            static: file.rps,
            proxy: proxied.rps,
            ratio: round(proxied.rps / file.rps, 2),
            p99: proxied.p99,
            errors: file.errors + proxied.errors,
          })
        }
        row[`runs${connections}`] = runs
        row[`proxy${connections}`] = round(median(runs.map((r) => r.proxy)), 0)
        row[`static${connections}`] = round(median(runs.map((r) => r.static)), 0)
        row[`ratio${connections}`] = median(runs.map((r) => r.ratio))
        if (direct) row[`direct${connections}`] = (await cannon(directUrl, connections, duration)).rps
      }
      log(
        `${label} ${page.key}: ratio ${row.ratio10}/${row.ratio50} (proxy ${row.proxy10}/${row.proxy50} req/s, static ${row.static10}/${row.static50}${direct ? `, direct ${row.direct10}/${row.direct50}` : ''}; @10/@50, ${os.loadavg()[0].toFixed(1)} load)`,
      )
      rows.push(row)
    }
  } finally {
    fs.rmSync(copies, { recursive: true, force: true })
  }
  return rows
}

/**
 * Publishes a new title through process A, then polls, each on its own, process B directly and every affected
 * page through the proxy (one request at a time each, POLL_MS apart) until all show it. Times count from A's
 * answer (the publish saved and confirmed); the save itself is reported apart (`saveMs`).
 */
const POLL_MS = 25
async function measurePublish(topology, staff, release, pages, { log, count = 10 }) {
  const [a, b] = topology.processes
  const api = `${a.url}/api/news-releases/${release.id}`
  const original = release.title
  const rounds = []
  let misses = 0
  const until = async (since, check) => {
    while (performance.now() - since < 10_000) {
      if (await check().catch(() => false)) return performance.now() - since
      await sleep(POLL_MS)
    }
    return null
  }
  try {
    // Visitors have the pages in nginx's micro-cache and Next's shared cache first.
    for (let i = 0; i < 3; i++) for (const p of pages) await request(`${topology.url}${p.path}`, { ca: topology.ca })
    for (let i = 1; i <= count; i++) {
      const title = `${original} (banc ${Date.now().toString(36)}-${i})`
      const started = performance.now()
      const res = await fetch(api, {
        method: 'PATCH',
        headers: staff,
        body: JSON.stringify({ title, _status: 'published' }),
      })
      if (!res.ok) throw new Error(`publish ${i}: ${res.status}`)
      await res.text()
      const confirmed = performance.now()
      const shows = (html) => visibleText(html).includes(title)
      const [direct, ...viaProxy] = await Promise.all([
        b ? until(confirmed, async () => shows(await (await fetch(`${b.url}/communiques/${release.slug}`)).text())) : 0,
        ...pages.map((p) =>
          until(confirmed, async () => shows((await request(`${topology.url}${p.path}`, { ca: topology.ca })).text)),
        ),
      ])
      if (direct === null || viaProxy.includes(null)) misses++
      else
        rounds.push({
          saveMs: round(confirmed - started, 0),
          directMs: round(direct, 0),
          viaProxyMs: Object.fromEntries(pages.map((p, j) => [p.path, round(viaProxy[j], 0)])),
          allMs: round(Math.max(direct, ...viaProxy), 0),
          load: round(os.loadavg()[0], 1),
        })
      await sleep(500)
    }
  } finally {
    await fetch(api, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ title: original, _status: 'published' }),
    })
  }
  const all = rounds.map((r) => r.allMs)
  const result = {
    publishes: count,
    pollMs: POLL_MS,
    rounds,
    saveP50Ms: round(median(rounds.map((r) => r.saveMs)), 0),
    crossProcessP50Ms: round(median(rounds.map((r) => r.directMs)), 0),
    crossProcessMaxMs: rounds.length ? Math.max(...rounds.map((r) => r.directMs)) : null,
    viaProxyAllPagesP50Ms: round(median(all), 0),
    viaProxyAllPagesMaxMs: all.length ? Math.max(...all) : null,
    notVisibleWithin10s: misses,
  }
  log(
    `publish (from A's answer; save p50 ${result.saveP50Ms} ms): B directly ${result.crossProcessP50Ms} p50 / ${result.crossProcessMaxMs} max; B and the proxy on all ${pages.length} pages ${result.viaProxyAllPagesP50Ms} p50 / ${result.viaProxyAllPagesMaxMs} max (ms)`,
  )
  return result
}

async function measureRsvp(topology, staff, event, { log }) {
  const [a] = topology.processes
  await json(`${a.url}/api/events/${event.id}`, {
    method: 'PATCH',
    headers: staff,
    body: JSON.stringify({ rsvp: { ...event.rsvp, capacity: 150 } }),
  })
  const run = Date.now().toString(36)
  const latencies = []
  const statuses = {}
  const started = performance.now()
  await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const body = new URLSearchParams({
        evenement: String(event.id),
        firstName: 'Invité',
        lastName: `Banc ${i}`,
        email: `topo-${run}-${i}@bench.occe.test`,
        organisation: 'École du banc d’essai',
        role: 'enseignant',
        attendees: '1',
        consent: 'true',
      }).toString()
      const t0 = performance.now()
      const res = await request(`${topology.url}/api/rsvp/register`, {
        method: 'POST',
        ca: topology.ca,
        body,
        timeoutMs: 60_000,
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      }).catch((error) => ({ status: error.code ?? 'error' }))
      latencies.push(performance.now() - t0)
      statuses[res.status] = (statuses[res.status] ?? 0) + 1
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const formId = typeof event.rsvp.form === 'object' ? event.rsvp.form.id : event.rsvp.form
  const docs = (
    await json(`${a.url}/api/form-submissions?where[form][equals]=${formId}&limit=1000&depth=0&pagination=false`, {
      headers: staff,
    })
  ).docs
  const ours = docs.filter((d) => String(d.email).includes(`-${run}-`))
  const result = {
    guests: 200,
    capacity: 150,
    seconds: round(seconds, 2),
    p50Ms: round(percentile(latencies, 50), 0),
    p99Ms: round(percentile(latencies, 99), 0),
    httpStatuses: statuses,
    confirmed: ours.filter((d) => d.status === 'confirmed').length,
    waiting: ours.filter((d) => d.status === 'waiting').length,
  }
  log(
    `rsvp via proxy: p99 ${result.p99Ms} ms, ${result.confirmed} confirmed, ${result.waiting} waiting, HTTP ${JSON.stringify(statuses)}`,
  )
  return result
}

/**
 * `full`: every page with 1 process too, 5 pairs (standalone, ≈ 6 min on the loaded machine). Otherwise
 * (`npm run bench`, whose sections get 5 minutes): the home page alone with 1 process, 3 pairs — nginx serves
 * the cached copies itself, the number of app processes behind it only changes how fast they are refetched.
 */
export async function measureTopology({
  duration = 3,
  full = false,
  pairs = full ? 5 : 3,
  log = console.log,
  distDir = process.env.NEXT_DIST_DIR || '.next',
  seededDataDir,
} = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-bench-topology-'))
  const cores = os.availableParallelism?.() ?? os.cpus().length
  const common = {
    distDir,
    dir,
    log: (line) => log(`topology: ${line}`),
    // The burst comes from one address and measures the engine, not the limits.
    writeRate: '10000r/s',
    writeBurst: 1000,
    env: { RSVP_RATE_LIMIT: 'off', ADMIN_BOOTSTRAP_EMAIL: ADMIN.email },
  }
  const result = {
    cores,
    loadAverageAtStart: os.loadavg().map((n) => round(n, 1)),
    microCache:
      'anonymous GET/HEAD, fresh 1–2 s, served stale while one background update runs; refreshed by the app on publish',
  }
  try {
    for (const processes of [1, cores]) {
      // Seeded once, for the first topology (or copied from the bench's seeded database); the second reuses it.
      const topology = await startTopology({
        ...common,
        processes,
        ...(processes === 1 ? (seededDataDir ? { seededDataDir } : { seed: true }) : {}),
      })
      try {
        const staff = await staffHeaders(topology.processes[0].url)
        const { release, event, pages, affected } = await discover(topology.processes[0].url)
        const key = processes === 1 ? 'oneProcess' : 'perCore'
        result[key] = {
          processes,
          pages: await measurePages(topology, full || processes > 1 ? pages : pages.slice(0, 1), {
            duration,
            pairs,
            log,
            label: `${processes} process(es)`,
            direct: full,
          }),
        }
        if (processes > 1 || cores === 1) {
          result.publish = await measurePublish(
            topology,
            staff,
            release,
            affected.map((path) => ({ path })),
            { log },
          )
          result.rsvp = await measureRsvp(topology, staff, event, { log })
        }
      } finally {
        await topology.stop()
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  result.loadAverageAtEnd = os.loadavg().map((n) => round(n, 1))
  // The worst row of either topology (1 process and one per core), at either concurrency.
  const ratios = [result.oneProcess, result.perCore]
    .filter(Boolean)
    .flatMap((part) => part.pages.flatMap((row) => [row.ratio10, row.ratio50]))
  // The summary keeps the worst; the median of the rows says whether that worst is noise.
  result.cachedPageRatioMedian = ratios.length ? median(ratios) : null
  result.summary = {
    cachedPageRatioViaProxy: ratios.length ? Math.min(...ratios) : null,
    // Publish confirmed by A → B directly and every affected page through the proxy show it (the worst round).
    crossProcessVisibleMaxMs: result.publish?.viaProxyAllPagesMaxMs ?? null,
    rsvpP99MsViaProxy: result.rsvp?.p99Ms ?? null,
  }
  log(`topology summary: ${JSON.stringify(result.summary)}`)
  return result
}

/** Standalone: merged into bench/results.json (the `topology` section and the three summary keys). */
if (process.argv[1] && path.resolve(process.argv[1]) === path.join(root, 'bench/topology.mjs')) {
  const result = await measureTopology({
    full: true,
    duration: Number(process.env.BENCH_DURATION || 3),
    log: (line) => console.log(`[bench] ${line}`),
  })
  const file = path.join(root, 'bench/results.json')
  let results = {}
  try {
    results = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    // no earlier run: the file holds this section alone
  }
  results.topology = { date: new Date().toISOString(), ...result }
  results.summary = { ...results.summary, ...result.summary }
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log('results: bench/results.json (topology, summary)')
}
