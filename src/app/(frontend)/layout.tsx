import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import React from 'react'

import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { siteUrl } from '@/data/paths'
import { getSiteSettings } from '@/data/settings'

import './styles.css'

/**
 * Rendered per request from cached data (see src/data): a page prerendered at build time would carry the
 * build machine's database into production, and Next's full-route cache outlives a database swap.
 */
export const dynamic = 'force-dynamic'

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
