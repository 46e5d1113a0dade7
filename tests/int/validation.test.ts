/** What a careful editor expects the admin to refuse: each with a clear French message, nothing stored. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type CollectionSlug, type Payload } from 'payload'

import { paragraphs } from '../setup/richText'

let payload: Payload
let ad79: string | number

beforeAll(async () => {
  payload = await getPayload({ config })
  ad79 = (
    await payload.create({
      collection: 'associations',
      data: { name: 'OCCE 79', level: 'departmental', departementCode: '79' } as never,
    })
  ).id
})

afterAll(async () => {
  await payload.destroy()
})

/** Expects the create to fail with `message` on `path`, and the collection to hold as many documents as before. */
async function refused(collection: CollectionSlug, data: Record<string, unknown>, path: string, message: RegExp) {
  const before = (await payload.count({ collection })).totalDocs
  let error: unknown
  try {
    await payload.create({ collection, data: data as never })
  } catch (e) {
    error = e
  }
  expect(error).toBeDefined()
  const errors = ((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []) as {
    path: string
    message: string
  }[]
  const onPath = errors.find((e) => e.path === path)
  expect(onPath?.message ?? (error as Error).message).toMatch(message)
  expect((await payload.count({ collection })).totalDocs).toBe(before)
}

const event = (extra: Record<string, unknown>) => ({
  title: `Réunion ${Math.random()}`,
  organiser: ad79,
  startsAt: '2026-09-10T07:00:00.000Z',
  endsAt: '2026-09-10T09:00:00.000Z',
  _status: 'published',
  ...extra,
})

describe('slugs', () => {
  it('are made from the title the French way', async () => {
    const project = await payload.create({
      collection: 'projects',
      data: { title: 'Théâ', theme: 'projets-cooperatifs', associations: [ad79], _status: 'published' } as never,
    })
    expect(project.slug).toBe('thea')
    const ag = await payload.create({ collection: 'events', data: event({ title: 'Assemblée Générale' }) as never })
    expect(ag.slug).toBe('assemblee-generale')
  })

  // On the field, in French, on both legs (FerretDB's duplicate-key error alone names no field).
  it('are unique: a second document with the same slug is refused', async () => {
    const first = await payload.create({
      collection: 'projects',
      data: {
        title: 'Messages clairs',
        theme: 'projets-cooperatifs',
        associations: [ad79],
        _status: 'published',
      } as never,
    })
    await refused(
      'projects',
      { title: 'Messages clairs', theme: 'projets-cooperatifs', associations: [ad79], _status: 'published' },
      'slug',
      /^L’adresse « messages-clairs » est déjà utilisée/,
    )
    // Saving the document that holds the slug is not a duplicate of itself.
    await payload.update({
      collection: 'projects',
      id: first.id,
      data: { title: 'Messages clairs', slug: 'messages-clairs' } as never,
    })
  })

  it('typed by an editor are normalised', async () => {
    const project = await payload.create({
      collection: 'projects',
      data: {
        title: 'Poésie',
        slug: 'La Poésie à l’École',
        theme: 'projets-cooperatifs',
        associations: [ad79],
        _status: 'published',
      } as never,
    })
    expect(project.slug).toBe('la-poesie-a-l-ecole')
  })
})

describe('associations', () => {
  it.each(['20', '96', '977', '2C', 'abc'])('refuse the département code %s', async (code) => {
    await refused(
      'associations',
      { name: `OCCE ${code}`, level: 'departmental', departementCode: code },
      'departementCode',
      /Code département invalide/,
    )
  })

  it('require a département code for a departmental association', async () => {
    await refused('associations', { name: 'OCCE sans numéro', level: 'departmental' }, 'departementCode', /obligatoire/)
  })

  it('accept 2A and a lower-case 2b, stored upper-case', async () => {
    const corse = await payload.create({
      collection: 'associations',
      data: { name: 'OCCE 2B', level: 'departmental', departementCode: '2b' } as never,
    })
    expect(corse.departementCode).toBe('2B')
  })

  it('refuse a malformed e-mail, phone, SIRET, NACE and postal code', async () => {
    const base = { level: 'union' }
    await refused('associations', { ...base, name: 'A', email: 'federation@occe' }, 'email', /Adresse e-mail invalide/)
    await refused('associations', { ...base, name: 'B', phone: '01 44 14 93' }, 'phone', /Numéro de téléphone invalide/)
    await refused(
      'associations',
      { ...base, name: 'C', legal: { siret: '775 689 078' } },
      'legal.siret',
      /SIRET invalide/,
    )
    await refused('associations', { ...base, name: 'D', legal: { nace: '94.99' } }, 'legal.nace', /Code NACE invalide/)
    await refused(
      'associations',
      { ...base, name: 'E', address: { postalCode: '935' } },
      'address.postalCode',
      /Code postal invalide/,
    )
  })
})

describe('events', () => {
  it('refuse an end before the start', async () => {
    await refused(
      'events',
      event({ endsAt: '2026-09-10T06:00:00.000Z' }),
      'endsAt',
      /La fin ne peut pas précéder le début/,
    )
  })

  it('refuse an RSVP deadline after the start', async () => {
    await refused(
      'events',
      event({ rsvp: { deadline: '2026-09-10T08:00:00.000Z' } }),
      'rsvp.deadline',
      /date limite d’inscription doit précéder/,
    )
  })

  it('store the dates in UTC and keep the Paris time zone the editor typed in', async () => {
    const created = await payload.create({
      collection: 'events',
      data: event({
        startsAt: '2026-06-04T07:00:00.000Z',
        endsAt: '2026-06-04T08:30:00.000Z',
        startsAt_tz: 'Europe/Paris',
      }) as never,
    })
    expect(new Date(created.startsAt).toISOString()).toBe('2026-06-04T07:00:00.000Z')
    expect((created as unknown as { startsAt_tz?: string }).startsAt_tz).toBe('Europe/Paris')
  })
})

describe('contacts and releases', () => {
  it('refuse a contact without e-mail or with a malformed phone', async () => {
    await refused('contacts', { name: 'Sans e-mail', association: ad79 }, 'email', /obligatoire/)
    await refused(
      'contacts',
      { name: 'Mauvais numéro', email: 'a@b.fr', phone: '12', association: ad79 },
      'phone',
      /Numéro de téléphone invalide/,
    )
  })

  it('refuse a release without its dateline', async () => {
    await refused(
      'news-releases',
      { title: 'Sans date', association: ad79, body: paragraphs('x'), _status: 'published' },
      'dateline.place',
      /.+/,
    )
  })
})
