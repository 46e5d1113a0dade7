/**
 * Every public list from the page cache (issue 14): the lists keep their query-string addresses, each real
 * combination is served as a HIT from its second request, made-up values answer the French 404 and are never
 * cached, a publish shows on every list within a second, and staff previews never reach visitors' cache.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { paragraphs } from '../setup/richText'
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { baseUrl, eventually, get } from './client'

const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

/** The issuer of this file's releases, its own (other files assert about the seeded associations' lists). */
let issuer: { id: number | string; slug: string }

type Fetched = { status: number; cache: string | null; control: string; body: string }

/** `{issuer}` in a path: the slug of this file's issuer, known once the tests run. */
const fetched = async (path: string, init?: RequestInit): Promise<Fetched> => {
  const res = await get(path.replace('{issuer}', issuer.slug), init)
  return {
    status: res.status,
    cache: res.headers.get('x-nextjs-cache'),
    control: res.headers.get('cache-control') ?? '',
    body: text(await res.text()),
  }
}

/** Releases of a year nobody else uses, so that this file owns its pages whatever other files publish. */
const YEAR = 2019
const COUNT = 11
const titleOf = (n: number) => `Communiqué liste ${String(n).padStart(2, '0')}`

let auth: Record<string, string> = {}
let cookie = ''
const created: { collection: string; id: number | string }[] = []

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${baseUrl()}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...auth, ...(init.headers ?? {}) },
  })

const body = paragraphs('Texte.')

async function createRelease(title: string, day: number, status: 'published' | 'draft' = 'published') {
  const res = await api(status === 'draft' ? '/news-releases?draft=true' : '/news-releases', {
    method: 'POST',
    body: JSON.stringify({
      title,
      dateline: { place: 'Niort', date: `${YEAR}-03-${String(day).padStart(2, '0')}T10:00:00.000Z` },
      body,
      association: issuer.id,
      _status: status,
    }),
  })
  expect(res.status).toBe(201)
  const { doc } = (await res.json()) as { doc: { id: number; slug: string } }
  created.push({ collection: 'news-releases', id: doc.id })
  return doc
}

/**
 * The page cache dates an entry a second before it is written (src/data/pageCache.mjs): a page rendered
 * within a second of a publish may hold the data from before it, so it is not served from the cache.
 */
const settle = () => new Promise((r) => setTimeout(r, 1100))
const shows = async (path: string, fragment: string) => (await fetched(path)).body.includes(fragment)

beforeAll(async () => {
  const login = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: TEST_STAFF.admin.email, password: TEST_PASSWORD }),
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  auth = { authorization: `JWT ${token}` }
  cookie = `payload-token=${token}`
  const res = await api('/associations', {
    method: 'POST',
    body: JSON.stringify({ name: 'OCCE Union des listes', level: 'union', region: 'nouvelle-aquitaine' }),
  })
  expect(res.status).toBe(201)
  issuer = ((await res.json()) as { doc: { id: number; slug: string } }).doc
  created.push({ collection: 'associations', id: issuer.id })
  // Eleven releases of one year: two pages of ten.
  for (let n = 1; n <= COUNT; n++) await createRelease(titleOf(n), n)
  await settle()
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) await api(`/${collection}/${id}`, { method: 'DELETE' })
})

describe('every public list is served from the page cache', () => {
  it.each([
    ['/', '40 000'],
    ['/communiques', "L'OCCE 79 accueille 200 acteurs"],
    [`/communiques?annee=${YEAR}`, titleOf(COUNT)],
    [`/communiques?annee=${YEAR}&page=2`, titleOf(1)],
    [`/communiques?association={issuer}&annee=${YEAR}&page=2`, titleOf(1)],
    ['/communiques?association={issuer}', titleOf(COUNT)],
    ['/communiques?association=occe-federation-nationale&annee=2026', "L'OCCE 79 accueille 200 acteurs"],
    ['/evenements', 'Assemblée Générale Nationale'],
    ['/projets', 'Poésie'],
    ['/associations', 'Deux-Sèvres'],
  ])('%s: HIT from the second request, with its content', async (path, fragment) => {
    const first = await fetched(path)
    expect({ path, status: first.status }).toEqual({ path, status: 200 })
    expect(first.body).toContain(fragment)
    const second = await fetched(path)
    expect({ path, cache: second.cache }).toEqual({ path, cache: 'HIT' })
    expect(second.body).toContain(fragment)
    expect(second.control).toMatch(/^s-maxage=\d+, stale-while-revalidate/)
  })

  it('shows the right page: ten releases on the first, the eleventh on the second', async () => {
    const one = (await fetched(`/communiques?annee=${YEAR}`)).body
    expect(one).toContain(`${COUNT} communiqués en ${YEAR}`)
    for (let n = 2; n <= COUNT; n++) expect(one).toContain(titleOf(n))
    expect(one).not.toContain(titleOf(1))
    const two = (await fetched(`/communiques?annee=${YEAR}&page=2`)).body
    expect(two).toContain(titleOf(1))
    expect(two).not.toContain(titleOf(2))
  })

  it('serves one entry per list whatever the order of the parameters, the empty ones and the extra ones', async () => {
    await fetched(`/communiques?association={issuer}&annee=${YEAR}&page=2`)
    for (const path of [
      `/communiques?page=2&annee=${YEAR}&association={issuer}`,
      `/communiques?utm_source=lettre&annee=${YEAR}&page=2&association={issuer}`,
    ]) {
      const res = await fetched(path)
      expect({ path, status: res.status, cache: res.cache }).toEqual({ path, status: 200, cache: 'HIT' })
      expect(res.body).toContain(titleOf(1))
    }
    // The filter form sends the empty « Toutes »: the same list as without it.
    await fetched(`/communiques?annee=${YEAR}`)
    const emptyAssociation = await fetched(`/communiques?association=&annee=${YEAR}`)
    expect(emptyAssociation.cache).toBe('HIT')
    expect(emptyAssociation.body).toContain(titleOf(COUNT))
    // Page 1 asked explicitly, or parameters the list does not know: the first page itself.
    await fetched('/communiques')
    for (const path of ['/communiques?page=1', '/communiques?utm_source=lettre'])
      expect({ path, cache: (await fetched(path)).cache }).toEqual({ path, cache: 'HIT' })
  })

  it('answers well-formed values the content does not hold with the French 404, never cached', async () => {
    for (const path of [
      '/communiques?annee=1999',
      `/communiques?annee=${YEAR}&page=3`,
      '/communiques?page=5000',
      '/communiques?association=inconnue',
      `/communiques?association=inconnue&annee=${YEAR}`,
      `/listes/communiques/_/${YEAR}/1`,
      '/listes/associations?q=79',
    ]) {
      for (let i = 0; i < 2; i++) {
        const res = await fetched(path)
        expect({ path, status: res.status, cache: res.cache === 'HIT' }).toEqual({ path, status: 404, cache: false })
        expect(res.body).toContain('Page introuvable')
      }
    }
  })

  it('answers values of the wrong form with the first page, unfiltered (its own cache entry)', async () => {
    await fetched('/communiques')
    for (const path of [
      '/communiques?annee=deux-mille',
      '/communiques?page=99999',
      '/communiques?page=0',
      '/communiques?association=Pas%20un%20slug',
      '/communiques?association=OCCE-79&page=abc',
    ]) {
      const res = await fetched(path)
      expect({ path, status: res.status, cache: res.cache }).toEqual({ path, status: 200, cache: 'HIT' })
      expect(res.body).toContain("L'OCCE 79 accueille 200 acteurs")
    }
  })

  it('answers the association finder per request (free text adds no cache entry)', async () => {
    const found = await fetched('/associations?q=79')
    expect(found.status).toBe(200)
    expect(found.body).toMatch(/Une association correspond/)
    expect(found.cache).toBeNull()
    expect(found.control).toMatch(/no-store/)
    // An empty query is the directory itself.
    await fetched('/associations')
    expect((await fetched('/associations?q=')).cache).toBe('HIT')
  })
})

describe('publishing refreshes every list', () => {
  it('shows a new release on its year, its association, the first page, home and search within one second, and removes it when unpublished', async () => {
    const lists = [`/communiques?annee=${YEAR}`, '/communiques?association={issuer}', '/communiques', '/']
    for (const path of lists) {
      await fetched(path)
      expect({ path, cache: (await fetched(path)).cache }).toEqual({ path, cache: 'HIT' })
    }
    const doc = await createRelease('Communiqué liste publié', 25)
    for (const path of [...lists, '/recherche?q=liste+publie'])
      expect({ path, visible: await eventually(() => shows(path, 'Communiqué liste publié')) }).toEqual({
        path,
        visible: true,
      })
    // The page that shows it is cached again.
    await settle()
    await fetched(`/communiques?annee=${YEAR}`)
    expect((await fetched(`/communiques?annee=${YEAR}`)).cache).toBe('HIT')

    expect(
      (await api(`/news-releases/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ _status: 'draft' }) })).status,
    ).toBe(200)
    for (const path of lists)
      expect({ path, gone: await eventually(async () => !(await shows(path, 'Communiqué liste publié'))) }).toEqual({
        path,
        gone: true,
      })
  })

  it('shows a new project on /projets and in search within one second', async () => {
    await fetched('/projets')
    const res = await api('/projects', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Projet liste publié',
        theme: 'projets-cooperatifs',
        summary: 'Un projet.',
        associations: [issuer.id],
        _status: 'published',
      }),
    })
    expect(res.status).toBe(201)
    created.push({ collection: 'projects', id: ((await res.json()) as { doc: { id: number } }).doc.id })
    expect(await eventually(() => shows('/projets', 'Projet liste publié'))).toBe(true)
    expect(await eventually(() => shows('/recherche?q=projet+liste', 'Projet liste publié'))).toBe(true)
  })
})

describe('staff previews never reach the visitors’ cache', () => {
  it('renders the lists per request in draft mode, and visitors still get the cached public list', async () => {
    const draft = await createRelease('Brouillon de liste', 28, 'draft')
    const browser = { 'sec-fetch-site': 'same-origin' }
    const open = await get(`/preview?collection=news-releases&slug=${draft.slug}`, { headers: { cookie, ...browser } })
    expect(open.status).toBe(307)
    const bypass = (open.headers.get('set-cookie') ?? '').match(/__prerender_bypass=[^;]+/)?.[0]
    expect(bypass).toBeTruthy()
    await settle()
    for (const path of [`/communiques?annee=${YEAR}`, '/communiques', '/']) {
      await fetched(path)
      for (let i = 0; i < 2; i++) {
        // Rendered for this staff member (the preview banner), never shared: Next's header says HIT in draft
        // mode whatever happens, the cache-control is what tells.
        const previewed = await fetched(path, { headers: { cookie: `${cookie}; ${bypass}`, ...browser } })
        expect({ path, status: previewed.status, control: previewed.control }).toEqual({
          path,
          status: 200,
          control: expect.stringMatching(/private|no-store/),
        })
        expect(previewed.body).toContain('Aperçu des brouillons')
      }
      const visitor = await fetched(path)
      expect({ path, cache: visitor.cache }).toEqual({ path, cache: 'HIT' })
      expect(visitor.body).not.toContain('Aperçu des brouillons')
      expect(visitor.body).not.toContain('Brouillon de liste')
    }
  })
})
