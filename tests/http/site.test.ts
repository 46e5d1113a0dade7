import { beforeAll, describe, expect, it } from '@jest/globals'
import ical from 'node-ical'

import { paragraphs } from '../setup/richText'
import { baseUrl, eventually, get, staffToken } from './client'

/** Content the seed takes from the press release of 1 June 2026. */
const RELEASE = '/communiques/l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe'
const AG = '/evenements/assemblee-generale-nationale-2026'
const CEREMONY = '/evenements/ceremonie-d-ouverture-ag-nationale-2026'
const OCCE79 = '/associations/occe-79'
const FEDERATION = '/associations/occe-federation-nationale'
const PROJECT = '/projets/poesie'

type XmlNode = { name: string; attributes: Record<string, string>; children: XmlNode[]; text: string }

/**
 * A small strict XML reader (no dependency): balanced tags, quoted attributes, CDATA, entities.
 * Any malformed sitemap or feed throws and fails the test.
 */
function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attributes: {}, children: [], text: '' }
  const stack = [root]
  const entities = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);|&/gi, (m, e?: string) => {
      if (!e) throw new Error('bare & in XML')
      return (
        ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e] ??
        String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      )
    })
  const token =
    /<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y
  let match: RegExpExecArray | null
  while (token.lastIndex < xml.length) {
    match = token.exec(xml)
    if (!match)
      throw new Error(`malformed XML at ${token.lastIndex}: ${xml.slice(token.lastIndex, token.lastIndex + 40)}`)
    const [, cdata, close, open, attrs, selfClosing, chars] = match
    const top = stack[stack.length - 1]
    if (cdata !== undefined) top.text += cdata
    else if (chars !== undefined) top.text += entities(chars)
    else if (close) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`)
      stack.pop()
    } else if (open) {
      const attributes: Record<string, string> = {}
      for (const [, k, v1, v2] of attrs.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attributes[k] = entities(v1 ?? v2)
      const node: XmlNode = { name: open, attributes, children: [], text: '' }
      top.children.push(node)
      if (!selfClosing) stack.push(node)
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('unbalanced XML document')
  return root.children[0]
}

const all = (node: XmlNode, name: string): XmlNode[] =>
  node.children.flatMap((child) => (child.name === name ? [child, ...all(child, name)] : all(child, name)))

const decode = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

const meta = (html: string, key: string) => {
  const match =
    html.match(new RegExp(`<meta[^>]+(?:name|property)="${key}"[^>]+content="([^"]*)"`)) ??
    html.match(new RegExp(`<meta[^>]+content="([^"]*)"[^>]+(?:name|property)="${key}"`))
  return match ? decode(match[1]) : undefined
}

const canonical = (html: string) => html.match(/<link[^>]+rel="canonical"[^>]+href="([^"]+)"/)?.[1]
const title = (html: string) => decode(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]))
const text = (html: string) =>
  decode(html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')

async function page(path: string, status = 200) {
  const res = await get(path)
  expect({ path, status: res.status }).toEqual({ path, status })
  return res.text()
}

describe('public pages', () => {
  const cases: [string, string[]][] = [
    [
      '/',
      [
        'Les chiffres clés',
        '40 000',
        'Derniers communiqués',
        "L'OCCE 79 accueille 200 acteurs",
        'Événements passés',
        'Assemblée Générale Nationale',
      ],
    ],
    ['/communiques', ['Communiqués de presse', "L'OCCE 79 accueille 200 acteurs", 'Paris, le 1er juin 2026']],
    [
      RELEASE,
      [
        'Paris, le 1er juin 2026',
        'Du 3 au 6 juin prochain',
        'Sophie Courmont',
        's.courmont@occe.coop',
        '06 04 98 28 92',
        "Mieux connaître l'OCCE",
        "reconnue d'utilité publique",
        'OCCE 79',
        'Événements liés',
        'Projets liés',
      ],
    ],
    ['/evenements', ['Événements passés', 'Assemblée Générale Nationale']],
    [
      AG,
      [
        'du mercredi 3 juin 2026 au samedi 6 juin 2026',
        'Cet événement est passé',
        'Niort',
        "Cérémonie d'ouverture",
        'jeudi 4 juin 2026, 9 h – 10 h 30',
      ],
    ],
    [
      CEREMONY,
      [
        'jeudi 4 juin 2026, 9 h – 10 h 30',
        'Cet événement est passé',
        'Le Dôme',
        'Fait partie de',
        'Assemblée Générale Nationale',
        'Ajouter à mon agenda',
      ],
    ],
    ['/associations', ['Près de chez vous', 'Nouvelle-Aquitaine', 'OCCE 79']],
    [
      OCCE79,
      [
        'OCCE 79',
        'Deux-Sèvres',
        'Elisabeth Benoist',
        'Ses actions',
        'Poésie',
        'Ses communiqués',
        'Ses événements',
        'Communiqués de la Fédération nationale',
        "L'OCCE 79 accueille 200 acteurs",
      ],
    ],
    [FEDERATION, ['28 rue Jean Lolive', 'Pantin', '01 44 14 93 30']],
    ['/projets', ['Projets coopératifs', 'Poésie', 'Messages clairs']],
    [PROJECT, ['Poésie', 'OCCE 79']],
    ['/recherche?q=niort', ['résultat', 'Assemblée Générale Nationale']],
    [
      '/mentions-legales',
      [
        'Mentions légales',
        'Office Central de la Coopération',
        '775 689 078 02379',
        'Directeur ou directrice de la publication',
      ],
    ],
    ['/accessibilite', ['Déclaration d’accessibilité', 'État de conformité', 'Défenseur des droits']],
  ]

  it.each(cases)(
    '%s answers 200 in French with its content, title, description, canonical and Open Graph',
    async (path, expected) => {
      const html = await page(path)
      expect(html).toMatch(/<html lang="fr"/)
      const body = text(html)
      for (const fragment of expected)
        expect({ path, fragment, found: body.includes(fragment) }).toEqual({ path, fragment, found: true })
      expect(title(html).length).toBeGreaterThan(3)
      expect(meta(html, 'description')?.length).toBeGreaterThan(20)
      const pathname = path.split('?')[0]
      expect(canonical(html)).toBe(`${baseUrl()}${pathname === '/' ? '' : pathname}`.replace(/\/$/, '') || baseUrl())
      expect(meta(html, 'og:title')).toBeTruthy()
      expect(meta(html, 'og:locale')).toBe('fr_FR')
      expect(meta(html, 'og:url')?.startsWith(baseUrl())).toBe(true)
      // Landmarks and one h1 on every page.
      expect(html).toContain('<main id="contenu"')
      expect(html.match(/<h1[ >]/g)).toHaveLength(1)
    },
  )

  it('filters releases by association and year through the query string', async () => {
    expect(text(await page('/communiques?association=occe-federation-nationale&annee=2026'))).toContain(
      "L'OCCE 79 accueille 200 acteurs",
    )
    // A year the list does not offer (no release that year) is no list: the French 404, never cached.
    expect(text(await page('/communiques?annee=2025', 404))).toContain('Page introuvable')
    expect(text(await page('/communiques?association=occe-79'))).toContain('Aucun communiqué ne correspond')
  })

  it('finds an association by département number or name, without JavaScript', async () => {
    for (const q of ['79', 'Deux-Sèvres', 'deux sevres']) {
      const html = await page(`/associations?q=${encodeURIComponent(q)}`)
      expect(html).toMatch(/Une association correspond[\s\S]*href="\/associations\/occe-79"/)
    }
    expect(text(await page('/associations?q=98'))).toContain('Aucune association ne correspond')
  })

  it('filters search results by type', async () => {
    const events = text(await page('/recherche?q=niort&type=evenements'))
    expect(events).toContain('Assemblée Générale Nationale')
    const projects = text(await page('/recherche?q=poesie&type=projets'))
    expect(projects).toContain('Poésie')
    expect(projects).not.toContain('Assemblée Générale Nationale')
  })

  it('answers a French 404 for unknown slugs and paths', async () => {
    for (const path of [
      '/communiques/inconnu',
      '/evenements/inconnu',
      '/associations/inconnu',
      '/projets/inconnu',
      '/nulle/part',
    ]) {
      // Next renders a notFound() of a per-request page in its error shell, the French page in its payload.
      expect(await page(path, 404)).toContain('Page introuvable')
    }
  })
})

describe('page cache', () => {
  const cacheOf = async (path: string, init?: RequestInit) => {
    const res = await get(path, init)
    return {
      status: res.status,
      cache: res.headers.get('x-nextjs-cache'),
      control: res.headers.get('cache-control') ?? '',
      body: text(await res.text()),
    }
  }

  it.each([
    ['/', '40 000'],
    ['/evenements', 'Assemblée Générale Nationale'],
    ['/projets', 'Messages clairs'],
    [RELEASE, 'Sophie Courmont'],
    [CEREMONY, 'Le Dôme'],
    [OCCE79, 'Deux-Sèvres'],
    [PROJECT, 'Poésie'],
    ['/mentions-legales', '775 689 078 02379'],
  ])(
    "serves %s from the full-route cache with a shared cache-control, with this server's content",
    async (path, fragment) => {
      // This server's database was seeded after the build: the content proves that no build-time shell
      // (nor a page cached by an earlier server on this build folder) is served.
      const first = await cacheOf(path)
      expect(first.status).toBe(200)
      expect(first.body).toContain(fragment)
      const second = await cacheOf(path)
      expect(second.cache).toBe('HIT')
      expect(second.body).toContain(fragment)
      expect(second.control).toMatch(/^s-maxage=\d+, stale-while-revalidate/)
      expect(second.control).not.toMatch(/private|no-store/)
    },
  )

  it('renders search per request', async () => {
    const res = await cacheOf('/recherche?q=niort')
    expect(res.cache).toBeNull()
    expect(res.control).toMatch(/no-store/)
  })
})

describe('structured data', () => {
  it('describes the release as a NewsArticle', async () => {
    const [article] = jsonLd(await page(RELEASE))
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline:
        "L'OCCE 79 accueille 200 acteurs de la coopération scolaire pour l'Assemblée Générale Nationale de l'OCCE",
      inLanguage: 'fr-FR',
      mainEntityOfPage: `${baseUrl()}${RELEASE}`,
      author: { '@type': 'Organization' },
    })
    expect(new Date(article.datePublished).toISOString().slice(0, 10)).toMatch(/2026-0(5-31|6-01)/)
  })

  it('describes the AG as an Event with a Place and its sessions, and the ceremony with its parent', async () => {
    const [ag] = jsonLd(await page(AG))
    expect(ag).toMatchObject({ '@type': 'Event', startDate: '2026-06-03', endDate: '2026-06-06' })
    expect(ag.location).toMatchObject({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Niort' },
    })
    expect(ag.subEvent).toEqual([expect.objectContaining({ '@type': 'Event', startDate: '2026-06-04T09:00:00+02:00' })])

    const [ceremony] = jsonLd(await page(CEREMONY))
    expect(ceremony).toMatchObject({
      '@type': 'Event',
      startDate: '2026-06-04T09:00:00+02:00',
      endDate: '2026-06-04T10:30:00+02:00',
      location: { '@type': 'Place', name: 'Le Dôme' },
      superEvent: { '@type': 'Event', name: expect.stringContaining('Assemblée Générale Nationale') },
    })
  })

  it('describes associations as Organizations', async () => {
    const [occe79] = jsonLd(await page(OCCE79))
    expect(occe79).toMatchObject({ '@type': 'Organization', alternateName: 'OCCE 79', url: `${baseUrl()}${OCCE79}` })
    const [federation] = jsonLd(await page(FEDERATION))
    expect(federation).toMatchObject({
      '@type': 'Organization',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '28 rue Jean Lolive',
        postalCode: '93500',
        addressLocality: 'Pantin',
      },
    })
  })
})

describe('feeds and files', () => {
  it('lists every published page in /sitemap.xml', async () => {
    const res = await get('/sitemap.xml')
    expect(res.status).toBe(200)
    const locs = all(parseXml(await res.text()), 'loc').map((n) => n.text.trim())
    for (const path of [
      RELEASE,
      AG,
      CEREMONY,
      OCCE79,
      FEDERATION,
      PROJECT,
      '/communiques',
      '/evenements',
      '/associations',
      '/projets',
    ]) {
      expect(locs).toContain(`${baseUrl()}${path}`)
    }
  })

  it('keeps /admin and /api out of robots.txt and points at the sitemap', async () => {
    const res = await get('/robots.txt')
    const body = await res.text()
    expect(body).toMatch(/Disallow: \/admin/)
    expect(body).toMatch(/Disallow: \/api/)
    expect(body).toContain(`Sitemap: ${baseUrl()}/sitemap.xml`)
  })

  it('publishes an RSS 2.0 feed of the releases', async () => {
    const res = await get('/communiques/rss.xml')
    expect(res.headers.get('content-type')).toContain('application/rss+xml')
    const rss = parseXml(await res.text())
    expect(rss.name).toBe('rss')
    expect(rss.attributes.version).toBe('2.0')
    const items = all(rss, 'item')
    const release = items.find(
      (item) => item.children.find((c) => c.name === 'link')?.text.trim() === `${baseUrl()}${RELEASE}`,
    )
    expect(release?.children.find((c) => c.name === 'title')?.text).toContain("L'OCCE 79 accueille 200 acteurs")
    expect(new Date(release!.children.find((c) => c.name === 'pubDate')!.text).getFullYear()).toBe(2026)
  })

  it('serves the ceremony as an .ics file in UTC', async () => {
    const res = await get(`${CEREMONY}/calendrier.ics`)
    expect(res.headers.get('content-type')).toContain('text/calendar')
    const body = await res.text()
    expect(body).toContain('DTSTART:20260604T070000Z')
    expect(body).toContain('DTEND:20260604T083000Z')
    const [event] = Object.values(ical.sync.parseICS(body)).filter((e) => e?.type === 'VEVENT') as ical.VEvent[]
    expect(event.start.toISOString()).toBe('2026-06-04T07:00:00.000Z')
    expect(String(event.location)).toContain('Le Dôme')
  })

  it('serves the multi-day AG as all-day dates, 3 to 6 June inclusive', async () => {
    const body = await (await get(`${AG}/calendrier.ics`)).text()
    expect(body).toContain('DTSTART;VALUE=DATE:20260603')
    expect(body).toContain('DTEND;VALUE=DATE:20260607')
  })
})

describe('publishing from the CMS', () => {
  let auth: Record<string, string>
  let cookie: string
  let occe79Id: number
  const body = paragraphs('Texte du communiqué de test.')

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl()}/api${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...auth, ...(init.headers ?? {}) },
    })

  const shows = async (path: string, fragment: string) => text(await (await get(path)).text()).includes(fragment)

  beforeAll(async () => {
    const token = await staffToken('admin')
    auth = { authorization: `JWT ${token}` }
    cookie = `payload-token=${token}`
    const res = await api('/associations?where[slug][equals]=occe-79&depth=0')
    occe79Id = ((await res.json()) as { docs: { id: number }[] }).docs[0].id
    // Warm the caches so that the test proves revalidation, not a first read.
    await Promise.all(
      ['/', '/communiques', OCCE79, '/sitemap.xml', '/communiques/rss.xml'].map((p) => get(p).then((r) => r.text())),
    )
  })

  it('shows a published change on the item page, the lists, the association, the sitemap and the feed within one second', async () => {
    const created = await api('/news-releases', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Communiqué de test publié',
        dateline: { place: 'Niort', date: '2026-11-20T12:00:00.000Z' },
        body,
        association: occe79Id,
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const path = `/communiques/${doc.slug}`

    expect(await eventually(() => shows(path, 'Communiqué de test publié'))).toBe(true)
    expect(await eventually(() => shows('/communiques', 'Communiqué de test publié'))).toBe(true)
    expect(await eventually(() => shows('/', 'Communiqué de test publié'))).toBe(true)
    expect(await eventually(() => shows(OCCE79, 'Communiqué de test publié'))).toBe(true)
    expect(await eventually(async () => (await (await get('/sitemap.xml')).text()).includes(path))).toBe(true)
    expect(
      await eventually(async () =>
        (await (await get('/communiques/rss.xml')).text()).includes('Communiqué de test publié'),
      ),
    ).toBe(true)

    const edited = await api(`/news-releases/${doc.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Communiqué de test modifié' }),
    })
    expect(edited.status).toBe(200)
    expect(await eventually(() => shows(path, 'Communiqué de test modifié'))).toBe(true)
    expect(await eventually(() => shows('/communiques', 'Communiqué de test modifié'))).toBe(true)

    const unpublished = await api(`/news-releases/${doc.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(unpublished.status).toBe(200)
    expect(await eventually(async () => (await get(path)).status === 404)).toBe(true)
    expect(await eventually(async () => !(await shows('/communiques', 'Communiqué de test modifié')))).toBe(true)

    expect((await api(`/news-releases/${doc.id}`, { method: 'DELETE' })).status).toBe(200)
  })

  it('never shows a draft publicly, and shows it to staff in preview only', async () => {
    const created = await api('/news-releases?draft=true', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Brouillon secret de test',
        dateline: { place: 'Paris', date: '2026-11-21T12:00:00.000Z' },
        body,
        association: occe79Id,
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const path = `/communiques/${doc.slug}`
    await new Promise((r) => setTimeout(r, 300))

    expect((await get(path)).status).toBe(404)
    for (const p of ['/', '/communiques', OCCE79, '/recherche?q=brouillon', '/sitemap.xml', '/communiques/rss.xml']) {
      expect({ p, leaked: (await (await get(p)).text()).includes('Brouillon secret') }).toEqual({ p, leaked: false })
    }
    const anonymousApi = await fetch(`${baseUrl()}/api/news-releases/${doc.id}`)
    expect(anonymousApi.status).toBeGreaterThanOrEqual(400)

    // A draft saved over the published release stays private too.
    const releaseId = (
      (await (await api(`/news-releases?where[slug][equals]=${RELEASE.split('/').pop()}&depth=0`)).json()) as {
        docs: { id: number }[]
      }
    ).docs[0].id
    const draftEdit = await api(`/news-releases/${releaseId}?draft=true`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Titre brouillon non publié', _status: 'draft' }),
    })
    expect(draftEdit.status).toBe(200)
    await new Promise((r) => setTimeout(r, 300))
    expect(text(await page(RELEASE))).not.toContain('Titre brouillon non publié')

    // Preview: refused to the public, opened to staff with their session.
    expect((await get(`/preview?collection=news-releases&slug=${doc.slug}`)).status).toBe(403)
    // A browser sends Sec-Fetch-Site; Payload's CSRF rule accepts the session cookie only with it.
    const browser = { 'sec-fetch-site': 'same-origin' }
    const open = await get(`/preview?collection=news-releases&slug=${doc.slug}`, { headers: { cookie, ...browser } })
    expect(open.status).toBe(307)
    expect(open.headers.get('location')).toContain(path)
    const bypass = (open.headers.get('set-cookie') ?? '').match(/__prerender_bypass=[^;]+/)?.[0]
    expect(bypass).toBeTruthy()
    const preview = await get(path, { headers: { cookie: `${cookie}; ${bypass}`, ...browser } })
    expect(preview.status).toBe(200)
    expect(text(await preview.text())).toContain('Brouillon secret de test')
    // The draft-mode cookie alone, without a staff session, shows nothing.
    expect((await get(path, { headers: { cookie: bypass!, ...browser } })).status).toBe(404)

    // Staff previewing the draft edit of a published (and cached) page never changes what the public gets.
    const previewed = await get(RELEASE, { headers: { cookie: `${cookie}; ${bypass}`, ...browser } })
    expect(previewed.headers.get('cache-control')).toMatch(/private|no-store/)
    expect(text(await previewed.text())).toContain('Titre brouillon non publié')
    for (let i = 0; i < 2; i++) {
      const publicRes = await get(RELEASE)
      expect(text(await publicRes.text())).not.toContain('Titre brouillon non publié')
    }

    await api(`/news-releases/${doc.id}`, { method: 'DELETE' })
  })
})
