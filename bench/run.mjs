/**
 * `npm run bench`: production build (.next-bench), bench database in a temp DATA_DIR, `next start` on
 * 127.0.0.1, then pages, Lighthouse, publish to visible, RSVP burst, growth and memory; prints a table
 * and writes bench/results.json.
 *
 * Knobs (for development; the defaults are the full run): BENCH_DURATION=seconds per autocannon run (5),
 * BENCH_SKIP_BUILD=1 reuses .next-bench, BENCH_ONLY=pages,lighthouse,publish,rsvp,growth,topology,
 * BENCH_PAGES=home,release (subset of pages), BENCH_KEEP=1 keeps the temp database.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { measureGrowth } from './growth.mjs'
import { adminHeaders, root, sleep } from './lib.mjs'
import { measureLighthouse } from './lighthouse.mjs'
import { serverRss } from './memory.mjs'
import { discoverPages, measurePages, removeStaticCopies, writeStaticCopies } from './pages.mjs'
import { measurePublish } from './publish.mjs'
import { renderTables } from './report.mjs'
import { measureRsvp } from './rsvp.mjs'
import { ADMIN, build, DIST_DIR, prepareDatabase, startServer, stopServer } from './server.mjs'
import { measureTopology } from './topology.mjs'

const started = Date.now()
const BUDGET_MS = 14 * 60_000
const duration = Number(process.env.BENCH_DURATION || 5)
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null
const wanted = (name) => !only || only.has(name)
const pageFilter = process.env.BENCH_PAGES ? new Set(process.env.BENCH_PAGES.split(',')) : null
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const log = (line) => console.log(`[bench ${elapsed()}] ${line}`)

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
  },
  settings: { autocannonSeconds: duration, distDir: DIST_DIR },
}

let server
let ctx

/** Distinct warnings and errors the server logged during the run (first 10), as evidence for the report. */
function serverLogDigest(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  const interesting = lines
    .filter((l) => /warn|error|2MB|failed/i.test(l))
    .map((l) =>
      l
        .replace(/\x1b\[[0-9;]*m/g, '')
        .replace(/^\[[\d:]+\]\s*/, '')
        .trim(),
    )
  const counts = new Map()
  for (const l of interesting) counts.set(l.slice(0, 200), (counts.get(l.slice(0, 200)) ?? 0) + 1)
  return [...counts].slice(0, 10).map(([line, n]) => ({ line, n }))
}
const cleanup = async () => {
  await stopServer(server)
  removeStaticCopies()
  if (ctx && !process.env.BENCH_KEEP) fs.rmSync(ctx.dataDir, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => cleanup().finally(() => process.exit(130)))
}

/** Runs one section unless filtered out or the 14-minute budget is spent; a failure is recorded, not fatal. */
async function section(name, fn) {
  if (!wanted(name)) return
  if (Date.now() - started > BUDGET_MS) {
    results[name] = { available: false, reason: 'skipped: time budget spent' }
    return
  }
  try {
    results[name] = await fn()
  } catch (error) {
    log(`${name} failed: ${error.stack || error}`)
    results[name] = { available: false, reason: `failed: ${String(error.message || error).split('\n')[0]}` }
  }
}

try {
  if (process.env.BENCH_SKIP_BUILD && fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID')))
    log(`build: reusing ${DIST_DIR}`)
  else await build(log)
  ctx = await prepareDatabase(log)

  // First start: read each page's HTML, so that the same bytes exist as files before the measured start.
  server = await startServer(ctx)
  const discovered = await discoverPages(ctx.baseUrl)
  const pages = discovered.pages.filter((p) => !pageFilter || pageFilter.has(p.key))
  log(
    `pages: ${discovered.pages.map((p) => `${p.key} ${p.path ?? '–'}${p.available ? '' : ` (not available: ${p.reason})`}`).join(', ')}`,
  )
  await stopServer(server)
  writeStaticCopies(pages)

  server = await startServer(ctx)
  for (let i = 0; i < 3; i++) for (const p of pages) if (p.available) await (await fetch(ctx.baseUrl + p.path)).text()
  await sleep(500)
  results.memory = { afterWarmUp: serverRss(server.pid) }
  log(`memory after warm-up: ${results.memory.afterWarmUp.totalMb} MB`)

  await section('pages', () => measurePages(ctx.baseUrl, pages, { duration, log }))
  await section('lighthouse', () => measureLighthouse(ctx.baseUrl, pages, { log }))
  const headers = await adminHeaders(ctx.baseUrl, ADMIN.email, ADMIN.password)
  const release = discovered.pages.find((p) => p.key === 'release')
  await section('publish', () =>
    release?.available
      ? measurePublish(ctx.baseUrl, headers, discovered.release, release.path, { log })
      : { available: false, reason: 'release page not available' },
  )
  await section('rsvp', () => measureRsvp(ctx.baseUrl, headers, discovered.event, { log }))
  await section('growth', () => measureGrowth(ctx, headers, discovered.release, { log }))

  results.memory.atEnd = serverRss(server.pid)
  results.serverLog = serverLogDigest(path.join(ctx.dataDir, 'server.log'))
  log(`memory at end: ${results.memory.atEnd.totalMb} MB`)
} catch (error) {
  log(`bench stopped: ${error.stack || error}`)
  if (ctx) log(`server log: ${ctx.dataDir}/server.log`)
  process.exitCode = 1
  process.env.BENCH_KEEP = process.env.BENCH_KEEP || (ctx ? '1' : '')
} finally {
  await cleanup()
}

// The deployment (nginx + redis + `next start` ×1, then one per core) on the same build, once the single server is gone.
if (fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))) {
  await section('topology', () => measureTopology({ duration, log, distDir: DIST_DIR }))
  if (results.topology?.summary) results.summary = { ...results.summary, ...results.topology.summary }
}

results.totalSeconds = Math.round((Date.now() - started) / 1000)
fs.writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log(`\n${renderTables(results)}`)
console.log(`results: bench/results.json (${results.totalSeconds} s)`)
