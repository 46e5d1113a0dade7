import { describe, expect, it } from '@jest/globals'

import { get } from './client'

/** The HTML a reader without JavaScript (or a crawler, or a screen reader before hydration) gets. */
const withoutScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '')

describe('French 404 in the server HTML', () => {
  it.each(['/communiques/inconnu', '/evenements/inconnu', '/associations/inconnu', '/projets/inconnu', '/nulle/part'])(
    '%s answers 404 with the site layout and the French page, not Next’s error document',
    async (path) => {
      // Twice: the first render, then the copy the page cache serves.
      for (let i = 0; i < 2; i++) {
        const res = await get(path)
        const html = await res.text()
        const markup = withoutScripts(html)
        expect({ path, status: res.status }).toEqual({ path, status: 404 })
        expect(html).toMatch(/<html lang="fr"/)
        expect(html).not.toContain('__next_error__')
        expect(markup).toContain('<h1>Page introuvable</h1>')
        expect(markup).toMatch(/<header class="site-header"/)
        expect(markup).toMatch(/<footer class="site-footer"/)
        // When a publish elsewhere has expired the page, Next regenerates it through the not-found boundary,
        // which carries the layout's title instead of the page's: both are acceptable, a missing one is not.
        expect(markup).toMatch(
          /<title>(Page introuvable – OCCE|OCCE – Office Central de la Coopération à l’École)<\/title>/,
        )
        expect(markup).toMatch(/<meta name="robots" content="noindex/)
      }
    },
  )
})
