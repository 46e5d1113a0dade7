/**
 * `npm run bench`: production build (.next-bench), bench database in a temp DATA_DIR, `next start` on
 * 127.0.0.1, then pages, Lighthouse, publish to visible, RSVP burst, growth (memory after each), then the
 * deployment topology; prints the tables and writes bench/results.json (`summary`: issue 14's figures, null
 * with a reason in `summaryReasons` for a part that did not run) and bench/RESULTS.md (the tables).
 *
 * Knobs (for development; the defaults are the full run): BENCH_DURATION=seconds per autocannon run (3),
 * BENCH_SKIP_BUILD=1 reuses .next-bench, BENCH_ONLY=pages,lighthouse,publish,rsvp,growth,search,topology,
 * BENCH_BUDGET_MINUTES=12 (sections not started that long after the build are skipped),
 * BENCH_PAGES=home,release (subset of pages), BENCH_KEEP=1 keeps the temp database,
 * BENCH_SERVER_NODE_OPTIONS=… adds node options to the server; BENCH_CPU_PROFILE=1 writes its CPU profile and
 * BENCH_HEAP_SNAPSHOT=1 a heap snapshot (slow) after each section, in the temp DATA_DIR.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { measureGrowth } from './growth.mjs'
import { adminHeaders, root, sleep } from './lib.mjs'
import { measureLighthouse } from './lighthouse.mjs'
import { serverMemory, serverRss } from './memory.mjs'
import * as pagesModule from './pages.mjs'
import { measurePublish } from './publish.mjs'
import { renderTables, summarise } from './report.mjs'
import { measureRsvp } from './rsvp.mjs'
import { ADMIN, build, DIST_DIR, prepareDatabase, startServer, stopServer } from './server.mjs'
import { measureTopology } from './topology.mjs'

const started = Date.now()
// Sections left once this much time has gone since the build ended are skipped and reported as such.
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MINUTES || 12) * 60_000
const duration = Number(process.env.BENCH_DURATION || 3)
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
let builtAt

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
  pagesModule.removeStaticCopies()
  if (ctx && !process.env.BENCH_KEEP) fs.rmSync(ctx.dataDir, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () =>
    cleanup()
      .then(() => ctx?.seededDir && fs.rmSync(ctx.seededDir, { recursive: true, force: true }))
      .finally(() => process.exit(130)),
  )
}

/** The server's end RSS is read once it has served nothing for this long (see below). */
const END_IDLE_MS = 5000

/** A section that has not ended after this long is recorded as failed and the bench goes on. */
const SECTION_LIMIT_MS = Number(process.env.BENCH_SECTION_MINUTES || 5) * 60_000

/** Runs one section unless filtered out or the time budget is spent; a failure is recorded, not fatal. */
async function section(name, fn) {
  if (!wanted(name)) return
  if (Date.now() - (builtAt ?? started) > BUDGET_MS) {
    results[name] = { available: false, reason: 'skipped: time budget spent' }
    return
  }
  let timer
  try {
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${SECTION_LIMIT_MS / 60_000} min`)), SECTION_LIMIT_MS)
    })
    const started = Date.now()
    results[name] = await Promise.race([fn(), limit])
    results.sectionSeconds = { ...results.sectionSeconds, [name]: Math.round((Date.now() - started) / 1000) }
    log(`${name}: ${results.sectionSeconds[name]} s`)
  } catch (error) {
    log(`${name} failed: ${error.stack || error}`)
    results[name] = { available: false, reason: `failed: ${String(error.message || error).split('\n')[0]}` }
  } finally {
    clearTimeout(timer)
  }
  // What is known so far, next to the server log: a run stopped half-way still tells where it was.
  if (ctx && fs.existsSync(ctx.dataDir)) {
    try {
      fs.writeFileSync(path.join(ctx.dataDir, 'results.partial.json'), JSON.stringify(results, null, 2))
    } catch {
      // the temp directory is being removed: the final results are written below
    }
  }
  // Resident memory after each section of the single server: which one makes it grow.
  if (server && server.exitCode === null && name !== 'topology') {
    const rss = serverRss(server.pid)
    results.memory.phases.push({ after: name, totalMb: rss.totalMb, ...(await serverMemory(server.pid, ctx.dataDir)) })
    log(`memory after ${name}: ${rss.totalMb} MB`)
  }
}

try {
  // The database is migrated and seeded while the build runs (they share nothing): its time hides in the build's.
  const reuse = process.env.BENCH_SKIP_BUILD && fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))
  if (reuse) log(`build: reusing ${DIST_DIR}`)
  const [built, prepared] = await Promise.allSettled([
    reuse ? 0 : build(log).then(() => Math.round((Date.now() - started) / 1000)),
    prepareDatabase(log).then((prepared) => (ctx = prepared)),
  ])
  for (const step of [built, prepared]) if (step.status === 'rejected') throw step.reason
  builtAt = Date.now()
  results.buildSeconds = built.value
  results.setupSeconds = Math.round((builtAt - started) / 1000)

  // First start: read each page's HTML, so that the same bytes exist as files before the measured start.
  server = await startServer(ctx)
  const discovered = await pagesModule.discoverPages(ctx.baseUrl)
  const pages = discovered.pages.filter((p) => !pageFilter || pageFilter.has(p.key))
  log(
    `pages: ${discovered.pages.map((p) => `${p.key} ${p.path ?? '–'}${p.available ? '' : ` (not available: ${p.reason})`}`).join(', ')}`,
  )
  await stopServer(server)
  pagesModule.writeStaticCopies(pages)

  server = await startServer(ctx)
  for (let i = 0; i < 3; i++) for (const p of pages) if (p.available) await (await fetch(ctx.baseUrl + p.path)).text()
  await sleep(500)
  results.memory = {
    afterWarmUp: { ...serverRss(server.pid), ...(await serverMemory(server.pid, ctx.dataDir)) },
    phases: [],
  }
  log(`memory after warm-up: ${results.memory.afterWarmUp.totalMb} MB`)

  await section('pages', () => pagesModule.measurePages(ctx.baseUrl, pages, { duration, log }))
  // List pages marked `lighthouse: false` (bench/pages.mjs) are measured under load only.
  await section('lighthouse', () =>
    measureLighthouse(
      ctx.baseUrl,
      pages.filter((p) => p.lighthouse !== false),
      { log },
    ),
  )
  const headers = await adminHeaders(ctx.baseUrl, ADMIN.email, ADMIN.password)
  const release = discovered.pages.find((p) => p.key === 'release')
  await section('publish', () =>
    release?.available
      ? measurePublish(ctx.baseUrl, headers, discovered.release, release.path, { log })
      : { available: false, reason: 'release page not available' },
  )
  await section('rsvp', () => measureRsvp(ctx.baseUrl, headers, discovered.event, { log }))
  await section('growth', () => measureGrowth(ctx, headers, discovered.release, { log }))
  // The search page with the 10,000 releases growth left (bench/pages.mjs, when it has it).
  await section('search', () =>
    pagesModule.measureSearch
      ? pagesModule.measureSearch(ctx.baseUrl, { duration, log })
      : { available: false, reason: 'bench/pages.mjs has no measureSearch' },
  )

  // The search section's 50-connection burst has just ended: RSS still holds its working memory, which the
  // allocator gives back within a second or so (jemalloc, scripts/serverMemory.sh; glibc kept it). The end figure is
  // the server's after 5 s without requests — what it keeps; the one at the last request is reported beside it.
  results.memory.atLastRequestMb = serverRss(server.pid).totalMb
  await sleep(END_IDLE_MS)
  results.memory.endIdleSeconds = END_IDLE_MS / 1000
  results.memory.atEnd = { ...serverRss(server.pid), ...(await serverMemory(server.pid, ctx.dataDir)) }
  results.serverLog = serverLogDigest(path.join(ctx.dataDir, 'server.log'))
  log(`memory at end: ${results.memory.atEnd.totalMb} MB (${results.memory.atLastRequestMb} MB at the last request)`)
} catch (error) {
  log(`bench stopped: ${error.stack || error}`)
  if (ctx) log(`server log: ${ctx.dataDir}/server.log`)
  process.exitCode = 1
  process.env.BENCH_KEEP = process.env.BENCH_KEEP || (ctx ? '1' : '')
} finally {
  await cleanup()
}

// The deployment (nginx + redis + `next start` ×1, then one per core) on the same build, once the single server is gone.
if (fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID')))
  await section('topology', () => measureTopology({ duration, log, distDir: DIST_DIR, seededDataDir: ctx?.seededDir }))
if (ctx?.seededDir) fs.rmSync(ctx.seededDir, { recursive: true, force: true })

const { summary, reasons } = summarise(results)
results.summary = { ...summary, ...results.topology?.summary }
results.summaryReasons = reasons
results.machine.loadAverageAtEnd = os.loadavg().map((n) => Number(n.toFixed(2)))
results.totalSeconds = Math.round((Date.now() - started) / 1000)
const tables = renderTables(results)
fs.writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
fs.writeFileSync(
  path.join(root, 'bench/RESULTS.md'),
  `# Latest bench run\n\n${only || pageFilter ? `**Partial run** (BENCH_ONLY=${process.env.BENCH_ONLY ?? ''} BENCH_PAGES=${process.env.BENCH_PAGES ?? ''}): not for committing.\n\n` : ''}Written by \`npm run bench\` (bench/run.mjs) at the end of each full run; the figures are in bench/results.json. ` +
    `Total ${results.totalSeconds} s; load average ${results.machine.loadAverageAtStart.join(' / ')} at start, ` +
    `${results.machine.loadAverageAtEnd.join(' / ')} at the end.\n\n${tables}\n`,
)
console.log(`\n${tables}`)
console.log(`results: bench/results.json, bench/RESULTS.md (${results.totalSeconds} s)`)
