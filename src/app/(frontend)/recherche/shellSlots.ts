import { createHash } from 'node:crypto'

/**
 * The search page's shell (./gabarit/page.tsx: the site's layout around two placeholders) and what ./shell.ts
 * replaces in it. Placeholders are plain words: HTML escaping leaves them as they are.
 */
export const TITLE_SLOT = 'occeSearchTitleSlot'
export const CONTENT_SLOT = 'occeSearchContentSlot'
export const SHELL_PATH = '/recherche/gabarit'

/** The shell is for this server's own requests (./shell.ts): anyone else gets the French 404. */
export const SHELL_HEADER = 'x-occe-search-shell'
let key: string | undefined
export const shellKey = () =>
  (key ??= createHash('sha256')
    .update(`search-shell:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest('hex'))
