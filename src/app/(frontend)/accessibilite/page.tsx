import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { pageMetadata } from '@/components/metadata'
import { RichText } from '@/components/RichText'
import { COMPLIANCE } from '@/components/SiteFooter'
import { populated } from '@/data/payload'
import { siteUrl } from '@/data/paths'
import { getSiteSettings } from '@/data/settings'
import { formatLongDate } from '@/dates/format'
import type { Association } from '@/payload-types'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Accessibilité',
    description:
      'Déclaration d’accessibilité du site de l’OCCE (RGAA) : état de conformité, contenus non accessibles, contact et voies de recours.',
    path: '/accessibilite',
  })
}

/** Staff write one item per line; the page shows them as a list. */
const lines = (text: string | null | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

function ListOr({ items, empty }: { items: ReactNode[]; empty: string }) {
  return items.length ? (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  ) : (
    <p>{empty}</p>
  )
}

/** Rich text from the settings, or the model's sentence for an empty section. */
const textOr = (data: unknown, empty: string) =>
  data && typeof data === 'object' && JSON.stringify(data).includes('"text":"') ? (
    <RichText data={data} />
  ) : (
    <p>{empty}</p>
  )

/**
 * The statement follows the official RGAA model: its headings, the commitment and the recourse section
 * are fixed here; the facts (state, audit, contents, how it was established) come from the site settings.
 */
export default async function AccessibilityPage() {
  const settings = await getSiteSettings()
  const statement = settings.accessibility ?? {}
  const federation = populated<Association>(settings.federation)
  const status = statement.status ?? 'none'
  const version = statement.rgaaVersion || '4.1'
  const audited = Boolean(statement.auditDate)
  const contactEmail = statement.contactEmail || federation?.email
  const address = federation?.address
  const postal = [
    federation?.fullName || federation?.name,
    address?.street,
    [address?.postalCode, address?.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ')

  return (
    <>
      <h1>Déclaration d’accessibilité</h1>
      <p>
        L’Office Central de la Coopération à l’École (OCCE) s’engage à rendre son site internet accessible conformément
        à l’article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <RichText data={statement.body} />
      <p>
        Cette déclaration d’accessibilité s’applique au site <a href="/">{siteUrl().replace(/^https?:\/\//, '')}</a>.
      </p>

      <section aria-labelledby="etat">
        <h2 id="etat">État de conformité</h2>
        <p>
          Le site de l’OCCE est <strong>{COMPLIANCE[status]}</strong> avec le référentiel général d’amélioration de
          l’accessibilité (RGAA), version {version}
          {status === 'full' ? '' : ', en raison des non-conformités et des dérogations énumérées ci-dessous'}.
        </p>
        {audited ? (
          <p>
            Cet état repose sur l’audit de conformité du {formatLongDate(statement.auditDate as string)}
            {statement.auditor ? <>, réalisé par {statement.auditor}</> : null}.
          </p>
        ) : (
          <p>
            Cet état ne repose sur aucun audit : le site n’a pas encore fait l’objet d’un audit de conformité au RGAA.
            Tant qu’aucun audit en cours de validité ne mesure le respect des critères, le site est déclaré non
            conforme, quelles que soient les vérifications décrites plus bas.
          </p>
        )}
        <h3>Résultats des tests</h3>
        {audited && typeof statement.complianceRate === 'number' ? (
          <p>
            L’audit de conformité révèle que {statement.complianceRate} % des critères du RGAA version {version} sont
            respectés.
          </p>
        ) : (
          <p>Aucun taux de conformité n’est publié, faute d’audit de conformité.</p>
        )}
      </section>

      <section aria-labelledby="contenus-non-accessibles">
        <h2 id="contenus-non-accessibles">Contenus non accessibles</h2>
        <h3>Non-conformités</h3>
        {textOr(
          statement.nonCompliant,
          audited
            ? 'L’audit n’a relevé aucune non-conformité.'
            : 'La liste des non-conformités sera publiée à l’issue de l’audit de conformité.',
        )}
        <h3>Dérogations pour charge disproportionnée</h3>
        {textOr(statement.derogations, 'Aucune dérogation pour charge disproportionnée n’est invoquée.')}
        <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
        {textOr(statement.exempt, 'Aucun contenu n’est déclaré exempté de l’obligation d’accessibilité.')}
      </section>

      <section aria-labelledby="etablissement">
        <h2 id="etablissement">Établissement de cette déclaration d’accessibilité</h2>
        <p>
          {statement.statementDate
            ? `Cette déclaration a été établie le ${formatLongDate(statement.statementDate)}.`
            : 'La date d’établissement de cette déclaration n’est pas encore renseignée.'}
        </p>
        <h3>Technologies utilisées pour la réalisation du site</h3>
        <ListOr items={lines(statement.technologies)} empty="Non renseignées." />
        <h3>Environnement de test</h3>
        <ListOr items={lines(statement.testEnvironment)} empty="Non renseigné." />
        <h3>Outils pour évaluer l’accessibilité</h3>
        <ListOr items={lines(statement.tools)} empty="Non renseignés." />
        <h3>Pages du site ayant fait l’objet de la vérification de conformité</h3>
        <ListOr
          items={(statement.pages ?? []).map((page) => (
            <a key={page.id ?? page.url} href={page.url}>
              {page.title}
            </a>
          ))}
          empty="Aucune page n’a encore été vérifiée."
        />
      </section>

      <section aria-labelledby="contact-accessibilite">
        <h2 id="contact-accessibilite">Retour d’information et contact</h2>
        <p>
          Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site
          pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.
        </p>
        <ul>
          {contactEmail ? (
            <li>
              Par courriel : <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
            </li>
          ) : null}
          {postal ? <li>Par courrier : {postal}</li> : null}
          {federation?.phone ? (
            <li>
              Par téléphone : <a href={`tel:${federation.phone.replace(/\s+/g, '')}`}>{federation.phone}</a>
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="recours">
        <h2 id="recours">Voies de recours</h2>
        <p>
          Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site un défaut
          d’accessibilité qui vous empêche d’accéder à un contenu ou à un des services du site et vous n’avez pas obtenu
          de réponse satisfaisante.
        </p>
        <p>Vous pouvez :</p>
        <ul>
          <li>
            écrire un message au Défenseur des droits, avec le{' '}
            <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne du Défenseur des droits</a> ;
          </li>
          <li>
            contacter{' '}
            <a href="https://www.defenseurdesdroits.fr/saisir/delegues">
              le délégué du Défenseur des droits dans votre région
            </a>{' '}
            ;
          </li>
          <li>
            envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse
            71120, 75342 Paris CEDEX 07.
          </li>
        </ul>
      </section>
    </>
  )
}
