/** RSVP over HTTP against the production build with the faithful seed: the ceremony (4 June 2026) is past. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { baseUrl, get, staffToken } from './client'

const CEREMONY = 'ceremonie-d-ouverture-ag-nationale-2026'
let ceremony: { id: string | number; rsvp: { form: string | number } }
let editorToken: string

const valid = {
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille@exemple.fr',
  role: 'enseignant',
  attendees: '1',
  consent: 'true',
}
const submissionData = (values: Record<string, string>) =>
  Object.entries(values).map(([field, value]) => ({ field, value }))

/** Each request from its own documentation address, so the per-IP limit does not hide the validation. */
let counter = 0
const nextIp = () => `192.0.2.${(counter++ % 250) + 1}`

const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': nextIp(), ...headers },
    body,
  })

const storedCount = async () => {
  const res = await get('/api/form-submissions?limit=0&depth=0', { headers: { Authorization: `JWT ${editorToken}` } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { totalDocs: number }).totalDocs
}

beforeAll(async () => {
  const res = await get(`/api/events?where[slug][equals]=${CEREMONY}&depth=0`)
  ceremony = ((await res.json()) as { docs: (typeof ceremony)[] }).docs[0]
  expect(ceremony?.rsvp?.form).toBeTruthy()
  editorToken = await staffToken('editor')
})

describe('the seeded ceremony is past', () => {
  it('refuses a valid registration through REST with 4xx « inscriptions closes », and stores nothing', async () => {
    const before = await storedCount()
    const res = await postJson(
      '/api/form-submissions',
      JSON.stringify({ form: ceremony.rsvp.form, submissionData: submissionData(valid) }),
    )
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/Les inscriptions sont closes/)
    expect(await storedCount()).toBe(before)
  })

  it('refuses through GraphQL too', async () => {
    const query = `mutation { createFormSubmission(data: { form: ${JSON.stringify(ceremony.rsvp.form)}, submissionData: [{ field: "email", value: "a@b.fr" }] }) { id } }`
    const res = await postJson('/api/graphql', JSON.stringify({ query }))
    const body = JSON.stringify(await res.json())
    expect(body).toMatch(/Les inscriptions sont closes/)
    expect(body).not.toMatch(/"createFormSubmission":\{"id"/)
  })

  it('refuses the public form with and without JavaScript, and the pages say why', async () => {
    const js = await fetch(`${baseUrl()}/api/rsvp/register`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': nextIp(),
      },
      body: new URLSearchParams({ evenement: String(ceremony.id), ...valid }),
    })
    expect(js.status).toBe(400)
    expect(JSON.stringify(await js.json())).toMatch(
      /Les inscriptions sont closes : la date limite était le jeudi 4 juin 2026 à 0 h|Les inscriptions sont closes : l’événement a commencé/,
    )

    const html = await fetch(`${baseUrl()}/api/rsvp/register`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': nextIp() },
      body: new URLSearchParams({ evenement: String(ceremony.id), ...valid }),
    })
    expect(html.status).toBe(303)
    expect(html.headers.get('location')).toBe(`/inscription/${ceremony.id}/erreur#rsvp-erreurs`)

    const page = await (await get(`/evenements/${CEREMONY}`)).text()
    expect(page).toContain('Les inscriptions sont closes')
    expect(page).toMatch(/L’événement a commencé le jeudi 4 juin 2026 à 9 h/)
    expect(page).not.toContain('name="firstName"')
  })
})

describe('malformed bodies get a 4xx, never a 5xx', () => {
  it.each(['null', '42', '"texte"', '[]', 'true', '{', ''])('POST /api/form-submissions with %s', async (body) => {
    const res = await postJson('/api/form-submissions', body)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('300 generated bad submissions over HTTP: all 4xx, nothing stored', async () => {
    const before = await storedCount()
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .record({ form: fc.oneof(fc.constant(ceremony.rsvp.form), fc.anything()), submissionData: fc.anything() })
            .map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        async (body) => {
          const res = await postJson('/api/form-submissions', body)
          await res.arrayBuffer()
          return res.status >= 400 && res.status < 500
        },
      ),
      { numRuns: 300 },
    )
    expect(await storedCount()).toBe(before)
  })
})

describe('abuse and staff export', () => {
  it('limits public writes per IP (429 with a French message)', async () => {
    const ip = '198.51.100.7'
    const statuses: number[] = []
    for (let i = 0; i < 15; i++) {
      const res = await postJson(
        '/api/form-submissions',
        JSON.stringify({ form: ceremony.rsvp.form, submissionData: [] }),
        { 'X-Forwarded-For': ip },
      )
      statuses.push(res.status)
      if (res.status === 429) expect(JSON.stringify(await res.json())).toMatch(/Trop de demandes/)
    }
    expect(statuses).toContain(429)
    expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true)
  })

  it('exports CSV to staff only: UTF-8 with BOM, semicolons', async () => {
    expect((await get(`/api/rsvp/export?event=${ceremony.id}`)).status).toBe(401)
    const res = await get(`/api/rsvp/export?event=${ceremony.id}`, { headers: { Authorization: `JWT ${editorToken}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toContain('N° d’arrivée;Statut;Nom;Prénom;E-mail;Personnes')
  })
})
