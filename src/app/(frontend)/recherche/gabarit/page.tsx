import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/components/metadata'

import { CONTENT_SLOT, SHELL_HEADER, shellKey, TITLE_SLOT } from '../shellSlots'

/**
 * The search page's shell: the site's layout (head, header, footer) exactly as every page has it, around
 * placeholders for the title and the content. /recherche fetches it once per version of the layout's data and
 * composes each answer around it (../route.ts). Reading the request's headers keeps it out of the page cache.
 */
async function forThisServer() {
  if ((await headers()).get(SHELL_HEADER) !== shellKey()) notFound()
}

export async function generateMetadata(): Promise<Metadata> {
  await forThisServer()
  return {
    ...pageMetadata({
      title: TITLE_SLOT,
      description: 'Rechercher dans les communiqués, événements, projets et associations de l’OCCE.',
      path: '/recherche',
    }),
    robots: { index: false, follow: true },
  }
}

export default async function SearchShell() {
  await forThisServer()
  return <>{CONTENT_SLOT}</>
}
