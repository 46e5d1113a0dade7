import type { Metadata } from 'next'

import { pageMetadata, type PageMeta } from '@/components/metadata'

import { notFoundMetadata } from './not-found'

export type SlugParams = { params: Promise<{ slug: string }> }

/** `generateMetadata` of a page showing one document: its metadata, or the 404's when no published document has
 * that slug. */
export const slugMetadata =
  <T>(load: (slug: string) => Promise<T | null | undefined>, describe: (doc: T) => PageMeta) =>
  async ({ params }: SlugParams): Promise<Metadata> => {
    const doc = await load((await params).slug)
    return doc ? pageMetadata(describe(doc)) : notFoundMetadata
  }
