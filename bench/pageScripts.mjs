/**
 * The JavaScript a page makes the browser download: every `<script src>` of its HTML, each gzipped at the
 * default level (what the server sends with `Accept-Encoding: gzip`). Shared by the bench (bench/lighthouse.mjs)
 * and the budget test (tests/http/jsBudget.test.ts), so both count the same bytes.
 *
 * `nomodule` scripts are listed apart and not counted: Next's legacy polyfills (≈ 39 KB gzip) are only for
 * browsers without ES modules; every browser Next supports (Chrome/Edge/Firefox 111+, Safari 16.4+) skips them
 * without downloading them. The first figures (172–179 KB) counted them.
 */
import { gzipSync } from 'node:zlib'

/** The page's script tags with a `src`, in document order, without duplicates. */
export function scriptTags(html) {
  const seen = new Set()
  const tags = []
  for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/g)) {
    const src = attrs.match(/\ssrc="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&')
    if (!src || seen.has(src)) continue
    seen.add(src)
    tags.push({ src, nomodule: /\snomodule\b/i.test(attrs) })
  }
  return tags
}

const cache = new Map()

/** Downloads each script once per process (chunk names are content hashes). */
async function script(url) {
  if (!cache.has(url))
    cache.set(
      url,
      (async () => {
        const res = await fetch(url)
        if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
        const body = Buffer.from(await res.arrayBuffer())
        return { rawBytes: body.length, gzipBytes: gzipSync(body).length, text: body.toString('utf8') }
      })(),
    )
  return cache.get(url)
}

/**
 * `{ scripts: [{ src, nomodule, rawBytes, gzipBytes, text }], gzipBytes, rawBytes, nomoduleGzipBytes }`:
 * totals over the scripts a module-capable browser loads.
 */
export async function pageScripts(baseUrl, html) {
  const scripts = []
  for (const tag of scriptTags(html)) scripts.push({ ...tag, ...(await script(new URL(tag.src, baseUrl).href)) })
  const sum = (list, key) => list.reduce((total, s) => total + s[key], 0)
  const loaded = scripts.filter((s) => !s.nomodule)
  return {
    scripts,
    gzipBytes: sum(loaded, 'gzipBytes'),
    rawBytes: sum(loaded, 'rawBytes'),
    nomoduleGzipBytes: sum(
      scripts.filter((s) => s.nomodule),
      'gzipBytes',
    ),
  }
}

/** The public RSVP form is on the page (event page or /inscription/<id>): its budget is the higher one. */
export const hasRsvpForm = (html) => html.includes('action="/api/rsvp/register"')
