/** The summary and the Markdown tables of a results object (the same text goes to the console and to bench/RESULTS.md). */
const na = (v) => (v === null || v === undefined ? '–' : String(v))
const mark = (ok) => (ok ? '✅' : '❌')
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(na).join(' | ')} |`),
  ].join('\n')
const unavailable = (title, r) => `**${title}**: not available (${r?.reason ?? 'not run'})`

export function renderTables(results) {
  const out = []
  if (results.summary) out.push('**Summary** (issue 14 targets)', renderSummary(results))
  const m = results.machine
  out.push(
    `Run of ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GiB, Node ${m.node}, ` +
      `load average ${m.loadAverageAtStart.join(' / ')} at start (client and server share the machine); ` +
      `${results.settings.autocannonSeconds} s per autocannon run.`,
  )

  const pages = results.pages
  if (Array.isArray(pages)) {
    out.push(
      '**Public pages** (autocannon; ratio = page req/s ÷ the same HTML served as a file from public/; targets: ratio ≥ 0.9, p99 ≤ 50 ms at 50 connections)',
      table(
        [
          'page',
          'HTML KB',
          'x-nextjs-cache',
          'req/s @10 (static)',
          'ratio @10',
          'req/s @50 (static)',
          'ratio @50',
          'p50 / p99 ms @50',
          'gzip req/s @10 (static)',
          'ratio gzip',
        ],
        pages.map((r) =>
          r.available
            ? [
                `${r.page} \`${r.path}\``,
                (r.htmlBytes / 1024).toFixed(1),
                r.cache,
                `${r.page10.rps} (${r.static10.rps})`,
                `${r.ratio10} ${mark(r.ratio10 >= 0.9)}`,
                `${r.page50.rps} (${r.static50.rps})`,
                `${r.ratio50} ${mark(r.ratio50 >= 0.9)}`,
                `${r.page50.p50} / ${r.page50.p99} ${mark(r.page50.p99 <= 50)}`,
                r.pageGzip10 ? `${r.pageGzip10.rps} (${r.staticGzip10.rps})` : '–',
                r.ratioGzip10,
              ]
            : [
                `${r.page} ${r.path ? `\`${r.path}\`` : ''}`,
                `not available: ${r.reason}`,
                '',
                '',
                '',
                '',
                '',
                '',
                '',
                '',
              ],
        ),
      ),
    )
  } else out.push(unavailable('Public pages', pages))

  const g = results.growth
  if (g?.states) {
    out.push(
      '**Growth** (release list: REST query of one page of 10 as the list page reads it; `/communiques` first render after a publish revalidates it; all releases as the site reads them — no list page does, the sitemap and the search index do: `/sitemap.xml` first after the publish and from the data cache; target ratio ≤ 1.2)',
      table(
        [
          'content',
          'page-of-10 query ms',
          'first render ms',
          'cached render ms',
          'sitemap first ms',
          'sitemap cached ms',
        ],
        g.states.map((s) => [
          `${s.releases} releases, ${s.events} events, ${s.associations} associations`,
          s.queryPageMs,
          s.firstRenderMs,
          s.cachedRenderMs,
          s.sitemapFirstMs ?? s.queryAllMs,
          s.sitemapCachedMs,
        ]),
      ),
      `Ratios 10,000 ÷ 100: page query ${g.ratioQueryPage} ${mark(g.ratioQueryPage <= 1.2)}, ` +
        `first render ${g.ratioFirstRender} ${mark(g.ratioFirstRender <= 1.2)}${g.ratioSitemapFirst == null ? '' : `, sitemap first (reads every release, grows with them) ${g.ratioSitemapFirst}`}. SQLite plan of the list query: ${g.listQueryPlan.join('; ')}.`,
    )
  } else out.push(unavailable('Growth', g))

  const search = results.search
  if (search?.available)
    out.push(
      `**Search** (\`/recherche\`, per request, over ${search.releases} releases; target p99 ≤ 300 ms at 50 connections; the runs at 50 last ${search.secondsAt50 ?? 3} s)`,
      table(
        ['query', 'first ms', 'req/s @10', 'p99 ms @10', 'req/s @50', 'p99 ms @50'],
        search.rows.map((r) => [
          `« ${r.query} »`,
          r.firstMs,
          r.page10?.rps,
          r.page10?.p99,
          r.page50?.rps,
          `${r.page50?.p99} ${mark(r.page50?.p99 <= 300)}`,
        ]),
      ),
    )
  else out.push(unavailable('Search', search))

  const p = results.publish
  if (p && p.available !== false)
    out.push(
      `**Publish to visible** (${p.publishes} publishes through REST as admin, release page polled every 20 ms): ` +
        `p50 ${p.visibleP50Ms} ms, max ${p.visibleMaxMs} ms ${mark(p.visibleMaxMs < 1000 && !p.notVisibleWithin10s)} (target < 1 s); save alone p50 ${p.saveP50Ms} ms; never visible: ${p.notVisibleWithin10s}.`,
    )
  else out.push(unavailable('Publish to visible', p))

  const r = results.rsvp
  if (r?.available)
    out.push(
      `**RSVP burst** (${r.guests} registrations at once, capacity ${r.capacity}, POST ${r.endpoint}): ${r.throughput} registrations/s, ` +
        `p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms; HTTP ${JSON.stringify(r.httpStatuses)}; read back as admin: ${r.confirmed} confirmed, ${r.waiting} waiting, ` +
        `${r.lost} lost, ${r.doubled} doubled ${mark(r.confirmed === r.capacity && r.waiting === r.guests - r.capacity && !r.lost && !r.doubled)}.`,
    )
  else out.push(unavailable('RSVP burst', r))

  const l = results.lighthouse
  if (l?.available)
    out.push(
      '**Lighthouse** 12 (mobile defaults, Debian chromium headless) and the gzip JS each page loads',
      table(
        [
          'page',
          'performance',
          'accessibility',
          'best practices',
          'SEO',
          'LCP ms',
          'TBT ms',
          'CLS',
          'JS chunks',
          'JS KB gzip',
        ],
        l.rows.map((x) => [
          `${x.page} \`${x.path}\``,
          x.performance,
          x.accessibility,
          x.bestPractices,
          x.seo,
          x.lcpMs,
          x.tbtMs,
          x.cls,
          x.scripts,
          x.gzipKb,
        ]),
      ),
    )
  else out.push(unavailable('Lighthouse', l))

  const mem = results.memory
  if (mem)
    out.push(
      `**Memory** (VmRSS of the next start process tree, read right after each section; memory.mjs splits it): ${na(mem.afterWarmUp?.totalMb)} MB after warm-up, ` +
        `${na(mem.atEnd?.totalMb)} MB at the end, ${na(mem.endIdleSeconds)} s after the last request (target ≤ 400 MB; ${na(mem.atLastRequestMb)} MB at the last request).`,
      renderMemory(mem),
    )
  if (results.serverLog?.length)
    out.push(
      `**Server log** (distinct warnings/errors): ${results.serverLog.map((x) => `${x.n} × “${x.line}”`).join('; ')}`,
    )
  return out.join('\n\n')
}

/** Detail pages (one document each); every other measured page but the search is a list. */
const DETAIL_PAGES = new Set(['release', 'event', 'association', 'project'])
const kindOf = (row) => row.kind ?? (row.page === 'search' ? 'search' : DETAIL_PAGES.has(row.page) ? 'detail' : 'list')
const min = (values) => (values.length ? Math.min(...values) : null)
const max = (values) => (values.length ? Math.max(...values) : null)
const numbers = (values) => values.filter((v) => typeof v === 'number' && !Number.isNaN(v))

/**
 * The headline figures of issue 14: each null when its section did not run or failed, with the reason in
 * `reasons` (a missing part never stops the bench).
 */
export function summarise(results) {
  const summary = {}
  const reasons = {}
  const why = (section) => (section && section.available === false ? section.reason : section ? 'no figure' : 'not run')
  const set = (key, value, section) => {
    summary[key] = value ?? null
    if (value === null || value === undefined) reasons[key] = why(section)
  }

  const rows = Array.isArray(results.pages) ? results.pages.filter((r) => r.available) : []
  const pagesSection = Array.isArray(results.pages)
    ? rows.length
      ? {}
      : { available: false, reason: 'no page available' }
    : results.pages
  const ratios = (kind) => numbers(rows.filter((r) => kindOf(r) === kind).flatMap((r) => [r.ratio10, r.ratio50]))
  set('cachedPageRatioMin', min(ratios('detail')), pagesSection)
  set('listPageRatioMin', min(ratios('list')), pagesSection)
  set('p99At50MsMax', max(numbers(rows.filter((r) => kindOf(r) !== 'search').map((r) => r.page50?.p99))), pagesSection)
  const search = rows.find((r) => kindOf(r) === 'search')
  set(
    'searchP99At50Ms',
    search?.page50?.p99 ?? results.search?.p99At50Ms,
    results.search ?? (search ? {} : { available: false, reason: 'no search page measured' }),
  )

  const lh = results.lighthouse?.available ? results.lighthouse.rows : []
  set('jsKbGzipMax', max(numbers(lh.map((r) => r.gzipKb))), results.lighthouse)
  set('lcpMsMax', max(numbers(lh.map((r) => r.lcpMs))), results.lighthouse)
  const scores = {}
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'])
    scores[key] = min(numbers(lh.map((r) => r[key])))
  set('lighthouseMin', lh.length ? scores : null, results.lighthouse)

  const r = results.rsvp
  set('rsvpP99Ms', r?.available ? r.p99Ms : null, r)
  // Speed counts only with the exact outcome: every seat taken once, the rest waiting, nobody lost or doubled.
  set(
    'rsvpExact',
    r?.available ? r.confirmed === r.capacity && r.waiting === r.guests - r.capacity && !r.lost && !r.doubled : null,
    r,
  )
  set(
    'rssEndMb',
    results.memory?.atEnd?.totalMb,
    results.memory?.atEnd ? {} : { available: false, reason: 'the single-server run did not reach its end' },
  )
  set('rssAtLastRequestMb', results.memory?.atLastRequestMb, results.memory ?? {})
  set('publishVisibleMaxMs', results.publish?.visibleMaxMs, results.publish)
  return { summary, reasons }
}

const TARGETS = {
  cachedPageRatioMin: (v) => v >= 0.9,
  listPageRatioMin: (v) => v >= 0.9,
  p99At50MsMax: (v) => v <= 50,
  searchP99At50Ms: (v) => v <= 300,
  jsKbGzipMax: (v) => v <= 110,
  lcpMsMax: (v) => v <= 1500,
  lighthouseMin: (v) => Object.values(v).every((x) => x === 100),
  rsvpP99Ms: (v) => v <= 1000,
  rsvpExact: (v) => v === true,
  rssEndMb: (v) => v <= 400,
  publishVisibleMaxMs: (v) => v < 1000,
}

/** The summary as a table, each figure against its target of issue 14. */
export function renderSummary(results) {
  const rows = Object.entries(results.summary ?? {}).map(([key, value]) => {
    const shown = value && typeof value === 'object' ? JSON.stringify(value) : value
    const ok = value === null || value === undefined || !TARGETS[key] ? '' : mark(TARGETS[key](value))
    return [`\`${key}\``, `${na(shown)} ${ok}`.trim(), results.summaryReasons?.[key] ?? '']
  })
  return table(['summary key', 'value', 'why missing'], rows)
}

/** Per-section memory of the single server (probe figures of its biggest node process). */
export function renderMemory(memory) {
  if (!memory?.phases?.length) return ''
  const line = (label, m) => [
    label,
    m?.totalMb,
    m?.heapUsedBeforeGcMb,
    m?.heapUsedMb,
    m?.heapTotalMb,
    m?.externalMb,
    m?.arrayBuffersMb,
    m?.brkHeapMb,
    m?.anonMb,
    m?.fileMb,
  ]
  return table(
    [
      'after',
      'RSS MB (tree)',
      'V8 heap used MB',
      'after a full GC',
      'V8 heap reserved MB',
      'external MB',
      'array buffers MB',
      'glibc main heap MB',
      'other anonymous MB',
      'files MB',
    ],
    [line('warm-up', memory.afterWarmUp), ...memory.phases.map((p) => line(p.after, p)), line('end', memory.atEnd)],
  )
}
