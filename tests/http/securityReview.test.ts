/**
 * Issue 11 over HTTP, on the production build: the outside review's attacks, replayed through REST and
 * GraphQL as the reviewer made them.
 */
import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'

import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { TEST_PASSWORD, TEST_STAFF } from '../setup/staffAccounts'
import { baseUrl, get } from './client'

const DAY = 86_400_000
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const call = async (method: string, url: string, token?: string, body?: unknown, address = '192.0.2.50') => {
  const res = await fetch(`${baseUrl()}${url}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': 'fr',
      'x-real-ip': address,
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json: Json = {}
  try {
    json = JSON.parse(text)
  } catch {
    json = { text }
  }
  return { status: res.status, json }
}

async function tokenOf(email: string, password: string) {
  const res = await call('POST', '/api/users/login', undefined, { email, password }, '192.0.2.51')
  expect(res.status).toBe(200)
  return res.json.token as string
}

const messages = (json: Json): string =>
  JSON.stringify(
    (json.errors ?? []).map((e: Json) => [e.message, ...(e.data?.errors ?? []).map((d: Json) => d.message)]),
  )

let admin: string
let attacker: string // AD editor of OCCE 79
let victim: string // AD editor of OCCE 86
const ids: Record<string, string | number> = {}

beforeAll(async () => {
  admin = await tokenOf(TEST_STAFF.admin.email, TEST_PASSWORD)
  const occe79 = await call('GET', '/api/associations?where[slug][equals]=occe-79&depth=0', admin)
  ids.ad79 = occe79.json.docs[0].id
  ids.ad86 = (
    await call('POST', '/api/associations', admin, {
      name: 'OCCE 86 (revue)',
      level: 'departmental',
      departementCode: '86',
    })
  ).json.doc.id
  for (const [name, association] of [
    ['attaquant', ids.ad79],
    ['victime', ids.ad86],
  ] as const) {
    const res = await call('POST', '/api/users', admin, {
      email: `${name}@tests.occe.test`,
      password: TEST_PASSWORD,
      role: 'ad-editor',
      association,
    })
    expect(res.status).toBe(201)
  }
  attacker = await tokenOf('attaquant@tests.occe.test', TEST_PASSWORD)
  victim = await tokenOf('victime@tests.occe.test', TEST_PASSWORD)
})

const formBody = (title: string) => ({
  title,
  fields: rsvpFormFields,
  confirmationType: 'message',
  confirmationMessage: {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          children: [{ type: 'text', text: 'Merci.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  },
})
const answers = (email: string) =>
  Object.entries({
    firstName: 'Camille',
    lastName: 'Invitée',
    email,
    role: 'enseignant',
    attendees: '1',
    consent: 'true',
    accessibility: 'Fauteuil roulant',
  }).map(([field, value]) => ({ field, value }))

describe('1. registrations stay with the event (and association) they were made for', () => {
  it('an AD editor cannot take another association’s form through a draft event, read its guests or edit it', async () => {
    const x = await call('POST', '/api/forms', victim, formBody('Inscription AG OCCE 86'))
    const y = await call('POST', '/api/forms', victim, formBody('Inscription AG OCCE 86 (nouvelle)'))
    expect([x.status, y.status]).toEqual([201, 201])
    expect(String(x.json.doc.owner?.id ?? x.json.doc.owner)).toBe(String(ids.ad86))
    const starts = Date.now() + 30 * DAY
    const event = await call('POST', '/api/events', victim, {
      title: 'AG OCCE 86',
      _status: 'published',
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + 3_600_000).toISOString(),
      rsvp: { form: x.json.doc.id, capacity: 20 },
    })
    expect(event.status).toBe(201)
    const guest = await call(
      'POST',
      '/api/form-submissions',
      undefined,
      { form: x.json.doc.id, submissionData: answers('invitee-86@exemple.fr') },
      '203.0.113.60',
    )
    expect(guest.status).toBe(201)
    // The victim only saves a draft pointing at its new form: the public page still shows form X.
    const draft = await call('PATCH', `/api/events/${event.json.doc.id}?draft=true`, victim, {
      rsvp: { form: y.json.doc.id },
    })
    expect(draft.status).toBe(200)

    // The attack: a draft event of the attacker's association with rsvp.form = X.
    const takeover = await call('POST', '/api/events?draft=true', attacker, {
      title: 'Détournement',
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + 3_600_000).toISOString(),
      rsvp: { form: x.json.doc.id },
    })
    expect(takeover.status).toBe(400)
    expect(messages(takeover.json)).toMatch(/appartient à une autre association/)

    const listed = await call('GET', `/api/form-submissions?where[form][equals]=${x.json.doc.id}&depth=0`, attacker)
    expect(listed.status).toBe(200)
    expect(listed.json.docs).toEqual([])
    const edited = await call('PATCH', `/api/forms/${x.json.doc.id}`, attacker, { retentionMonths: 36, title: 'Pris' })
    expect([403, 404]).toContain(edited.status)
    const graphql = await call('POST', '/api/graphql', attacker, {
      query: `{ FormSubmissions(where: { form: { equals: ${JSON.stringify(x.json.doc.id)} } }) { totalDocs docs { email } } }`,
    })
    expect(graphql.json.data?.FormSubmissions?.docs ?? []).toEqual([])
    expect(JSON.stringify(graphql.json)).not.toContain('invitee-86@exemple.fr')

    // The victim still sees its guest; the form is unchanged; the published event still takes registrations.
    const theirs = await call('GET', `/api/form-submissions?where[form][equals]=${x.json.doc.id}&depth=0`, victim)
    expect(theirs.json.docs.map((d: Json) => d.email)).toEqual(['invitee-86@exemple.fr'])
    expect((await call('GET', `/api/forms/${x.json.doc.id}?depth=0`, admin)).json.title).toBe('Inscription AG OCCE 86')
    const later = await call(
      'POST',
      '/api/form-submissions',
      undefined,
      { form: x.json.doc.id, submissionData: answers('apres-brouillon@exemple.fr') },
      '203.0.113.61',
    )
    expect(later.status).toBe(201)
    expect(String(later.json.doc.event?.id ?? later.json.doc.event)).toBe(String(event.json.doc.id))

    // 4. The public reads the published event's form, not the draft's, and no seat counter.
    const forms = await call('GET', '/api/forms?limit=100&depth=0')
    const seen = forms.json.docs.map((d: Json) => String(d.id))
    expect(seen).toContain(String(x.json.doc.id))
    expect(seen).not.toContain(String(y.json.doc.id))
    expect(JSON.stringify(forms.json)).not.toMatch(/seatsConfirmed|seatsWaiting|arrivals/)
  })

  it('an AD editor reads and deletes only their own document locks', async () => {
    const locks = await call('GET', '/api/payload-locked-documents?limit=100&depth=0', attacker)
    expect(locks.status).toBe(200)
    const me = (await call('GET', '/api/users/me', attacker)).json.user.id
    expect(locks.json.docs.every((d: Json) => String(d.user?.value) === String(me))).toBe(true)
  })
})

describe('2–3. what the review typed into the admin', () => {
  it('refuses CR/LF in an event title and a javascript: website, in French; completes www.', async () => {
    const starts = Date.now() + 40 * DAY
    const ics = await call('POST', '/api/events', admin, {
      title: 'T\r\nATTENDEE:mailto:evil@x.y',
      organiser: ids.ad79,
      _status: 'published',
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + 3_600_000).toISOString(),
    })
    expect(ics.status).toBe(400)
    expect(messages(ics.json)).toMatch(/seule ligne/)
    const script = await call('PATCH', `/api/associations/${ids.ad86}`, admin, {
      website: 'javascript:alert(document.domain)',
    })
    expect(script.status).toBe(400)
    expect(messages(script.json)).toMatch(/Adresse web invalide/)
    const www = await call('PATCH', `/api/associations/${ids.ad86}`, admin, { website: 'www.occe-a.fr' })
    expect(www.json.doc.website).toBe('https://www.occe-a.fr')
  })
})

describe('6. strangers’ addresses add nothing to the cache', () => {
  const fetchCache = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'cache', 'fetch-cache')
  const files = () =>
    fs.existsSync(fetchCache) ? fs.readdirSync(fetchCache).filter((f) => f !== 'tags-manifest.json').length : 0

  it('answers unknown slugs with the French 404 and out-of-range filters with their canonical address, writing no cache file', async () => {
    // Warm the pages' shared entries (slug lists, facets) first.
    await (await get('/evenements/inconnu-0')).text()
    await (await get('/communiques')).text()
    const before = files()
    for (let i = 1; i <= 15; i++) {
      const page = await get(`/evenements/x-${i}`)
      expect(page.status).toBe(404)
      expect(await page.text()).toContain('Page introuvable')
      expect((await get(`/evenements/x-${i}/calendrier.ics`)).status).toBe(404)
      expect((await get(`/projets/y-${i}`)).status).toBe(404)
      expect((await get(`/associations/z-${i}`)).status).toBe(404)
      // A page past the last one, or a year without releases, is the French 404 (tests/http/lists.test.ts).
      const filtered = await get(`/communiques?page=${900 + i}&annee=2099`)
      expect(filtered.status).toBe(404)
      expect(await filtered.text()).toContain('Page introuvable')
    }
    // The page cache keeps real pages, not made-up ones: a second visit is a HIT only for the real event.
    for (const path of ['/evenements/ceremonie-d-ouverture-ag-nationale-2026', '/evenements/x-1'])
      await (await get(path)).text()
    expect((await get('/evenements/ceremonie-d-ouverture-ag-nationale-2026')).headers.get('x-nextjs-cache')).toBe('HIT')
    expect((await get('/evenements/x-1')).headers.get('x-nextjs-cache')).not.toBe('HIT')
    const beyond = await get('/communiques?page=2')
    expect(beyond.status).toBe(404)
    expect(beyond.headers.get('x-nextjs-cache')).not.toBe('HIT')
    expect(files()).toBe(before)
  })
})
