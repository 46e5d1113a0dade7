import type { Metadata } from 'next'

import { pageMetadata } from '@/components/metadata'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Plan du site',
    description: 'Toutes les rubriques du site de l’OCCE.',
    path: '/plan-du-site',
  })
}

export default function SitemapPage() {
  return (
    <>
      <h1>Plan du site</h1>
      <ul>
        <li>
          <a href="/">Accueil</a>
        </li>
        <li>
          <a href="/communiques">Communiqués de presse</a>
        </li>
        <li>
          <a href="/evenements">Événements</a>
        </li>
        <li>
          <a href="/associations">Associations près de chez vous</a>
        </li>
        <li>
          <a href="/projets">Projets coopératifs</a>
        </li>
        <li>
          <a href="/recherche">Recherche</a>
        </li>
        <li>
          <a href="/mentions-legales">Mentions légales</a>
        </li>
        <li>
          <a href="/accessibilite">Accessibilité</a>
        </li>
      </ul>
    </>
  )
}
