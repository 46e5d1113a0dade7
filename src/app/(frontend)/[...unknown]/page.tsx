import { notFound } from 'next/navigation'

/** Unmatched public URLs render the French 404 inside the site's layout, not Next's bare English page. */
export default function UnknownPage() {
  notFound()
}
