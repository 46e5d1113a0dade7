import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type Payload, ValidationError } from 'payload'

import { exportRegistrations } from '../../src/rsvp/export/registrationsCsv'
import { submitPublicRegistration } from '../../src/rsvp/http/publicSubmission'
import { paragraphs } from '../setup/richText'
import { answers, createRsvpEvent, type RsvpFixture } from './rsvpFixtures'

let payload: Payload
let open: RsvpFixture

beforeAll(async () => {
  payload = await getPayload({ config })
  open = await createRsvpEvent(payload, { capacity: 150 })
})

afterAll(async () => {
  await payload.destroy()
})

const count = async (formId: string | number) =>
  (await payload.count({ collection: 'form-submissions', where: { form: { equals: formId } } })).totalDocs

/** Submits as an anonymous visitor would, with access control on. */
const submit = (formId: string | number, submissionData: unknown) =>
  payload.create({
    collection: 'form-submissions',
    data: { form: formId, submissionData } as never,
    overrideAccess: false,
    depth: 0,
  })

async function refusal(formId: string | number, submissionData: unknown): Promise<Record<string, string>> {
  const before = await count(formId)
  try {
    await submit(formId, submissionData)
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    const { errors } = (error as ValidationError).data
    expect(await count(formId)).toBe(before)
    return Object.fromEntries(errors.map((e) => [e.path, e.message]))
  }
  throw new Error('submission was accepted')
}

describe('RSVP rules on every submission', () => {
  it('accepts a valid registration into real columns, with a normalised e-mail', async () => {
    const doc = await submit(open.formId, answers({ email: '  Alix.Dupont@Exemple.FR ', attendees: '2' }))
    expect(doc).toMatchObject({
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'alix.dupont@exemple.fr',
      attendees: 2,
      status: 'confirmed',
    })
    expect(String((doc as { event: unknown }).event)).toBe(String(open.eventId))
    expect((doc as unknown as Record<string, unknown>).cancelTokenHash).toBeUndefined()
  })

  it('requires the required fields, each with a French message', async () => {
    const errors = await refusal(open.formId, answers({ firstName: '', lastName: undefined, email: ' ' }))
    expect(errors.firstName).toMatch(/obligatoire/)
    expect(errors.lastName).toMatch(/obligatoire/)
    expect(errors.email).toMatch(/obligatoire/)
  })

  it('checks the e-mail format', async () => {
    expect((await refusal(open.formId, answers({ email: 'pas-une-adresse' }))).email).toMatch(/Adresse e-mail invalide/)
  })

  it('limits lengths', async () => {
    expect((await refusal(open.formId, answers({ lastName: 'x'.repeat(81) }))).lastName).toMatch(/80 caractères/)
    expect((await refusal(open.formId, answers({ accessibility: 'x'.repeat(1001) }))).accessibility).toMatch(
      /1000 caractères/,
    )
  })

  it('rejects unknown fields and values outside the options', async () => {
    expect((await refusal(open.formId, [...answers(), { field: 'isAdmin', value: 'true' }])).isAdmin).toMatch(
      /Champ inconnu/,
    )
    expect((await refusal(open.formId, answers({ role: 'ministre' }))).role).toMatch(/options proposées/)
  })

  it('wants an integer number of people between 1 and 10', async () => {
    for (const attendees of ['0', '11', '2.5', '-1', 'deux', '1e1'])
      expect((await refusal(open.formId, answers({ attendees }))).attendees).toMatch(/entre 1 et 10|nombre entier/)
  })

  it('refuses web addresses in names and organisation, which the e-mails repeat', async () => {
    expect((await refusal(open.formId, answers({ firstName: 'https://evil.example' }))).firstName).toMatch(
      /adresses web.*ne sont pas acceptées/,
    )
    expect((await refusal(open.formId, answers({ lastName: 'Voir http://evil.example' }))).lastName).toMatch(
      /adresses web/,
    )
    expect((await refusal(open.formId, answers({ organisation: 'ftp://x.example' }))).organisation).toMatch(
      /adresses web/,
    )
  })

  it('requires consent', async () => {
    expect((await refusal(open.formId, answers({ consent: 'false' }))).consent).toMatch(/accepter/)
    expect((await refusal(open.formId, answers({ consent: undefined }))).consent).toMatch(/accepter/)
  })

  it('refuses a malformed body', async () => {
    await expect(submit(open.formId, 'texte')).rejects.toThrow()
    await expect(submit(open.formId, [null, 3])).rejects.toThrow()
    await expect(
      payload.create({ collection: 'form-submissions', data: null as never, overrideAccess: false, depth: 0 }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('keeps one registration per e-mail per event, whatever the case and spaces', async () => {
    await submit(open.formId, answers({ email: 'dominique@exemple.fr' }))
    const errors = await refusal(open.formId, answers({ email: '  DOMINIQUE@Exemple.fr  ' }))
    expect(errors.email).toMatch(/existe déjà/)
  })

  it('closes at the deadline and once the event has started', async () => {
    const pastDeadline = await createRsvpEvent(payload, { deadline: new Date(Date.now() - 1000) })
    expect((await refusal(pastDeadline.formId, answers())).form).toMatch(
      /Les inscriptions sont closes : la date limite/,
    )
    const started = await createRsvpEvent(payload, {
      startsAt: new Date(Date.now() - 60_000),
      deadline: null,
      endsAt: new Date(Date.now() + 3600_000),
    })
    expect((await refusal(started.formId, answers())).form).toMatch(
      /Les inscriptions sont closes : l’événement a commencé/,
    )
  })

  it('puts registrations beyond capacity on the waiting list, counted in people', async () => {
    const small = await createRsvpEvent(payload, { capacity: 3 })
    const a = await submit(small.formId, answers({ email: 'a@exemple.fr', attendees: '2' }))
    const b = await submit(small.formId, answers({ email: 'b@exemple.fr', attendees: '2' }))
    const c = await submit(small.formId, answers({ email: 'c@exemple.fr', attendees: '1' }))
    expect([a, b, c].map((d) => (d as { status: string }).status)).toEqual(['confirmed', 'waiting', 'waiting'])
    const form = await payload.findByID({ collection: 'forms', id: small.formId })
    expect(form).toMatchObject({ seatsConfirmed: 2, seatsWaiting: 3, arrivals: 3 })
  })

  it('ignores server-owned columns sent by the client', async () => {
    const full = await createRsvpEvent(payload, { capacity: 1 })
    await submit(full.formId, answers({ email: 'first@exemple.fr' }))
    const doc = await payload.create({
      collection: 'form-submissions',
      data: {
        form: full.formId,
        submissionData: answers({ email: 'sneaky@exemple.fr' }),
        status: 'confirmed',
        attendees: 1,
        dedupeKey: 'x',
      } as never,
      overrideAccess: false,
    })
    expect((doc as { status: string }).status).toBe('waiting')
  })

  it('accepts a filled honeypot silently and stores nothing', async () => {
    const before = await count(open.formId)
    const fields = {
      evenement: String(open.eventId),
      site_web: 'https://spam.example',
      ...Object.fromEntries(answers({ email: 'bot@exemple.fr' }).map((a) => [a.field, String(a.value)])),
    }
    await expect(submitPublicRegistration(payload, fields, '203.0.113.50')).resolves.toMatchObject({
      ok: true,
      status: 'confirmed',
      trap: true,
    })
    expect(await count(open.formId)).toBe(before)
  })

  it('exports CSV to federation staff and to the organising association only, formulas neutralised', async () => {
    await submit(
      open.formId,
      answers({ email: 'formule@exemple.fr', lastName: '=HYPERLINK("x")', organisation: '@SUM(1)' }),
    )
    const event = await payload.findByID({ collection: 'events', id: open.eventId, depth: 0 })
    const organiser = event.organiser as string | number
    const editor = await exportRegistrations(payload, { role: 'editor' }, String(open.eventId))
    expect(editor.ok).toBe(true)
    const csv = editor.ok ? editor.csv : ''
    expect(csv.startsWith('\uFEFFN° d’arrivée;Statut;Nom;Prénom;E-mail')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""x"")";Camille;formule@exemple.fr;1;'@SUM(1);Enseignant·e`)
    expect(
      await exportRegistrations(payload, { role: 'ad-editor', association: organiser }, String(open.eventId)),
    ).toMatchObject({ ok: true })
    expect(
      await exportRegistrations(payload, { role: 'ad-editor', association: 999999 }, String(open.eventId)),
    ).toMatchObject({ ok: false, status: 403 })
    expect(await exportRegistrations(payload, null, String(open.eventId))).toMatchObject({ ok: false, status: 401 })
  })
})

describe('form e-mails and anonymous submissions', () => {
  const relay = [{ emailTo: '{{email}}', emailFrom: 'federation@occe.test', subject: 'Relais', message: [] }]

  it('shows the form e-mails (recipients, templates) to federation staff only', async () => {
    await payload.update({
      collection: 'forms',
      id: open.formId,
      data: { emails: [{ emailTo: 'equipe@occe.test', subject: 'Copie' }] } as never,
    })
    const organiser = (await payload.findByID({ collection: 'events', id: open.eventId, depth: 0 })).organiser as
      string | number
    const read = (user: Record<string, unknown>) =>
      payload.findByID({
        collection: 'forms',
        id: open.formId,
        depth: 0,
        overrideAccess: false,
        user: { collection: 'users', ...user } as never,
      })
    expect((await read({ id: 1, role: 'editor' })).emails?.[0]).toMatchObject({ emailTo: 'equipe@occe.test' })
    expect((await read({ id: 2, role: 'ad-editor', association: organiser })).emails ?? []).toEqual([])
  })

  it('lets only federation staff write the e-mail templates', async () => {
    const fixture = await createRsvpEvent(payload)
    const organiser = (await payload.findByID({ collection: 'events', id: fixture.eventId, depth: 0 })).organiser as
      string | number
    const adEditor = { collection: 'users', id: 3, role: 'ad-editor', association: organiser } as never
    await payload.update({
      collection: 'forms',
      id: fixture.formId,
      data: { emails: relay } as never,
      overrideAccess: false,
      user: adEditor,
    })
    expect((await payload.findByID({ collection: 'forms', id: fixture.formId, depth: 0 })).emails ?? []).toEqual([])
    const created = await payload.create({
      collection: 'forms',
      data: {
        title: 'Contact',
        fields: [{ blockType: 'email', name: 'email', label: 'E-mail', required: true }],
        confirmationType: 'message',
        confirmationMessage: paragraphs('Merci.'),
        emails: relay,
      } as never,
      overrideAccess: false,
      user: adEditor,
    })
    expect((await payload.findByID({ collection: 'forms', id: created.id, depth: 0 })).emails ?? []).toEqual([])
    const editor = { collection: 'users', id: 4, role: 'editor' } as never
    await payload.update({
      collection: 'forms',
      id: created.id,
      data: { emails: relay } as never,
      overrideAccess: false,
      user: editor,
    })
    expect((await payload.findByID({ collection: 'forms', id: created.id, depth: 0 })).emails?.[0]).toMatchObject({
      emailTo: '{{email}}',
    })
  })

  it('rate-limits anonymous HTTP submissions to plain forms too', async () => {
    const plain = await payload.create({
      collection: 'forms',
      data: {
        title: 'Contact libre',
        fields: [{ blockType: 'email', name: 'email', label: 'E-mail', required: true }],
        confirmationType: 'message',
        confirmationMessage: paragraphs('Merci.'),
      } as never,
    })
    const statuses: number[] = []
    for (let i = 0; i < 15; i++) {
      try {
        await payload.create({
          collection: 'form-submissions',
          data: { form: plain.id, submissionData: [{ field: 'email', value: `x${i}@exemple.fr` }] } as never,
          overrideAccess: false,
          depth: 0,
          req: { payloadAPI: 'REST', headers: new Headers({ 'x-forwarded-for': '203.0.113.77' }) },
        })
        statuses.push(201)
      } catch (error) {
        statuses.push((error as { status?: number }).status ?? 500)
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201))
    expect(statuses).toContain(429)
  })
})

describe('public register route', () => {
  it('takes the rate-limit token before reading the body, and caps the streamed body (413)', async () => {
    const { POST } = await import('../../src/app/(payload)/api/rsvp/register/route')
    const saved = process.env.RSVP_RATE_LIMIT
    process.env.RSVP_RATE_LIMIT = '2/600'
    try {
      // A streamed body with no Content-Length: only counting the bytes read can stop it.
      const big = () =>
        new Request('http://localhost/api/rsvp/register', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'x-forwarded-for': '203.0.113.88',
          },
          body: new ReadableStream({
            start(controller) {
              for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(1024).fill(32))
              controller.close()
            },
          }),
          duplex: 'half',
        } as RequestInit)
      const requests = [big(), big(), big()]
      const responses = []
      for (const request of requests) responses.push(await POST(request))
      expect(responses.map((r) => r.status)).toEqual([413, 413, 429])
      expect(JSON.stringify(await responses[0].json())).toMatch(/trop volumineux/)
      expect(JSON.stringify(await responses[2].json())).toMatch(/Trop de demandes/)
      expect(requests[2].bodyUsed).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.RSVP_RATE_LIMIT
      else process.env.RSVP_RATE_LIMIT = saved
    }
  })
})
