import type { Metadata } from 'next'

import { releaseListMetadata, ReleaseListPage } from './ReleaseListPage'

/**
 * The first page, unfiltered: cached like every public page. Filters and other pages keep their query-string
 * addresses (`/communiques?annee=2026&page=2`), which the proxy serves from a cached path of their own
 * (src/data/listUrls.ts, /listes/communiques/…). This page never reads its query string (that would render
 * it on every request): parameters the proxy does not handle (utm_…) get the first page.
 */
export async function generateMetadata(): Promise<Metadata> {
  return releaseListMetadata({ page: 1 })
}

export default function ReleasesPage() {
  return <ReleaseListPage listKey={{ page: 1 }} />
}
