/**
 * /recherche: answered per request from the in-memory index, inside the site's own layout, without Next's
 * runtime; bad input is refused in French. (Content checks shared with other pages are in site.test.ts.)
 */
import { describe, expect, it } from '@jest/globals'

import { baseUrl, eventually, get, staffToken } from './client'

const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

async function page(path: string, status = 200) {
  const res = await get(path)
  expect({ path, status: res.status }).toEqual({ path, status })
  return { res, html: await res.text() }
}

const titles = (html: string) => [...html.matchAll(/<a href="([^"]+)">([^<]*)<\/a><\/h3>/g)].map((m) => m[1])

describe('search', () => {
  it('finds every word of the query, whatever the accents and case, also inside a word', async () => {
    const { html } = await page('/recherche?q=ASSEMBLEE%20generale%20NIORT')
    expect(titles(html)).toContain('/evenements/assemblee-generale-nationale-2026')
    // « ssembl » is inside « Assemblée »: words are found anywhere, not only from their start.
    expect(titles((await page('/recherche?q=ssembl%C3%A9e')).html)).toContain(
      '/evenements/assemblee-generale-nationale-2026',
    )
    // One word found nowhere: no result, even if the others are everywhere.
    const none = text((await page('/recherche?q=niort%20zzzqqq')).html)
    expect(none).toContain('Aucun résultat pour « niort zzzqqq ».')
  })

  it('is the site page: layout, title, canonical, form filled in, no JavaScript, per request', async () => {
    const { res, html } = await page('/recherche?q=niort&type=evenements')
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr">/)
    expect(html).toContain('<main id="contenu"')
    expect(html).toContain('aria-label="Navigation principale"')
    expect(html).toContain('<footer class="site-footer">')
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
    expect(html).toContain('<title>Recherche : niort – OCCE</title>')
    expect(html).toContain(`<link rel="canonical" href="${baseUrl()}/recherche"/>`)
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>')
    expect(html).toContain('name="q" value="niort"')
    expect(html).toContain('<option value="evenements" selected="">')
    // Plain links and GET forms: no script at all (and so no flight data that could hydrate another page).
    expect(html).not.toMatch(/<script|__next_f|as="script"/)
    expect(html).not.toMatch(/occeSearch\w*Slot/)
    expect(res.headers.get('x-nextjs-cache')).toBeNull()
    expect(res.headers.get('cache-control')).toMatch(/no-store/)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('writes the query back escaped', async () => {
    const q = '<img src=x onerror=alert(1)>"\''
    const { html } = await page(`/recherche?q=${encodeURIComponent(q)}`)
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('value="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;"')
    expect(text(html)).toContain(`Aucun résultat pour « ${q} ».`)
  })

  it('refuses a query longer than the form allows and an unknown type, in French', async () => {
    const long = await page(`/recherche?q=${'a'.repeat(101)}`, 400)
    expect(long.html).toMatch(/<html lang="fr"/)
    expect(text(long.html)).toContain('La recherche est limitée à 100 caractères : raccourcissez-la.')
    expect(long.res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/)
    const type = await page('/recherche?q=niort&type=inconnu', 400)
    expect(text(type.html)).toContain('Ce type de contenu n’existe pas')
    // Not a prototype property either.
    await page('/recherche?q=niort&type=constructor', 400)
    // 100 characters and the form's « Tous » (an empty type) are fine.
    await page(`/recherche?q=${'a'.repeat(100)}&type=`)
  })

  it('keeps its shell to itself: asked directly, it is the French 404', async () => {
    // Next writes a per-request page's notFound() in its error shell, the French page in its payload.
    expect((await page('/recherche/gabarit', 404)).html).toContain('Page introuvable')
  })

  it('shows a change of the layout data (site settings) at once', async () => {
    const token = await staffToken('admin')
    const settings = async (body?: object) => {
      const res = await fetch(`${baseUrl()}/api/globals/site-settings${body ? '' : '?depth=0'}`, {
        method: body ? 'POST' : 'GET',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      })
      expect(res.status).toBe(200)
      return (await res.json()) as { tagline?: string; result?: unknown }
    }
    const original = (await settings()).tagline ?? ''
    await page('/recherche?q=niort') // the shell of the current settings is in memory
    try {
      await settings({ tagline: 'Devise de test pour la recherche' })
      const shows = async () =>
        (await (await get('/recherche?q=niort')).text()).includes('Devise de test pour la recherche')
      expect(await eventually(shows)).toBe(true)
    } finally {
      await settings({ tagline: original })
    }
  })

  it('keeps the preview banner in draft mode', async () => {
    const token = await staffToken('admin')
    const preview = await get('/preview?collection=events&slug=assemblee-generale-nationale-2026', {
      headers: { Authorization: `JWT ${token}` },
    })
    const cookie = (preview.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^__prerender_bypass=/)
    const draft = await (await get('/recherche?q=niort', { headers: { Cookie: cookie } })).text()
    expect(text(draft)).toContain('Aperçu des brouillons')
    expect(text(draft)).toContain('Assemblée Générale Nationale')
    expect(text((await page('/recherche?q=niort')).html)).not.toContain('Aperçu des brouillons')
  })
})
