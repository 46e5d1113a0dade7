/** Markdown tables of a results object (the same text goes to the console and to the README). */
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
                `${r.pageGzip10.rps} (${r.staticGzip10.rps})`,
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
      '**Growth** (release list: REST query of one page of 10 and of all releases as the list page reads them; `/communiques` first render after a publish revalidates it; target ratio ≤ 1.2)',
      table(
        ['content', 'page-of-10 query ms', 'all-releases query ms', 'first render ms', 'cached render ms'],
        g.states.map((s) => [
          `${s.releases} releases, ${s.events} events, ${s.associations} associations`,
          s.queryPageMs,
          s.queryAllMs,
          s.firstRenderMs,
          s.cachedRenderMs,
        ]),
      ),
      `Ratios 10,000 ÷ 100: page query ${g.ratioQueryPage} ${mark(g.ratioQueryPage <= 1.2)}, all-releases query ${g.ratioQueryAll} ${mark(g.ratioQueryAll <= 1.2)}, ` +
        `first render ${g.ratioFirstRender} ${mark(g.ratioFirstRender <= 1.2)}. SQLite plan of the list query: ${g.listQueryPlan.join('; ')}.`,
    )
  } else out.push(unavailable('Growth', g))

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
      `**Memory** (VmRSS of the next start process tree): ${na(mem.afterWarmUp?.totalMb)} MB after warm-up, ${na(mem.atEnd?.totalMb)} MB at the end.`,
    )
  if (results.serverLog?.length)
    out.push(
      `**Server log** (distinct warnings/errors): ${results.serverLog.map((x) => `${x.n} × “${x.line}”`).join('; ')}`,
    )
  return out.join('\n\n')
}
