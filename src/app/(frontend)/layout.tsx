import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import React from 'react'

import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { siteUrl } from '@/data/paths'
import { getSiteSettings } from '@/data/settings'

import { siteStyles } from './siteStyles'

/**
 * Pages are served from Next's full-route cache (ISR) and regenerated on demand: the Payload hooks
 * (src/hooks/revalidate.ts) expire the tags of every cached read a page made, and a page is also
 * regenerated in the background after this many seconds (the data cache's safety net, src/data/cache.ts).
 * The build machine's database never gets into a page: while building, the data helpers answer empty
 * values, pages with a slug are only rendered on request (generateStaticParams returns none), and every
 * page cached before this server started is expired at start (src/instrumentation.ts). Draft mode (the
 * staff preview) bypasses the page cache: Next renders those requests on demand and never stores them.
 */
export const revalidate = 60

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: 'OCCE – Office Central de la Coopération à l’École', template: '%s – OCCE' },
    description:
      'L’Office Central de la Coopération à l’École fédère les coopératives scolaires : projets coopératifs, communiqués, événements et associations départementales.',
    alternates: { types: { 'application/rss+xml': [{ url: '/communiques/rss.xml', title: 'Communiqués de l’OCCE' }] } },
  }
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const [settings, draft] = await Promise.all([getSiteSettings(), draftMode()])
  return (
    <html lang="fr">
      <head>
        {/* Inline, not linked: nothing stands between the HTML and the first paint (see siteStyles.ts). */}
        <style dangerouslySetInnerHTML={{ __html: siteStyles }} />
      </head>
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        {draft.isEnabled ? (
          <div className="preview-banner" role="status">
            Aperçu des brouillons (réservé à l’équipe). <a href="/preview/quitter">Quitter l’aperçu</a>
            <LivePreviewRefresh />
          </div>
        ) : null}
        <SiteHeader settings={settings} />
        <main id="contenu" tabIndex={-1}>
          <div className="container">{children}</div>
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
