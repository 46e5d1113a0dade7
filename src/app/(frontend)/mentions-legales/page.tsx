import type { Metadata } from 'next'

import { pageMetadata } from '@/components/metadata'
import { RichText } from '@/components/RichText'
import { populated } from '@/data/payload'
import { getSiteSettings } from '@/data/settings'
import type { Association } from '@/payload-types'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Mentions légales',
    description: 'Éditeur, directeur de la publication et hébergeur du site de l’OCCE.',
    path: '/mentions-legales',
  })
}

const MISSING = 'Information non encore communiquée.'

export default async function LegalNoticePage() {
  const settings = await getSiteSettings()
  const federation = populated<Association>(settings.federation)
  const legal = settings.legalNotice
  const address = federation?.address
  return (
    <>
      <h1>Mentions légales</h1>
      <section aria-labelledby="editeur">
        <h2 id="editeur">Éditeur du site</h2>
        {federation ? (
          <>
            <p>
              {federation.fullName || federation.name}
              {federation.legal?.legalForm ? <>, {federation.legal.legalForm}</> : null}
              {federation.legal?.publicUtility ? <>, reconnue d’utilité publique</> : null}
            </p>
            <address>
              {[address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ') || MISSING}
            </address>
            <ul>
              <li>Téléphone : {federation.phone || MISSING}</li>
              <li>
                Courriel : {federation.email ? <a href={`mailto:${federation.email}`}>{federation.email}</a> : MISSING}
              </li>
              <li>SIRET : {federation.legal?.siret || MISSING}</li>
              <li>Code N.A.C.E. : {federation.legal?.nace || MISSING}</li>
            </ul>
          </>
        ) : (
          <p>{MISSING}</p>
        )}
      </section>
      <section aria-labelledby="directeur">
        <h2 id="directeur">Directeur ou directrice de la publication</h2>
        <p>{legal?.publicationDirector || MISSING}</p>
      </section>
      <section aria-labelledby="hebergeur">
        <h2 id="hebergeur">Hébergeur</h2>
        <p className="pre-line">{legal?.host || MISSING}</p>
      </section>
      {legal?.extra ? (
        <section aria-labelledby="complements">
          <h2 id="complements">Compléments</h2>
          <RichText data={legal.extra} />
        </section>
      ) : null}
    </>
  )
}
