/**
 * Expires, when the server starts, every page Next cached before: the build's prerendered shells and the
 * pages a previous server wrote into the build folder (Next keeps its page cache there, across restarts,
 * database swaps and restores). Each of them is then rendered again, blocking, on its first request.
 *
 * Next has no public call for this outside a request (revalidateTag needs one), so this marks the
 * implicit tag every App Router page carries (`_N_T_/layout`, the root layout) as expired now in Next's
 * process-wide tag manifest: exactly what `revalidatePath('/', 'layout')` records, without a request.
 * Checked by tests/http/site.test.ts (a page answers the server's own database on its first request).
 */
export async function expirePagesCachedBeforeStart(): Promise<void> {
  const { tagsManifest } = await import('next/dist/server/lib/incremental-cache/tags-manifest.external.js')
  const now = performance.timeOrigin + performance.now()
  for (const tag of ['_N_T_/layout']) tagsManifest.set(tag, { stale: now, expired: now })
}
