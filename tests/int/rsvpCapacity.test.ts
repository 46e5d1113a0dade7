import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { FormSubmission } from '../../src/payload-types'
import { cancelRegistration } from '../../src/rsvp/registration/cancel'
import { eraseExpiredRegistrations } from '../../src/rsvp/privacy/retention'
import { cancelToken } from '../../src/rsvp/registration/cancelToken'
import { EVENT_FIELD } from '../../src/rsvp/contract'
import { submitPublicRegistration } from '../../src/rsvp/http/publicSubmission'
import { runEmailQueue } from './emailQueue'
import { answers, createRsvpEvent } from './rsvpFixtures'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

const submit = (formId: string | number, data: ReturnType<typeof answers>) =>
  payload.create({
    collection: 'form-submissions',
    data: { form: formId, submissionData: data } as never,
    overrideAccess: false,
    depth: 0,
  })

const registrations = async (eventId: string | number) =>
  (
    await payload.find({
      collection: 'form-submissions',
      where: { event: { equals: eventId } },
      sort: 'arrival',
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs

const people = (docs: FormSubmission[], status: string) =>
  docs.filter((d) => d.status === status).reduce((sum, d) => sum + Number(d.attendees), 0)

/** After 200 one-person registrations against 150 seats: 150 confirmed then 50 waiting, each once, counters alike. */
async function expectExactBurst(eventId: string | number, formId: string | number) {
  const docs = await registrations(eventId)
  expect(docs).toHaveLength(200)
  expect(new Set(docs.map((d) => d.email)).size).toBe(200)
  expect(people(docs, 'confirmed')).toBe(150)
  expect(people(docs, 'waiting')).toBe(50)
  expect(new Set(docs.map((d) => d.arrival)).size).toBe(200)
  const form = await payload.findByID({ collection: 'forms', id: formId })
  expect(form).toMatchObject({ seatsConfirmed: 150, seatsWaiting: 50, arrivals: 200 })
  // The waiting list is the tail of the arrival order: nobody overtook anybody.
  const lastConfirmed = Math.max(...docs.filter((d) => d.status === 'confirmed').map((d) => Number(d.arrival)))
  const firstWaiting = Math.min(...docs.filter((d) => d.status === 'waiting').map((d) => Number(d.arrival)))
  expect(lastConfirmed).toBeLessThan(firstWaiting)
  return docs
}

describe('seat allocation under concurrency', () => {
  it('200 simultaneous registrations against 150 places: exactly 150 people confirmed, 50 waiting, none lost or doubled', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 150 })
    const started = Date.now()
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        submit(formId, answers({ email: `invite${i}@exemple.fr`, lastName: `Invité ${i}` })),
      ),
    )
    const elapsed = Date.now() - started
    const rejected = results.filter((r) => r.status === 'rejected')
    expect(rejected).toEqual([])
    await expectExactBurst(eventId, formId)
    console.log(`200 concurrent registrations in ${elapsed} ms`)
    // Speed is the bench's business (npm run bench); here only exactness counts, on a shared 2-core machine.
  }, 180_000)

  it('the public form’s path (the lean write on SQLite): 200 at once and 20 of the addresses again, racing — 150 confirmed, 50 waiting, each address once', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 150 })
    const post = (i: number) =>
      submitPublicRegistration(
        payload,
        {
          [EVENT_FIELD]: String(eventId),
          ...Object.fromEntries(
            answers({ email: `public${i}@exemple.fr`, lastName: `Invité ${i}` }).map((f) => [f.field, String(f.value)]),
          ),
        },
        '192.0.2.10',
        { tokenTaken: true },
      )
    const outcomes = await Promise.all([
      ...Array.from({ length: 200 }, (_, i) => post(i)),
      ...Array.from({ length: 20 }, (_, i) => post(i)),
    ])
    const refused = outcomes.filter((o) => !o.ok)
    expect(refused).toHaveLength(20)
    for (const o of refused)
      expect(o).toMatchObject({
        httpStatus: 400,
        errors: [{ path: 'email', message: expect.stringContaining('existe déjà') }],
      })
    expect(outcomes.filter((o) => o.ok && o.status === 'confirmed')).toHaveLength(150)
    const docs = await expectExactBurst(eventId, formId)
    // Every stored registration has its e-mails queued (guest + contact), none for a refused one.
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.registration': { in: docs.map((d) => String(d.id)) } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(jobs.docs).toHaveLength(400)
  }, 180_000)

  it('with groups, never confirms more people than the capacity', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 20 })
    const sizes = Array.from({ length: 30 }, (_, i) => ((i * 7) % 4) + 1)
    await Promise.all(
      sizes.map((n, i) => submit(formId, answers({ email: `groupe${i}@exemple.fr`, attendees: String(n) }))),
    )
    const docs = await registrations(eventId)
    expect(people(docs, 'confirmed')).toBeLessThanOrEqual(20)
    expect(people(docs, 'confirmed') + people(docs, 'waiting')).toBe(sizes.reduce((a, b) => a + b, 0))
  })
})

describe('cancellation', () => {
  it('frees the seats and confirms the waiting list in order of arrival, by e-mail', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 3 })
    for (const [i, n] of [1, 2, 1, 2, 1].entries())
      await submit(formId, answers({ email: `rang${i}@exemple.fr`, attendees: String(n) }))
    let docs = await registrations(eventId)
    expect(docs.map((d) => d.status)).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting', 'waiting'])

    const mailDir = path.join(process.env.DATA_DIR as string, 'mail')
    const before = new Set(fs.existsSync(mailDir) ? fs.readdirSync(mailDir) : [])
    const since = new Date()

    // Two people leave: the next in line (1 person) and the one after (2 people) do not both fit: strict order.
    const leaving = docs[1]
    expect((await cancelRegistration(payload, String(leaving.id), 'x'.repeat(43))).ok).toBe(false)
    const outcome = await cancelRegistration(payload, String(leaving.id), cancelToken(payload.secret, leaving.id))
    expect(outcome.ok).toBe(true)
    docs = await registrations(eventId)
    expect(docs.map((d) => d.status)).toEqual(['confirmed', 'cancelled', 'confirmed', 'waiting', 'waiting'])
    expect(people(docs, 'confirmed')).toBe(2)

    await runEmailQueue(payload, since)
    const newMail = fs
      .readdirSync(mailDir)
      .filter((f) => !before.has(f))
      .map((f) => fs.readFileSync(path.join(mailDir, f), 'utf8'))
    expect(
      newMail.some(
        (m) => /To: rang2@exemple\.fr/.test(m) && /place s=E2=80=99est lib=C3=A9r=C3=A9e|place s’est libérée/.test(m),
      ),
    ).toBe(true)

    // Cancelling again is harmless; the address can register again.
    expect(
      await cancelRegistration(payload, String(leaving.id), cancelToken(payload.secret, leaving.id)),
    ).toMatchObject({ ok: true, alreadyCancelled: true })
    const again = await submit(formId, answers({ email: 'rang1@exemple.fr', attendees: '1' }))
    expect(again.status).toBe('waiting')

    // Staff cancelling in the admin does the same.
    await payload.update({ collection: 'form-submissions', id: docs[0].id, data: { status: 'cancelled' } })
    docs = await registrations(eventId)
    expect(docs.map((d) => d.status)).toEqual([
      'cancelled',
      'cancelled',
      'confirmed',
      'confirmed',
      'waiting',
      'waiting',
    ])
    const form = await payload.findByID({ collection: 'forms', id: formId })
    expect(form).toMatchObject({ seatsConfirmed: 3, seatsWaiting: 2 })
  })

  it('refuses other status changes that would bypass the counters', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 1 })
    await submit(formId, answers({ email: 'un@exemple.fr' }))
    const waiting = await submit(formId, answers({ email: 'deux@exemple.fr' }))
    expect(waiting.status).toBe('waiting')
    await expect(
      payload.update({ collection: 'form-submissions', id: waiting.id, data: { status: 'confirmed' } }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'status', message: expect.stringMatching(/seulement être annulée/) }] },
    })
    expect(people(await registrations(eventId), 'confirmed')).toBe(1)
  })
  it('after the event has started, records a cancellation without promoting anybody', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 1 })
    const first = await submit(formId, answers({ email: 'present@exemple.fr' }))
    const second = await submit(formId, answers({ email: 'tardif@exemple.fr' }))
    expect(second.status).toBe('waiting')
    const start = new Date(Date.now() - 60_000)
    await payload.update({
      collection: 'events',
      id: eventId,
      data: {
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
        rsvp: { deadline: null },
      } as never,
    })
    const mailDir = path.join(process.env.DATA_DIR as string, 'mail')
    const before = new Set(fs.existsSync(mailDir) ? fs.readdirSync(mailDir) : [])
    const since = new Date()

    expect(await cancelRegistration(payload, String(first.id), cancelToken(payload.secret, first.id))).toMatchObject({
      ok: true,
      alreadyCancelled: false,
    })
    const docs = await registrations(eventId)
    expect(docs.map((d) => [d.email, d.status])).toEqual([
      ['present@exemple.fr', 'cancelled'],
      ['tardif@exemple.fr', 'waiting'],
    ])
    // A queued promotion e-mail would be sent now: none may be.
    await runEmailQueue(payload, since)
    const newMail = (fs.existsSync(mailDir) ? fs.readdirSync(mailDir) : [])
      .filter((f) => !before.has(f))
      .map((f) => fs.readFileSync(path.join(mailDir, f), 'utf8'))
    expect(newMail.filter((m) => /To: tardif@exemple\.fr/.test(m))).toEqual([])
  })
})

describe('retention', () => {
  it('erases personal data after the retention period, keeping status and people', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 10 })
    await submit(formId, answers({ email: 'ancien@exemple.fr', attendees: '3', accessibility: 'Fauteuil roulant' }))
    const other = await createRsvpEvent(payload, { capacity: 10 })
    await submit(other.formId, answers({ email: 'recent@exemple.fr' }))
    // Move the first event into the past beyond its 3 months (the hooks refuse registrations, not edits).
    const start = new Date(Date.now() - 200 * 24 * 3600 * 1000)
    await payload.update({
      collection: 'events',
      id: eventId,
      data: {
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
        rsvp: { deadline: new Date(start.getTime() - 3600_000).toISOString() },
      } as never,
    })

    await payload.jobs.queue({ task: 'rsvpRetention', input: {} })
    await payload.jobs.run()

    const [erased] = await registrations(eventId)
    expect(erased).toMatchObject({ firstName: null, lastName: null, email: null, status: 'confirmed', attendees: 3 })
    expect(erased.erasedAt).toBeTruthy()
    expect(JSON.stringify(erased)).not.toMatch(/ancien|Camille|Fauteuil|Martin/)
    const [kept] = await registrations(other.eventId)
    expect(kept.email).toBe('recent@exemple.fr')
  })

  it('erases registrations whose event is gone, whose form was detached, or whose form has no event', async () => {
    const deleted = await createRsvpEvent(payload, { capacity: 10 })
    const orphan = await submit(deleted.formId, answers({ email: 'orphelin@exemple.fr' }))
    await payload.delete({ collection: 'events', id: deleted.eventId })

    const detached = await createRsvpEvent(payload, { capacity: 10 })
    const unlinked = await submit(detached.formId, answers({ email: 'detache@exemple.fr' }))
    await payload.update({ collection: 'events', id: detached.eventId, data: { rsvp: { form: null } } as never })
    await payload.update({
      collection: 'form-submissions',
      id: unlinked.id,
      data: { event: null } as never,
      overrideAccess: true,
      context: { rsvpErasure: true },
    })

    const plain = await createRsvpEvent(payload, { capacity: 10 })
    await payload.update({ collection: 'events', id: plain.eventId, data: { rsvp: { form: null } } as never })
    const free = await submit(plain.formId, answers({ email: 'libre@exemple.fr' }))
    expect(free.event ?? null).toBeNull()

    const live = await createRsvpEvent(payload, { capacity: 10 })
    const current = await submit(live.formId, answers({ email: 'actuel@exemple.fr' }))

    // 100 days on: past 3 months after registering, not yet 3 months after the live event (in 30 days).
    const later = new Date(Date.now() + 100 * 24 * 3600 * 1000)
    const result = await eraseExpiredRegistrations(payload, later)
    expect(result.erased).toBeGreaterThanOrEqual(3)
    for (const id of [orphan.id, unlinked.id, free.id]) {
      const doc = await payload.findByID({ collection: 'form-submissions', id, depth: 0 })
      expect(doc).toMatchObject({ firstName: null, lastName: null, email: null })
      expect(doc.erasedAt).toBeTruthy()
      expect(JSON.stringify(doc.submissionData)).not.toMatch(/exemple\.fr|Camille|Martin/)
    }
    expect(await payload.findByID({ collection: 'form-submissions', id: orphan.id, depth: 0 })).toMatchObject({
      attendees: 1,
      status: 'confirmed',
    })
    const kept = await payload.findByID({ collection: 'form-submissions', id: current.id, depth: 0 })
    expect(kept.email).toBe('actuel@exemple.fr')
  })
})
