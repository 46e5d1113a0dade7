import { Feed } from 'feed'

import { populated } from '@/data/payload'
import { PATHS, siteUrl } from '@/data/paths'
import { getLatestReleases } from '@/data/releases'
import type { Association } from '@/payload-types'

export const dynamic = 'force-dynamic'

export async function GET() {
  const base = siteUrl()
  const releases = await getLatestReleases(50)
  const feed = new Feed({
    title: 'Communiqués de presse de l’OCCE',
    description: 'Les communiqués de la fédération nationale de l’OCCE et de ses associations départementales.',
    id: `${base}/communiques`,
    link: `${base}/communiques`,
    language: 'fr',
    copyright: 'OCCE – Office Central de la Coopération à l’École',
    updated: releases[0] ? new Date(releases[0].updatedAt) : undefined,
    feedLinks: { rss: `${base}/communiques/rss.xml` },
    generator: false,
  })
  for (const release of releases) {
    const url = `${base}${PATHS['news-releases'](release.slug)}`
    const association = populated<Association>(release.association)
    feed.addItem({
      title: release.title,
      id: url,
      guid: url,
      link: url,
      date: new Date(release.dateline?.date ?? release.updatedAt),
      description: release.summary ?? undefined,
      author: association ? [{ name: association.name, email: association.email ?? undefined }] : undefined,
      category: association ? [{ name: association.name }] : undefined,
    })
  }
  return new Response(feed.rss2(), {
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  })
}
