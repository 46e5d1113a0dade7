import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

export type PageMeta = {
  title: string
  description: string
  path: string
  type?: 'website' | 'article'
  image?: Media
  publishedTime?: string
  modifiedTime?: string
}

/** Title, description, canonical and Open Graph for one page; the layout's metadataBase makes URLs absolute. */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  image,
  publishedTime,
  modifiedTime,
}: PageMeta): Metadata {
  const ogImage = image?.sizes?.hero?.url || image?.url
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      siteName: 'OCCE – Office Central de la Coopération à l’École',
      locale: 'fr_FR',
      type,
      ...(type === 'article' ? { publishedTime, modifiedTime } : {}),
      ...(ogImage ? { images: [{ url: ogImage, alt: image?.alt }] } : {}),
    },
  }
}

/** Descriptions stay within what search engines show. */
export const clip = (text: string | null | undefined, fallback: string, max = 180) => {
  const value = (text || fallback).replace(/\s+/g, ' ').trim()
  return value.length > max ? `${value.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : value
}

/** Pages with a slug: none at build time (its database is not production's); each page is rendered on its first
 * request, then cached. */
export const noSlugsAtBuild = (): { slug: string }[] => []

/** The SEO plugin's title without the site name the layout's title template adds again. */
export const seoTitle = (doc: { title: string; meta?: { title?: string | null } | null }) =>
  doc.meta?.title?.replace(/ – OCCE$/, '') || doc.title
