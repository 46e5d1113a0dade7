import type { Metadata } from 'next'

import { notFoundMetadata, PageNotFound } from '../not-found'

export const metadata: Metadata = notFoundMetadata

/**
 * No URL is prerendered: an unmatched URL is rendered on request like a slug page (ISR), which is what
 * lets PageNotFound answer 404 with the French page in its HTML (a per-request page cannot).
 */
export function generateStaticParams(): { unknown: string[] }[] {
  return []
}

/** Unmatched public URLs render the French 404 inside the site's layout, not Next's bare English page. */
export default function UnknownPage() {
  return <PageNotFound />
}
