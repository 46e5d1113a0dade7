import type { Metadata } from 'next'

import { releaseListFromSegments } from '@/data/listUrls'

import { releaseListMetadata, ReleaseListPage } from '../../../../../communiques/ReleaseListPage'

type Params = Promise<{ association: string; annee: string; page: string }>

/**
 * `/communiques?association=…&annee=…&page=…`, rewritten here by the proxy (src/proxy.ts): the filters are
 * path segments, so each combination is rendered once and then served from the page cache, refreshed by
 * the same tags as every page that shows releases. None is prerendered (the build's database is not
 * production's).
 */
export function generateStaticParams(): { association: string; annee: string; page: string }[] {
  return []
}

const keyOf = async (params: Params) => {
  const { association, annee, page } = await params
  return releaseListFromSegments(association, annee, page)
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return releaseListMetadata(await keyOf(params))
}

export default async function FilteredReleasesPage({ params }: { params: Params }) {
  return <ReleaseListPage listKey={await keyOf(params)} />
}
