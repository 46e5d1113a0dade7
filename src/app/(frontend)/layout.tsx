import type { Metadata } from 'next'
import React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'OCCE – Office Central de la Coopération à l’École', template: '%s – OCCE' },
  description:
    'L’Office Central de la Coopération à l’École fédère les coopératives scolaires : projets coopératifs, communiqués, événements et associations départementales.',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <main id="contenu">{children}</main>
      </body>
    </html>
  )
}
