/**
 * Every refusal keeps its status and its French message whatever the server's first request was.
 * scripts/test.sh runs this file twice: after GET /admin/login was the first request, and after GET /
 * (TEST_FIRST_REQUEST, tests/setup/webServer.start.ts). A production build used to compile Payload once per
 * server layer; when the admin's copy created the process-wide instance, the route handlers' `instanceof`
 * checks failed: RSVP refusals became empty 500s, REST refusals English « unknown error » messages.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { paragraphs } from '../setup/richText'
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { baseUrl, get } from './client'

type Id = string | number
type FieldErrors = { errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[] }

const CEREMONY = 'ceremonie-d-ouverture-ag-nationale-2026'
const DAY = 24 * 3600e3
const CLOSED = /Les inscriptions sont closes/
let ceremony: { id: Id; rsvp: { form: Id } }
let openEvent: { id: Id }
let adminToken: string
let associations: { id: Id }[]

/** Each call from its own documentation address, so that the per-IP limit only shows where it is tested. */
let counter = 0
const nextIp = () => `203.0.113.${(counter++ % 250) + 1}`

async function api<T>(method: string, url: string, token: string | undefined, body?: unknown) {
  const res = await fetch(`${baseUrl()}${url}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': nextIp(),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, text, json: (text ? JSON.parse(text) : undefined) as T }
}

async function login(email: string, password = TEST_PASSWORD) {
  const { status, json } = await api<{ token: string }>('POST', '/api/users/login', undefined, { email, password })
  expect(status).toBe(200)
  return json.token
}

async function createOpenEvent(token: string, organiser: Id) {
  const form = await api<{ doc: { id: Id } }>('POST', '/api/forms', token, {
    title: `Inscription – refus ${Date.now()}`,
    fields: rsvpFormFields,
    confirmationType: 'message',
    confirmationMessage: paragraphs('Merci.'),
  })
  expect(form.status).toBe(201)
  const startsAt = new Date(Date.now() + 30 * DAY)
  const event = await api<{ doc: { id: Id } }>('POST', '/api/events', token, {
    title: `Rencontre ouverte ${Date.now()}`,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3600e3).toISOString(),
    organiser,
    venue: { name: 'Salle des fêtes', city: 'Niort' },
    rsvp: { form: form.json.doc.id, deadline: new Date(startsAt.getTime() - DAY).toISOString(), capacity: 40 },
    _status: 'published',
  })
  expect({ status: event.status, body: event.text }).toMatchObject({ status: 201 })
  return event.json.doc
}

const guest = (email: string, extra: Record<string, string> = {}) => ({
  firstName: 'Camille',
  lastName: 'Martin',
  email,
  role: 'enseignant',
  attendees: '1',
  consent: 'true',
  ...extra,
})

const register = (eventId: Id, fields: Record<string, string>, accept = 'application/json') =>
  fetch(`${baseUrl()}/api/rsvp/register`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Accept: accept, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': nextIp() },
    body: new URLSearchParams({ evenement: String(eventId), ...fields }),
  })

/** The per-field messages the admin shows under its fields: `errors[0].data.errors` of Payload's REST answer. */
const fieldMessages = (body: FieldErrors) => (body.errors ?? []).flatMap((e) => e.data?.errors ?? [])

beforeAll(async () => {
  const res = await get(`/api/events?where[slug][equals]=${CEREMONY}&depth=0`)
  ceremony = ((await res.json()) as { docs: (typeof ceremony)[] }).docs[0]
  expect(ceremony?.rsvp?.form).toBeTruthy()
  adminToken = await login(TEST_STAFF.admin.email)
  associations = (await api<{ docs: { id: Id }[] }>('GET', '/api/associations?limit=2&depth=0&sort=name', adminToken))
    .json.docs
  expect(associations).toHaveLength(2)
  openEvent = await createOpenEvent(adminToken, associations[0].id)
})

describe('the public RSVP form', () => {
  it('with JavaScript: a closed event is refused with 400 and its French reason, not a 500', async () => {
    const res = await register(ceremony.id, guest('ferme@exemple.fr'))
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(CLOSED)
  })

  it('without JavaScript: the guest is sent back to a page that gives the French reason', async () => {
    const res = await register(ceremony.id, guest('ferme-sans-js@exemple.fr'), 'text/html')
    expect(res.status).toBe(303)
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).not.toBe('')
    const page = await get(res.headers.get('location') as string, { headers: { Cookie: cookie } })
    expect(page.status).toBeLessThan(500)
    expect(await page.text()).toMatch(CLOSED)
  })

  it('registers a guest for an open event (201), then refuses the same address and an empty first name in French', async () => {
    const email = `invite-${Date.now()}@exemple.fr`
    const first = await register(openEvent.id, guest(email))
    expect({ status: first.status, body: await first.json() }).toEqual({
      status: 201,
      body: { ok: true, status: 'confirmed' },
    })

    const again = await register(openEvent.id, guest(email.toUpperCase()))
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({
      ok: false,
      errors: [{ path: 'email', message: expect.stringMatching(/existe déjà/) }],
    })

    const unnamed = await register(openEvent.id, guest(`sans-nom-${Date.now()}@exemple.fr`, { firstName: '' }))
    expect(unnamed.status).toBe(400)
    expect(await unnamed.json()).toMatchObject({
      ok: false,
      errors: [{ path: 'firstName', message: expect.stringMatching(/obligatoire/) }],
    })
  })
})

describe('REST and GraphQL refusals stay French', () => {
  it('POST /api/form-submissions for the closed ceremony: 400 with the French reason on the form field', async () => {
    const { status, json } = await api<FieldErrors>('POST', '/api/form-submissions', undefined, {
      form: ceremony.rsvp.form,
      submissionData: Object.entries(guest('rest@exemple.fr')).map(([field, value]) => ({ field, value })),
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(CLOSED)
    expect(JSON.stringify(json)).not.toMatch(/The following field is invalid|unknown error/)
  })

  it('GraphQL createFormSubmission for the closed ceremony: the French reason', async () => {
    const query = `mutation { createFormSubmission(data: { form: ${JSON.stringify(ceremony.rsvp.form)}, submissionData: [{ field: "email", value: "gql@exemple.fr" }] }) { id } }`
    const { json } = await api('POST', '/api/graphql', undefined, { query })
    expect(JSON.stringify(json)).toMatch(CLOSED)
  })

  it('the 11th anonymous submission from one address gets 429 and the French message', async () => {
    const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' }
    const answers: { status: number; body: string }[] = []
    for (let i = 0; i < 11; i++) {
      const res = await fetch(`${baseUrl()}/api/form-submissions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ form: ceremony.rsvp.form, submissionData: [] }),
      })
      answers.push({ status: res.status, body: await res.text() })
    }
    expect(answers.slice(0, 10).map((a) => a.status)).toEqual(Array(10).fill(400))
    expect(answers[10].status).toBe(429)
    expect(answers[10].body).toMatch(/Trop de demandes depuis votre connexion/)
  })
})

describe('errors the admin shows (its REST calls)', () => {
  it('a short password: 400 with the 12-character rule on the password field', async () => {
    const { status, json } = await api<FieldErrors>('POST', '/api/users', adminToken, {
      email: `court-${Date.now()}@tests.occe.test`,
      password: 'court',
      role: 'editor',
    })
    expect(status).toBe(400)
    expect(fieldMessages(json)).toContainEqual({
      path: 'password',
      message: expect.stringMatching(/au moins 12 caractères/),
    })
  })

  it('attaching a form used by another event: 400 with the French message on rsvp.form', async () => {
    const { status, json } = await api<FieldErrors>('PATCH', `/api/events/${openEvent.id}`, adminToken, {
      rsvp: { form: ceremony.rsvp.form },
    })
    expect(status).toBe(400)
    expect(fieldMessages(json)).toContainEqual(
      expect.objectContaining({
        path: 'rsvp.form',
        message: expect.stringMatching(/déjà utilisé par un autre événement/),
      }),
    )
  })

  it('an association editor moving their event to another association: 403 with the French reason', async () => {
    const email = `ad-${Date.now()}@tests.occe.test`
    const created = await api('POST', '/api/users', adminToken, {
      email,
      password: TEST_PASSWORD,
      role: 'ad-editor',
      association: associations[1].id,
    })
    expect({ status: created.status, body: created.text }).toMatchObject({ status: 201 })
    const token = await login(email)
    const own = await createOpenEvent(adminToken, associations[1].id)
    const { status, json } = await api<FieldErrors>('PATCH', `/api/events/${own.id}`, token, {
      organiser: associations[0].id,
    })
    expect(status).toBe(403)
    expect(json.errors?.[0]?.message).toMatch(/(rester rattaché à|publier qu’au nom de) votre association/)
  })
})
