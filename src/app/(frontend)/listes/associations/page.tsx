import type { Metadata } from 'next'

import { Directory, directoryMetadata, FINDER_MAX_LENGTH } from '../../associations/Directory'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * `/associations?q=…`, rewritten here (src/data/listRewrites.mjs): the finder answers free text, so it is rendered
 * per request (it reads its query string) from the cached directory, and adds nothing to the page cache. Not
 * `force-dynamic`: that would bypass the data cache too and read the directory from the database each time.
 */

const queryOf = async (searchParams: SearchParams) => {
  const { q } = await searchParams
  return (Array.isArray(q) ? q[0] : q)?.trim().slice(0, FINDER_MAX_LENGTH) ?? ''
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return directoryMetadata(await queryOf(searchParams))
}

export default async function AssociationFinderPage({ searchParams }: { searchParams: SearchParams }) {
  return <Directory query={await queryOf(searchParams)} />
}
