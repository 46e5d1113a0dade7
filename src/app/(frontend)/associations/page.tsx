import type { Metadata } from 'next'

import { Directory, directoryMetadata } from './Directory'

/**
 * The directory, cached like every public page. The finder's answers (`/associations?q=79`) are free text:
 * the proxy sends them to a per-request page (src/app/(frontend)/listes/associations), as the search page is,
 * so that no query adds a cache entry; this page never reads its query string.
 */
export function generateMetadata(): Metadata {
  return directoryMetadata('')
}

export default function AssociationsPage() {
  return <Directory query="" />
}
