import { cached } from '@/data/cache'
import { withoutNextRuntime } from '@/data/scriptFree.mjs'

import { CONTENT_SLOT, SHELL_HEADER, SHELL_PATH, shellKey, TITLE_SLOT } from './shellSlots'

/** The shell cut at its placeholders: `parts[i]` comes before `slots[i]`, the last part after the last slot. */
export type Shell = { parts: string[]; slots: ('title' | 'content')[] }

/**
 * Changes whenever the layout's data does (the site settings read by src/data/settings.ts, same tags), and when
 * the data cache's safety net runs out (every minute): the shell is fetched again then, once per process, while
 * searches keep the previous one.
 */
const layoutVersion = cached(
  'search-shell-version',
  ['site-settings', 'associations'],
  async () => `${Date.now()}-${Math.random()}`,
  () => 'build',
)

function cut(html: string): Shell {
  const parts: string[] = []
  const slots: Shell['slots'] = []
  const placeholder = new RegExp(`${TITLE_SLOT}|${CONTENT_SLOT}`, 'g')
  let from = 0
  for (const match of html.matchAll(placeholder)) {
    parts.push(html.slice(from, match.index))
    slots.push(match[0] === TITLE_SLOT ? 'title' : 'content')
    from = match.index + match[0].length
  }
  parts.push(html.slice(from))
  if (slots.filter((slot) => slot === 'content').length !== 1) throw new Error('search shell: no content placeholder')
  return { parts, slots }
}

/** This server itself (`next start` records the address it listens on). */
const ownOrigin = () => process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`

async function fetchShell(cookie?: string): Promise<Shell> {
  const res = await fetch(`${ownOrigin()}${SHELL_PATH}`, {
    headers: { [SHELL_HEADER]: shellKey(), ...(cookie ? { cookie } : {}) },
    cache: 'no-store',
    signal: AbortSignal.timeout(10_000),
  })
  if (!res.ok) throw new Error(`search shell: ${res.status}`)
  // Without Next's runtime, as every public page (src/data/scriptFree.mjs): it would hydrate the shell's own
  // flight data over the results.
  return cut(withoutNextRuntime(await res.text()))
}

let current: { version: string; shell: Shell } | undefined
let next: { version: string; shell: Promise<Shell> } | undefined

/**
 * The shell for this version of the layout's data. While a new version is fetched, requests keep the
 * previous shell (only the first one is waited for): no search waits on a render. In draft mode (staff, with
 * the preview banner) the staff's own, fetched with their cookie on each request.
 */
export async function searchShell(draftCookie?: string): Promise<Shell> {
  if (draftCookie) return fetchShell(draftCookie)
  const version = await layoutVersion()
  if (current?.version === version) return current.shell
  if (next?.version !== version) {
    const fetched = fetchShell()
    next = { version, shell: fetched }
    fetched.then(
      (shell) => {
        if (next?.shell === fetched) [current, next] = [{ version, shell }, undefined]
      },
      () => {
        if (next?.shell === fetched) next = undefined // not kept: the next request tries again
      },
    )
  }
  return current?.shell ?? next.shell
}

/** The page: the shell with its title and content filled in (both already HTML). */
export const compose = ({ parts, slots }: Shell, fill: { title: string; content: string }) =>
  parts.reduce((html, part, i) => html + part + (i < slots.length ? fill[slots[i]] : ''), '')
