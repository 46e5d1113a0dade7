/**
 * Check-in at the door on the real database (SQLite, or FerretDB with TEST_DATABASE_URI): entry codes,
 * who may check a guest in, one arrival recorded under concurrent scans, counts, search, the sign-in
 * sheet's order, CSV attendance and the retention job.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getPayload, type Payload } from 'payload'

import { checkIn } from '../../src/checkin/checkIn'
import { attendanceOf } from '../../src/checkin/counts'
import { guestsOf, registrationForCode } from '../../src/checkin/registrations'
import { matches } from '../../src/checkin/search'
import { checkinToken, registrationIdOf, tokenIn } from '../../src/checkin/token'
import { exportRegistrations } from '../../src/rsvp/export/registrationsCsv'
import { eraseExpiredRegistrations } from '../../src/rsvp/privacy/retention'
import { answers, createRsvpEvent, type RsvpFixture } from './rsvpFixtures'

let payload: Payload
let fixture: RsvpFixture
let organiser: string | number
const ids: Record<string, string> = {}

const register = async (formId: string | number, overrides: Record<string, unknown>) =>
  String(
    (
      await payload.create({
        collection: 'form-submissions',
        data: { form: formId, submissionData: answers(overrides) } as never,
        depth: 0,
      })
    ).id,
  )

const staff = (role: 'admin' | 'editor' | 'ad-editor', association?: string | number, name = 'Marie Dupont') => ({
  role,
  association,
  name,
  email: 'accueil@occe.test',
})

beforeAll(async () => {
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  fixture = await createRsvpEvent(payload, { capacity: 20 })
  const event = await payload.findByID({ collection: 'events', id: fixture.eventId, depth: 0 })
  organiser = event.organiser as string | number
  ids.zola = await register(fixture.formId, {
    firstName: 'Émile',
    lastName: 'Zola',
    email: 'emile.zola@exemple.fr',
    attendees: '2',
    accessibility: 'Fauteuil roulant',
  })
  ids.eluard = await register(fixture.formId, {
    firstName: 'Paul',
    lastName: 'Éluard',
    email: 'paul.eluard@exemple.fr',
    attendees: '1',
  })
  ids.dupont = await register(fixture.formId, {
    firstName: 'Élise',
    lastName: 'Dupont',
    email: 'elise.dupont@exemple.fr',
    attendees: '3',
  })
  ids.martin = await register(fixture.formId, {
    firstName: 'Chloé',
    lastName: 'Martin',
    email: 'chloe.martin@exemple.fr',
    attendees: '2',
  })
  ids.cancelled = await register(fixture.formId, {
    firstName: 'Anne',
    lastName: 'Annulée',
    email: 'anne@exemple.fr',
    attendees: '1',
  })
  await payload.update({ collection: 'form-submissions', id: ids.cancelled, data: { status: 'cancelled' } })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('entry codes', () => {
  it('are signed per registration: tampered or moved codes find nobody', async () => {
    const code = checkinToken(payload.secret, ids.zola)
    expect(registrationIdOf(payload.secret, code)).toBe(ids.zola)
    expect(registrationIdOf(payload.secret, `${ids.eluard}.${code.split('.')[1]}`)).toBeUndefined()
    expect(registrationIdOf(payload.secret, code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'))).toBeUndefined()
    expect(registrationIdOf('another-secret', code)).toBeUndefined()
    expect(tokenIn(`https://www.occe.coop/entree/${code}`)).toBe(code)
    await expect(registrationForCode(payload, code)).resolves.toMatchObject({
      guest: { lastName: 'Zola', attendees: 2, accessibility: 'Fauteuil roulant' },
    })
  })

  it('of a cancelled registration stop working', async () => {
    await expect(registrationForCode(payload, checkinToken(payload.secret, ids.cancelled))).resolves.toBeUndefined()
  })
})

describe('checking a guest in', () => {
  it('refuses strangers and other associations’ staff', async () => {
    const code = checkinToken(payload.secret, ids.eluard)
    await expect(checkIn(payload, null, { code })).resolves.toMatchObject({ ok: false, status: 401 })
    await expect(checkIn(payload, staff('ad-editor', 999999), { code })).resolves.toMatchObject({
      ok: false,
      status: 403,
    })
    await expect(checkIn(payload, staff('ad-editor', 999999), { registrationId: ids.eluard })).resolves.toMatchObject({
      ok: false,
      status: 403,
    })
    const doc = await payload.findByID({ collection: 'form-submissions', id: ids.eluard, depth: 0 })
    expect(doc.checkedInAt ?? null).toBeNull()
  })

  it('records the first scan and shows it to the second', async () => {
    const code = checkinToken(payload.secret, ids.eluard)
    const first = await checkIn(payload, staff('ad-editor', organiser, 'Marie Dupont'), { code })
    expect(first).toMatchObject({
      ok: true,
      recorded: true,
      entry: { guest: { attended: true, checkedInBy: 'Marie Dupont' } },
    })
    const second = await checkIn(payload, staff('editor', undefined, 'Paul Martin'), { registrationId: ids.eluard })
    expect(second).toMatchObject({ ok: true, recorded: false, entry: { guest: { checkedInBy: 'Marie Dupont' } } })
    if (first.ok && second.ok) expect(second.entry.guest.checkedInAt).toBe(first.entry.guest.checkedInAt)
  })

  it('records one arrival when several phones scan the same guest at once', async () => {
    const code = checkinToken(payload.secret, ids.zola)
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        checkIn(payload, staff('editor', undefined, `Porte ${i}`), i % 2 ? { code } : { registrationId: ids.zola }),
      ),
    )
    const recorded = outcomes.filter((o) => o.ok && o.recorded)
    expect(recorded).toHaveLength(1)
    const winner = recorded[0].ok ? recorded[0].entry.guest.checkedInBy : undefined
    const doc = await payload.findByID({ collection: 'form-submissions', id: ids.zola, depth: 0 })
    expect(doc.checkedInBy).toBe(winner)
    expect(doc.attended).toBe(true)
  })

  it('refuses a cancelled registration', async () => {
    await expect(checkIn(payload, staff('admin'), { registrationId: ids.cancelled })).resolves.toMatchObject({
      ok: false,
      status: 404,
    })
  })
})

describe('the door', () => {
  it('counts people present, expected and still to come', async () => {
    // Zola (2) and Éluard (1) are in; Dupont (3) and Martin (2) are expected; the cancelled one does not count.
    await expect(attendanceOf(payload, fixture.eventId)).resolves.toEqual({
      expected: 8,
      present: 3,
      toCome: 5,
      waiting: 0,
      registrations: { expected: 4, present: 2, toCome: 2 },
    })
  })

  it('counts a waiting-list guest let in as present, not as expected', async () => {
    const full = await createRsvpEvent(payload, { capacity: 1 })
    await register(full.formId, { email: 'seule@exemple.fr' })
    const waiting = await register(full.formId, { email: 'attente@exemple.fr', attendees: '2' })
    await expect(attendanceOf(payload, full.eventId)).resolves.toMatchObject({
      expected: 1,
      present: 0,
      toCome: 1,
      waiting: 2,
    })
    await expect(checkIn(payload, staff('admin'), { registrationId: waiting })).resolves.toMatchObject({
      ok: true,
      recorded: true,
      entry: { guest: { status: 'waiting' } },
    })
    await expect(attendanceOf(payload, full.eventId)).resolves.toMatchObject({
      expected: 1,
      present: 2,
      toCome: 1,
      waiting: 0,
    })
  })

  it('finds guests whatever the accents and case, and sorts the sheet by last name', async () => {
    const event = await payload.findByID({ collection: 'events', id: fixture.eventId, depth: 0 })
    const guests = await guestsOf(payload, event, staff('ad-editor', organiser))
    await expect(guestsOf(payload, event, staff('ad-editor', 999999))).resolves.toEqual([])
    expect(guests.map((g) => g.lastName)).toEqual(['Dupont', 'Éluard', 'Martin', 'Zola'])
    const find = (q: string) => guests.filter((g) => matches(g, q)).map((g) => g.lastName)
    expect(find('ELUARD')).toEqual(['Éluard'])
    expect(find('elise')).toEqual(['Dupont'])
    expect(find('chloe mar')).toEqual(['Martin'])
    expect(find('EMILE.ZOLA@')).toEqual(['Zola'])
    expect(find('durand')).toEqual([])
  })
})

describe('after the event', () => {
  it('exports attendance in the CSV', async () => {
    const result = await exportRegistrations(payload, { role: 'editor' }, String(fixture.eventId))
    const lines = result.ok ? result.csv.split('\r\n') : []
    const header = lines[0].split(';')
    const present = header.indexOf('Présent')
    expect(present).toBeGreaterThan(0)
    const row = (name: string) => lines.find((l) => l.includes(name))!.split(';')
    expect(row('Éluard')[present]).toBe('oui')
    expect(row('Éluard')[present + 1]).toMatch(/^\d\d\/\d\d\/\d{4} \d{1,2} h( \d\d)?$/)
    expect(row('Martin')[present]).toBe('')
  })

  it('erases when and by whom with the rest; the anonymous attendance figure stays', async () => {
    const event = await payload.findByID({ collection: 'events', id: fixture.eventId, depth: 0 })
    const later = new Date(new Date(event.endsAt ?? event.startsAt).getTime() + 400 * 24 * 3600e3)
    await eraseExpiredRegistrations(payload, later)
    const doc = await payload.findByID({ collection: 'form-submissions', id: ids.eluard, depth: 0 })
    expect(doc.erasedAt).toBeTruthy()
    expect(doc.checkedInAt ?? null).toBeNull()
    expect(doc.checkedInBy ?? null).toBeNull()
    expect(doc.attended).toBe(true)
    await expect(registrationForCode(payload, checkinToken(payload.secret, ids.dupont))).resolves.toBeUndefined()
    await expect(checkIn(payload, staff('admin'), { registrationId: ids.dupont })).resolves.toMatchObject({
      ok: false,
      status: 404,
    })
  })
})
