import type { Metadata } from 'next'

import { pageMetadata } from '@/components/metadata'
import { RichText } from '@/components/RichText'
import { COMPLIANCE } from '@/components/SiteFooter'
import { formatLongDate } from '@/lib/dates'
import { getSiteSettings } from '@/data/settings'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Accessibilité',
    description: 'Déclaration d’accessibilité du site de l’OCCE (RGAA) : état de conformité, contact et voies de recours.',
    path: '/accessibilite',
  })
}

export default async function AccessibilityPage() {
  const settings = await getSiteSettings()
  const statement = settings.accessibility
  return (
    <>
      <h1>Déclaration d’accessibilité</h1>
      <p>
        L’OCCE s’engage à rendre son site internet accessible conformément à l’article 47 de la loi n° 2005-102 du 11
        février 2005, selon le référentiel général d’amélioration de l’accessibilité (RGAA).
      </p>
      <section aria-labelledby="etat">
        <h2 id="etat">État de conformité</h2>
        {statement?.status ? (
          <p>
            Le site est <strong>{COMPLIANCE[statement.status]}</strong> avec le RGAA
            {statement.auditDate ? <>, selon l’audit du {formatLongDate(statement.auditDate)}</> : null}.
          </p>
        ) : (
          <p>
            Le site n’a pas encore fait l’objet d’un audit de conformité : il est donc, au sens du RGAA, non conforme. La date
            de l’audit n’est pas encore communiquée.
          </p>
        )}
      </section>
      {statement?.body ? <RichText data={statement.body} /> : null}
      <section aria-labelledby="contact-accessibilite">
        <h2 id="contact-accessibilite">Retour d’information et contact</h2>
        {statement?.contactEmail ? (
          <p>
            Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez à{' '}
            <a href={`mailto:${statement.contactEmail}`}>{statement.contactEmail}</a> pour être orienté vers une alternative
            accessible ou obtenir le contenu sous une autre forme.
          </p>
        ) : (
          <p>L’adresse de contact dédiée à l’accessibilité n’est pas encore communiquée.</p>
        )}
      </section>
      <section aria-labelledby="recours">
        <h2 id="recours">Voies de recours</h2>
        <p>
          Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité, que vous
          nous l’avez signalé et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez écrire au Défenseur des
          droits (<a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a>) ou à l’adresse : Défenseur
          des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
        </p>
      </section>
    </>
  )
}
