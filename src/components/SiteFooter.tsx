import type { Association, SiteSetting } from '@/payload-types'
import { populated } from '@/data/payload'

export const COMPLIANCE = {
  full: 'totalement conforme',
  partial: 'partiellement conforme',
  none: 'non conforme',
} as const

export function SiteFooter({ settings }: { settings: SiteSetting }) {
  const federation = populated<Association>(settings.federation)
  const address = federation?.address
  const compliance = COMPLIANCE[settings.accessibility?.status ?? 'none']
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        {federation ? (
          <section aria-labelledby="pied-federation">
            <h2 id="pied-federation">{federation.fullName || federation.name}</h2>
            {federation.legal?.publicUtility ? <p>Association reconnue d’utilité publique</p> : null}
            <address>
              {address?.street ? <>{address.street}, </> : null}
              {[address?.postalCode, address?.city].filter(Boolean).join(' ')}
              {federation.phone ? (
                <>
                  <br />
                  Tél. : <a href={`tel:${federation.phone.replace(/\s+/g, '')}`}>{federation.phone}</a>
                </>
              ) : null}
              {federation.email ? (
                <>
                  <br />
                  Contact : <a href={`mailto:${federation.email}`}>{federation.email}</a>
                </>
              ) : null}
              {federation.website ? (
                <>
                  <br />
                  Site internet : <a href={federation.website}>{federation.website.replace(/^https?:\/\//, '')}</a>
                </>
              ) : null}
            </address>
            {federation.legal?.siret || federation.legal?.nace ? (
              <p>
                {federation.legal?.siret ? <>SIRET {federation.legal.siret}</> : null}
                {federation.legal?.siret && federation.legal?.nace ? ' – ' : null}
                {federation.legal?.nace ? <>N.A.C.E. {federation.legal.nace}</> : null}
              </p>
            ) : null}
          </section>
        ) : (
          <p>{settings.siteName || 'OCCE'} – Office Central de la Coopération à l’École</p>
        )}
        <nav aria-label="Informations du site">
          <ul className="footer-links">
            <li>
              <a href="/mentions-legales">Mentions légales</a>
            </li>
            <li>
              <a href="/accessibilite">Accessibilité : {compliance}</a>
            </li>
            <li>
              <a href="/communiques/rss.xml">Flux RSS des communiqués</a>
            </li>
            <li>
              <a href="/plan-du-site">Plan du site</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
