import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { search, SEARCH_TYPES, type SearchType } from '@/data/search'
import { escapeHtml } from '@/components/escapeHtml'

import { MAX_QUERY_LENGTH, searchContent, searchTitle, type SearchView } from './searchMarkup'
import { compose, searchShell } from './shell'

/**
 * /recherche answers each query as it comes (never cached as a page), without rendering React per request.
 * As an App Router page it cost 13–22 ms of server CPU per search with 10,000 releases (an empty dynamic App
 * Router page alone ≈ 10 ms on this machine: Next's render and its flight data), so 50 connections queued for
 * seconds. Here the site's layout is rendered by Next once per version of its data (./gabarit, fetched by
 * ./shell.ts) and each answer is that shell around the escaped results (./searchMarkup.ts) from the in-memory
 * index (src/data/search.ts): ≈ 2 ms. Same markup as the page had, and no JavaScript (none is needed: plain
 * links and GET forms). Security headers come from next.config.mjs as for every path.
 */

const NO_STORE = 'private, no-cache, no-store, max-age=0, must-revalidate'

function read(params: URLSearchParams): { view: SearchView; status: number } {
  const raw = (params.get('q') ?? '').trim()
  const query = raw.slice(0, MAX_QUERY_LENGTH)
  const typeParam = params.get('type') ?? ''
  const type = Object.hasOwn(SEARCH_TYPES, typeParam) ? (typeParam as SearchType) : undefined
  if (raw.length > MAX_QUERY_LENGTH)
    return {
      view: {
        kind: 'refused',
        query,
        type,
        message: `La recherche est limitée à ${MAX_QUERY_LENGTH} caractères : raccourcissez-la.`,
      },
      status: 400,
    }
  if (typeParam && !type)
    return {
      view: { kind: 'refused', query, message: 'Ce type de contenu n’existe pas : choisissez-en un dans la liste.' },
      status: 400,
    }
  return { view: { kind: 'form', query, type }, status: 200 }
}

export async function GET(request: NextRequest) {
  const { view, status } = read(request.nextUrl.searchParams)
  const draft = (await draftMode()).isEnabled
  const [shell, shown] = await Promise.all([
    searchShell(draft ? (request.headers.get('cookie') ?? undefined) : undefined),
    view.kind === 'form' && view.query
      ? search(view.query, view.type).then((result): SearchView => ({ ...view, kind: 'results', result }))
      : view,
  ])
  const html = compose(shell, { title: escapeHtml(searchTitle(view.query)), content: searchContent(shown) })
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE },
  })
}
