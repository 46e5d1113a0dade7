/**
 * The production server on either database (scripts/test.sh runs the web layer on SQLite, then on the
 * MongoDB protocol through FerretDB). First what the app makes identical by choosing its queries, then each
 * difference docs/databases.md names, asserted for the leg that is running.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { paragraphs } from '../setup/richText'
import { baseUrl, get, staffToken } from './client'

const mongo = Boolean(process.env.TEST_DATABASE_URI)
let auth: Record<string, string>
let formId: string | number
let occe79: string | number

const body = paragraphs('Texte.')
const release = (extra: Record<string, unknown>) => ({
  title: 'Essai des bases',
  dateline: { place: 'Niort', date: '2026-11-20T12:00:00.000Z' },
  body,
  association: occe79,
  ...extra,
})

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${baseUrl()}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'accept-language': 'fr', ...auth, ...(init.headers ?? {}) },
  })
const post = (path: string, data: unknown) => api(path, { method: 'POST', body: JSON.stringify(data) })
const count = async (where: string) =>
  ((await (await api(`/news-releases?${where}&limit=0&depth=0`)).json()) as { totalDocs: number }).totalDocs
const graphql = async (query: string) => JSON.stringify(await (await post('/graphql', { query })).json())

beforeAll(async () => {
  auth = { authorization: `JWT ${await staffToken('admin')}` }
  const events = await (await api('/events?where[slug][equals]=ceremonie-d-ouverture-ag-nationale-2026&depth=0')).json()
  formId = events.docs[0].rsvp.form
  occe79 = (await (await api('/associations?where[slug][equals]=occe-79&depth=0')).json()).docs[0].id
})

describe('the same answer on both databases', () => {
  it('offers in /communiques only the associations that published (facets without findDistinct)', async () => {
    const res = await get('/communiques')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<option value="occe-federation-nationale">')
    expect(html).not.toContain('<option value="occe-79">')
    expect(html).toContain('<option value="2026">')
  })

  it('refuses a duplicate slug on the slug field, in French', async () => {
    const res = await post(
      '/news-releases',
      release({ slug: 'l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe' }),
    )
    expect(res.status).toBe(400)
    const { errors } = (await res.json()) as { errors: { data?: { errors: { path: string; message: string }[] } }[] }
    expect(errors[0].data?.errors).toEqual([
      expect.objectContaining({
        path: 'slug',
        message:
          'L’adresse « l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe » est déjà utilisée : choisissez-en une autre.',
      }),
    ])
  })

  it('exports by form only for a real form: a malformed id never selects another event', async () => {
    for (const form of ['abc', '42abc']) {
      const res = await get(`/api/rsvp/export?form=${form}`, { headers: auth })
      expect({ form, status: res.status, body: await res.json() }).toEqual({
        form,
        status: 400,
        body: { errors: [{ message: 'Paramètre « event » manquant ou invalide.' }] },
      })
    }
    const res = await get(`/api/rsvp/export?form=${formId}`, { headers: auth })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('inscriptions-ceremonie-d-ouverture-ag-nationale-2026.csv')
  })
})

describe('differences between the legs (docs/databases.md)', () => {
  it('GraphQL ids: Int on SQLite (a text id is a query error), String on MongoDB (not found)', async () => {
    const answer = await graphql('{ Event(id: "abc") { title } }')
    if (mongo) expect(answer).toContain('Pas trouvé')
    else expect(answer).toContain('Int cannot represent non-integer value: \\"abc\\"')
  })

  it('REST `like`: % and _ are wildcards on SQLite, plain characters on MongoDB', async () => {
    // Other test files add releases to the same server: compare with every release, not a fixed number.
    const all = await count('where[title][exists]=true')
    expect(all).toBeGreaterThan(0)
    expect(await count('where[title][like]=%25')).toBe(mongo ? 0 : all)
    expect(await count('where[title][like]=_')).toBe(mongo ? 0 : all)
    expect(await count('where[title][like]=accueille 200')).toBe(1)
  })

  // The association field is checked by Payload against its filterOptions, so it is refused on both legs;
  // a plain relationship such as the press contact is not.
  it('a relationship to a missing document: refused on SQLite (foreign key), stored as a bare id on MongoDB', async () => {
    const missing = mongo ? '0000000000000000000000aa' : 999999
    const res = await post(
      '/news-releases',
      release({ slug: 'essai-relation-manquante', pressContact: missing, _status: 'published' }),
    )
    if (mongo) {
      expect(res.status).toBe(201)
      const { doc } = (await res.json()) as { doc: { id: string } }
      const read = await (await api(`/news-releases/${doc.id}?depth=1`)).json()
      expect(read.pressContact).toBe(missing)
      expect((await api(`/news-releases/${doc.id}`, { method: 'DELETE' })).status).toBe(200)
    } else {
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(await count('where[slug][equals]=essai-relation-manquante')).toBe(0)
    }
  })

  it('sorting by a field of a related document: SQLite joins; FerretDB has no $lookup (MongoDB has)', async () => {
    const res = await api('/news-releases?sort=-association.name&depth=0')
    if (mongo) expect(res.status).toBeGreaterThanOrEqual(400)
    else expect(res.status).toBe(200)
  })
})
