import { DEFAULT_NAVIGATION } from '@/globals/navigation'
import type { SiteSetting } from '@/payload-types'

export function SiteHeader({ settings }: { settings: SiteSetting }) {
  const navigation = settings.navigation?.length ? settings.navigation : DEFAULT_NAVIGATION
  return (
    <header className="site-header">
      <div className="container header-inner">
        <a className="brand" href="/">
          <span className="brand-name">{settings.siteName || 'OCCE'}</span>
          <span className="brand-tagline">{settings.tagline || 'Office Central de la Coopération à l’École'}</span>
        </a>
        <nav aria-label="Navigation principale">
          <ul className="nav-list">
            {navigation.map((item) => (
              <li key={item.url}>
                <a href={item.url}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <form className="header-search" action="/recherche" method="get" role="search">
          <label htmlFor="recherche-entete">Rechercher sur le site</label>
          <input id="recherche-entete" name="q" type="search" maxLength={100} />
          <button type="submit">Rechercher</button>
        </form>
      </div>
    </header>
  )
}
