/**
 * Lighthouse (its default mobile settings: emulated phone, simulated slow 4G and CPU) in Debian's
 * chromium, headless, no browser download; plus the gzip bytes of the script chunks each page loads.
 */
import { gzipSync } from 'node:zlib'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { round } from './lib.mjs'

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'
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

/** Sum of the page's <script src> chunks, each gzipped at the default level. */
export async function scriptBytes(baseUrl, html) {
  const srcs = [
    ...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'))),
  ]
  let raw = 0
  let gzip = 0
  for (const src of srcs) {
    const res = await fetch(new URL(src, baseUrl))
    const body = Buffer.from(await res.arrayBuffer())
    raw += body.length
    gzip += gzipSync(body).length
  }
  return { scripts: srcs.length, rawKb: round(raw / 1024, 1), gzipKb: round(gzip / 1024, 1) }
}

export async function measureLighthouse(baseUrl, pages, { log }) {
  const fs = await import('node:fs')
  if (!fs.existsSync(CHROMIUM))
    return { available: false, reason: `${CHROMIUM} not installed (apt-get install chromium)` }
  const rows = []
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'error' })
  try {
    for (const page of pages) {
      if (!page.available || page.key === 'releases') continue
      const url = baseUrl + page.path
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const { categories, audits } = result.lhr
      const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100))
      const row = {
        page: page.key,
        path: page.path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: round(audits['largest-contentful-paint']?.numericValue, 0),
        tbtMs: round(audits['total-blocking-time']?.numericValue, 0),
        cls: round(audits['cumulative-layout-shift']?.numericValue, 3),
        failedAudits: Object.values(audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id),
        ...(await scriptBytes(baseUrl, page.html)),
      }
      log(
        `lighthouse: ${page.key} perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} seo ${row.seo}, LCP ${row.lcpMs} ms, JS ${row.gzipKb} KB gzip`,
      )
      rows.push(row)
    }
  } finally {
    await chrome.kill()
  }
  return { available: true, rows }
}
