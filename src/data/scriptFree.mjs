/**
 * Public pages are sent WITHOUT Next's App Router runtime (issue 14: ≤ 110 KB of JavaScript a page; the runtime
 * alone is 131.7 KB gzip). None of them has a client component: their links are plain <a> (full loads from the
 * page cache) and the RSVP form is a plain HTML form enhanced by a static script (public/rsvp-form.js), so
 * the runtime only hydrated markup that never changes. Next 16 has no App Router option for this (the Pages
 * Router's `unstable_runtimeJS: false` has no equivalent), so the page cache removes it from the HTML it stores
 * (src/data/pageCache.mjs): a HIT, a STALE and a MISS (Next sends the first render from the value it stores)
 * are the same bytes, directly and through nginx.
 *
 * Removed: the `/_next/…` script tags and their preloads, the inline flight data (`self.__next_f`) and the
 * Turbopack bootstrap. Kept: everything else — JSON-LD, other scripts, styles, meta. RSC requests (`RSC: 1`)
 * read the entry's flight data, which is left as it is.
 *
 * Pages that KEEP the runtime, because they are React client components: listed here, nowhere else.
 */
export const KEEPS_NEXT_RUNTIME = [
  '/pointage/', // staff check-in at the door (src/components/Checkin)
  '/entree/', // a guest's entry code, scanned by staff (src/components/Checkin)
]

/** Whether the page at this public path is sent without Next's runtime. */
export const isScriptFree = (path) => !KEEPS_NEXT_RUNTIME.some((prefix) => path.startsWith(prefix))

const RUNTIME_PARTS = [
  // Runtime chunks, modules and the legacy `nomodule` polyfills alike.
  /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*><\/script>/g,
  // Their preloads.
  /<link\b[^>]*\bas="script"[^>]*>/g,
  // The flight data (React's payload to hydrate the page), escaped by Next so it never holds `</script`.
  /<script\b[^>]*>\(?self\.__next_f\b[\s\S]*?<\/script>/g,
  // Turbopack's chunk bootstrap.
  /<script\b[^>]*>\(globalThis\["TURBOPACK"\][\s\S]*?<\/script>/g,
]

/** The page's HTML without Next's runtime (idempotent). */
export function withoutNextRuntime(html) {
  return RUNTIME_PARTS.reduce((text, part) => text.replace(part, ''), html)
}
