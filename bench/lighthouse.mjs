/**
 * Lighthouse (its default mobile settings: emulated phone, simulated slow 4G and 4× CPU) in Debian's chromium,
 * headless, no browser download; plus the gzip bytes of the scripts each page loads (bench/pageScripts.mjs).
 *
 * The scores are noisy on a shared machine (the simulation starts from the observed trace): each row carries
 * the load average when it was measured. BENCH_LIGHTHOUSE_RUNS=n runs each page n times and keeps the median
 * run by performance score and the median LCP (1 run by default, to stay within the bench's time budget).
 */
import os from 'node:os'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { median, round } from './lib.mjs'
import { hasRsvpForm, pageScripts } from './pageScripts.mjs'

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS || 1))
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
]
/** Issue 14's budgets (KB gzip): every public page, and the page holding the RSVP form. */
export const JS_BUDGET_KB = { page: 110, rsvpForm: 130 }

/** Script bytes of one page, in KB (what the summary's `jsKbGzipMax` is made of). */
export async function scriptBytes(baseUrl, html) {
  const s = await pageScripts(baseUrl, html)
  const rsvpForm = hasRsvpForm(html)
  return {
    scripts: s.scripts.filter((x) => !x.nomodule).length,
    rawKb: round(s.rawBytes / 1024, 1),
    gzipKb: round(s.gzipBytes / 1024, 1),
    nomoduleGzipKb: round(s.nomoduleGzipBytes / 1024, 1),
    rsvpForm,
    jsBudgetKb: rsvpForm ? JS_BUDGET_KB.rsvpForm : JS_BUDGET_KB.page,
  }
}

/** What the LCP element is and where its time goes (TTFB, resource load delay/time, render delay). */
function lcpDetails(audits) {
  const items = audits['largest-contentful-paint-element']?.details?.items ?? []
  const element = items[0]?.items?.[0]?.node?.snippet ?? null
  const phases = {}
  for (const p of items[1]?.items ?? []) phases[p.phase] = round(p.timing, 0)
  return { lcpElement: element, lcpPhases: phases }
}

async function runOnce(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  const { categories, audits, runtimeError } = result.lhr
  // A run Lighthouse could not finish has no scores: say why.
  if (runtimeError) return { error: runtimeError.code, loadAverage: os.loadavg().map((n) => round(n, 2)) }
  const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100))
  const scriptTransfer = (audits['network-requests']?.details?.items ?? [])
    .filter((r) => r.resourceType === 'Script')
    .reduce((total, r) => total + (r.transferSize ?? 0), 0)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: round(audits['first-contentful-paint']?.numericValue, 0),
    lcpMs: round(audits['largest-contentful-paint']?.numericValue, 0),
    tbtMs: round(audits['total-blocking-time']?.numericValue, 0),
    cls: round(audits['cumulative-layout-shift']?.numericValue, 3),
    ...lcpDetails(audits),
    // What Chrome downloaded as scripts (bytes on the wire): a cross-check of the HTML count.
    scriptTransferKb: round(scriptTransfer / 1024, 1),
    // Audits that cost points: binary ones failed, and metrics scored under 1.
    failedAudits: Object.values(audits)
      .filter(
        (a) =>
          a.score !== null &&
          ((a.scoreDisplayMode === 'binary' && a.score < 1) || (a.scoreDisplayMode === 'numeric' && a.score < 0.99)),
      )
      .map((a) => a.id),
    loadAverage: os.loadavg().map((n) => round(n, 2)),
    // Seen once under load: no score for performance, its LCP audit in error.
    ...(categories.performance?.score == null
      ? { error: audits['largest-contentful-paint']?.errorMessage ?? 'no performance score' }
      : {}),
  }
}

export async function measureLighthouse(baseUrl, pages, { log }) {
  const fs = await import('node:fs')
  if (!fs.existsSync(CHROMIUM))
    return { available: false, reason: `${CHROMIUM} not installed (apt-get install chromium)` }
  const rows = []
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'error' })
  try {
    for (const page of pages) {
      if (!page.available || page.key === 'releases' || page.lighthouse === false) continue
      const runs = []
      for (let i = 0; i < RUNS; i++) {
        let run = await runOnce(baseUrl + page.path, chrome.port)
        if (run.error) run = await runOnce(baseUrl + page.path, chrome.port) // once more
        runs.push(run)
      }
      const middle = median(runs.map((r) => r.performance))
      const kept = runs.find((r) => r.performance === middle) ?? runs[0]
      const row = {
        page: page.key,
        path: page.path,
        ...kept,
        // Several runs: the scores of the median run by performance, the median LCP of all runs.
        ...(RUNS > 1
          ? {
              lcpMs: median(runs.map((r) => r.lcpMs).filter((v) => v != null)),
              runs: runs.map((r) => ({ performance: r.performance, lcpMs: r.lcpMs, tbtMs: r.tbtMs })),
            }
          : {}),
        ...(await scriptBytes(baseUrl, page.html)),
      }
      log(
        `lighthouse: ${page.key} perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} seo ${row.seo}, ` +
          `LCP ${row.lcpMs} ms (${row.lcpElement?.slice(0, 40)}), TBT ${row.tbtMs} ms, JS ${row.gzipKb} KB gzip ` +
          `(budget ${row.jsBudgetKb}), load ${row.loadAverage.join(' ')}`,
      )
      rows.push(row)
    }
  } finally {
    await chrome.kill()
  }
  return { available: true, rows }
}
