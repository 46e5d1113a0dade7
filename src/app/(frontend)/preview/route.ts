import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadClient } from '@/data/payload'
import { PATHS, type PreviewCollection } from '@/data/paths'
import type { User } from '@/payload-types'

export const dynamic = 'force-dynamic'

const PREVIEWABLE: PreviewCollection[] = ['news-releases', 'events', 'projects']

/**
 * Opens draft mode for a logged-in staff member only, then goes to the page. The target is rebuilt from
 * the collection and slug, never taken from the query string, so this cannot redirect elsewhere.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const collection = params.get('collection') as PreviewCollection
  const slug = params.get('slug') ?? ''
  if (!PREVIEWABLE.includes(collection) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    return new Response('Aperçu impossible : adresse invalide.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !(user as User).role) {
    return new Response('Aperçu réservé à l’équipe : connectez-vous à l’administration.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  ;(await draftMode()).enable()
  redirect(PATHS[collection](slug))
}
