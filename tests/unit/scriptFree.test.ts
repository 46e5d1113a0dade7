/**
 * Public pages without Next's runtime (src/data/scriptFree.mjs), applied by the page cache when it stores a page
 * (src/data/pageCache.mjs). The HTTP proof on the production build is tests/http/jsBudget.test.ts.
 */
import { describe, expect, it } from '@jest/globals'

import PageCache from '../../src/data/pageCache.mjs'
import { isScriptFree, withoutNextRuntime } from '../../src/data/scriptFree.mjs'

// The shapes next 16.4.6 (Turbopack) writes, shortened.
const RUNTIME =
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/398c2d76j7v7d.js"/>' +
  '<script src="/_next/static/chunks/0637v33xsjp-6.js" async=""></script>' +
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>'
const KEPT =
  '<script type="application/ld+json">{"@type":"Event"}</script>' +
  '<script src="/rsvp-form.js" defer=""></script>' +
  '<script>(() => { window.parent.postMessage({ type: "payload-live-preview" }, "*") })()</script>' +
  '<style>.rsvp{}</style><meta name="description" content="x"/>'
const html = (body: string) => `<!DOCTYPE html><html lang="fr"><head>${body}</head><body><h1>Titre</h1></body></html>`

describe('a public page without Next’s runtime', () => {
  it('loses the runtime chunks, their preloads, the flight data and the bootstrap; keeps everything else', () => {
    expect(withoutNextRuntime(html(KEPT + RUNTIME))).toBe(html(KEPT))
    expect(withoutNextRuntime(html(KEPT))).toBe(html(KEPT))
  })

  it('the staff check-in tools keep it (React client components); every other path goes without', () => {
    expect(['/pointage/1', '/entree/abc'].map(isScriptFree)).toEqual([false, false])
    expect(
      ['/', '/evenements/x', '/inscription/1', '/listes/communiques/a/b/1', '/x-inconnue'].every(isScriptFree),
    ).toBe(true)
  })

  it('the page cache stores it without, and changes the value it was given (Next sends the MISS from it)', async () => {
    delete process.env.REDIS_URL
    const cache = new PageCache({ serverDistDir: '/nonexistent/server' })
    const value = { kind: 'APP_PAGE', html: html(KEPT + RUNTIME), status: 200, headers: {} }
    await cache.set('/route-cache/APP_PAGE/aa/$/evenements/x', value, { tags: [] })
    expect(value.html).toBe(html(KEPT))
    const staff = { kind: 'APP_PAGE', html: html(RUNTIME), status: 200, headers: {} }
    await cache.set('/route-cache/APP_PAGE/aa/$/pointage/1', staff, { tags: [] })
    expect(staff.html).toBe(html(RUNTIME))
    // The French 404 is not stored, but its first (and every) render goes without all the same.
    const missing = { kind: 'APP_PAGE', html: html(RUNTIME), status: 404, headers: {} }
    await cache.set('/route-cache/APP_PAGE/aa/$/x-inconnue', missing, { tags: [] })
    expect(missing.html).toBe(html(''))
  })
})
