/** The seeded press release as an anonymous visitor reads it through the REST API of the production server. */
import { afterAll, describe, expect, it } from '@jest/globals'

import { baseUrl, get, staffToken } from './client'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- seeded documents walked as loose JSON, paths checked by the assertions
type Doc = Record<string, any>

const RELEASE_SLUG = 'l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe'
const CEREMONY_SLUG = 'ceremonie-d-ouverture-ag-nationale-2026'

async function json(path: string): Promise<Doc> {
  const res = await get(path)
  expect(res.status).toBe(200)
  return (await res.json()) as Doc
}
const one = async (collection: string, slug: string, depth = 1) => {
  const { docs } = await json(`/api/${collection}?where[slug][equals]=${slug}&depth=${depth}`)
  expect(docs).toHaveLength(1)
  return docs[0] as Doc
}

describe('seeded content over REST, anonymously', () => {
  it('serves the press release with its dateline, body and links', async () => {
    const release = await one('news-releases', RELEASE_SLUG)
    expect(release.title).toBe(
      "L'OCCE 79 accueille 200 acteurs de la coopération scolaire pour l'Assemblée Générale Nationale de l'OCCE",
    )
    expect(release.dateline).toMatchObject({ place: 'Paris', date: '2026-06-01T10:00:00.000Z' })
    expect(JSON.stringify(release.body)).toContain('10 000 élèves')
    expect(release.association.level).toBe('federation')
    expect(release.events.map((e: Doc) => e.slug)).toEqual(['assemblee-generale-nationale-2026', CEREMONY_SLUG])
    expect(release.projects).toHaveLength(9)
    expect(release.pressContact).toMatchObject({
      name: 'Sophie Courmont',
      email: 's.courmont@occe.coop',
      phone: '06 04 98 28 92',
    })
    expect(release.boilerplate.title).toBe("Mieux connaître l'OCCE")
  })

  it('lists the federation and OCCE 79 in the directory', async () => {
    const { docs } = await json('/api/associations?limit=100&where[slug][in]=occe-federation-nationale,occe-79')
    expect(docs).toHaveLength(2)
    const federation = docs.find((a: Doc) => a.level === 'federation')
    expect(federation.legal).toMatchObject({
      siret: '775 689 078 02379',
      nace: '9499Z',
      founded: 1928,
      publicUtility: true,
    })
    expect(federation.address).toMatchObject({ street: '28 rue Jean Lolive', postalCode: '93500', city: 'Pantin' })
    const occe79 = docs.find((a: Doc) => a.slug === 'occe-79')
    expect(occe79).toMatchObject({
      departementCode: '79',
      region: 'nouvelle-aquitaine',
      president: 'Elisabeth Benoist',
    })
    expect(occe79.figures.pupils).toBe(10000)
  })

  it('lists the nine projects, Théâ among them', async () => {
    const release = await one('news-releases', RELEASE_SLUG, 0)
    const { docs } = await json(`/api/projects?limit=100&depth=0&where[id][in]=${release.projects.join(',')}`)
    expect(docs).toHaveLength(9)
    expect(docs.map((p: Doc) => p.slug)).toContain('thea')
  })

  it('serves the AG and its ceremony with their Paris times in UTC, and the RSVP form', async () => {
    // Other web tests add their own events to this shared server: count only the seeded ones.
    const seeded = ['assemblee-generale-nationale-2026', CEREMONY_SLUG]
    const { docs } = await json(`/api/events?limit=100&depth=0&where[slug][in]=${seeded.join(',')}`)
    expect(docs.map((e: Doc) => e.slug).sort()).toEqual(seeded.sort())
    const ceremony = await one('events', CEREMONY_SLUG, 0)
    expect(ceremony).toMatchObject({ startsAt: '2026-06-04T07:00:00.000Z', endsAt: '2026-06-04T08:30:00.000Z' })
    expect(ceremony.venue).toMatchObject({ name: 'Le Dôme', city: 'Niort' })
    expect(ceremony.rsvp.deadline).toBe('2026-06-03T22:00:00.000Z')
    expect(ceremony.parent).toBe((await one('events', 'assemblee-generale-nationale-2026', 0)).id)

    const form = await json(`/api/forms/${ceremony.rsvp.form}`)
    expect(form.title).toBe("Inscription – Cérémonie d'ouverture de l'AG nationale")
    expect(form.fields.map((f: Doc) => f.name)).toContain('consent')
    expect(form.emails ?? []).toEqual([])
  })

  it('refuses staff accounts and registrations to anonymous readers', async () => {
    expect((await get('/api/users')).status).toBe(403)
    const submissions = await get('/api/form-submissions')
    if (submissions.status === 200) expect((await submissions.json()).docs).toEqual([])
    else expect(submissions.status).toBe(403)
  })
})

describe('drafts stay hidden', () => {
  let token = ''
  let draftId: string | number | undefined

  afterAll(async () => {
    if (draftId !== undefined)
      await fetch(`${baseUrl()}/api/news-releases/${draftId}`, {
        method: 'DELETE',
        headers: { authorization: `JWT ${token}` },
      })
  })

  it('shows an editor’s unpublished release to nobody else', async () => {
    token = await staffToken('editor')
    const release = await one('news-releases', RELEASE_SLUG, 0)
    const created = await fetch(`${baseUrl()}/api/news-releases?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'Brouillon de test du seed',
        slug: 'brouillon-de-test-du-seed',
        association: release.association,
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    draftId = ((await created.json()) as Doc).doc.id

    const { docs } = await json('/api/news-releases?where[slug][equals]=brouillon-de-test-du-seed&draft=true')
    expect(docs).toEqual([])
    const all = await json('/api/news-releases?limit=100&draft=true')
    expect(all.docs.every((d: Doc) => d._status === 'published')).toBe(true)
    expect([403, 404]).toContain((await get(`/api/news-releases/${draftId}?draft=true`)).status)
    expect((await get('/api/news-releases/versions')).status).toBe(403)
  })
})
