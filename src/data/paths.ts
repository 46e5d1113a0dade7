/** Public URLs of each kind of content, in one place (pages, sitemap, feeds, previews). */
export const PATHS = {
  'news-releases': (slug: string) => `/communiques/${slug}`,
  events: (slug: string) => `/evenements/${slug}`,
  projects: (slug: string) => `/projets/${slug}`,
  associations: (slug: string) => `/associations/${slug}`,
} as const

export type PreviewCollection = 'news-releases' | 'events' | 'projects'

/** Absolute origin for canonical URLs, feeds and JSON-LD. */
export const siteUrl = () => (process.env.SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/**
 * Payload's admin.preview: opens the draft through /preview, which checks the staff session. Relative, so
 * the preview opens on the origin the admin is served from, whatever SERVER_URL says.
 */
export const previewUrl =
  (collection: PreviewCollection) =>
  (doc: Record<string, unknown>): string | null =>
    typeof doc?.slug === 'string' && doc.slug ? `/preview?collection=${collection}&slug=${encodeURIComponent(doc.slug)}` : null

/** Payload's admin.livePreview: the same draft URL, framed beside the editor. */
export const livePreview = (collection: PreviewCollection) => ({
  url: ({ data }: { data: Record<string, unknown> }) => previewUrl(collection)(data) ?? '/',
})
