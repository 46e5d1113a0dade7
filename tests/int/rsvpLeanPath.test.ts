/**
 * The public form's lean write path on SQLite (src/rsvp/registration/sqliteRegistration.ts) against
 * Payload's create: the same registrations through both must leave the same rows, column by column
 * (submission, its answers, the seat counters, the queued e-mail jobs), and the same refusals must give
 * the same messages with nothing stored. SQLite only: MongoDB keeps Payload's create.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { sql } from '@payloadcms/db-sqlite'
import { getPayload, type Payload } from 'payload'

import { EVENT_FIELD } from '../../src/rsvp/contract'
import { fieldErrors } from '../../src/http/payloadErrors'
import { submitPublicRegistration } from '../../src/rsvp/http/publicSubmission'
import { cancelToken, hashToken } from '../../src/rsvp/registration/cancelToken'
import { usesLeanRegistration } from '../../src/rsvp/registration/sqliteRegistration'
import { dedupeKey } from '../../src/rsvp/registration/validate'
import { answers, createRsvpEvent, type RsvpFixture } from './rsvpFixtures'

let payload: Payload
const sqlite = !process.env.TEST_DATABASE_URI

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

type Row = Record<string, unknown>
const rows = async (query: ReturnType<typeof sql>) =>
  (await (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle.run(query))
    .rows
/** Plain objects with each column's SQLite storage class, so that '1' and 1 differ. */
const typed = (row: Row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, [typeof v, v]]))

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

/** Payload's path: the create the REST API and the hooks run, with the public's access. */
const throughPayload = async (fixture: RsvpFixture, data: ReturnType<typeof answers>) => {
  try {
    const doc = await payload.create({
      collection: 'form-submissions',
      data: { form: fixture.formId, submissionData: data } as never,
      overrideAccess: false,
      depth: 0,
    })
    return { ok: true, status: doc.status }
  } catch (error) {
    return { ok: false, errors: fieldErrors(error) }
  }
}

/** The lean path, as the public form's route reaches it. */
const throughLeanPath = async (fixture: RsvpFixture, data: ReturnType<typeof answers>) => {
  const fields = Object.fromEntries(data.map((f) => [f.field, String(f.value)]))
  const outcome = await submitPublicRegistration(
    payload,
    { [EVENT_FIELD]: String(fixture.eventId), ...fields },
    '198.51.100.7',
    { tokenTaken: true },
  )
  return outcome.ok ? { ok: true, status: outcome.status } : { ok: false, errors: outcome.errors }
}

/** Everything a registration stored, with its own ids and times replaced by what they must be. */
async function stored(fixture: RsvpFixture, window: { from: string; to: string }) {
  const submissions = await rows(sql`SELECT * FROM form_submissions WHERE form_id = ${fixture.formId} ORDER BY arrival`)
  const result = []
  for (const row of submissions) {
    const id = row.id as number
    expect(typeof id).toBe('number')
    for (const at of ['created_at', 'updated_at']) {
      expect(row[at]).toMatch(ISO)
      const value = String(row[at])
      expect(value >= window.from && value <= window.to).toBe(true)
    }
    expect(row.dedupe_key).toBe(dedupeKey(fixture.formId, row.email as string))
    expect(row.cancel_token_hash).toBe(hashToken(cancelToken(payload.secret, id)))
    const answers = await rows(
      sql`SELECT * FROM form_submissions_submission_data WHERE _parent_id = ${id} ORDER BY _order`,
    )
    for (const answer of answers) expect(answer.id).toMatch(/^[0-9a-f]{24}$/)
    const jobs = await rows(
      sql`SELECT * FROM payload_jobs WHERE json_extract(input, '$.registration') = ${String(id)} ORDER BY id`,
    )
    for (const job of jobs) {
      expect(job.created_at).toMatch(ISO)
      expect(job.updated_at).toMatch(ISO)
    }
    result.push({
      submission: typed({
        ...row,
        id: 'id',
        form_id: row.form_id === fixture.formId ? 'form' : row.form_id,
        event_id: row.event_id === fixture.eventId ? 'event' : row.event_id,
        association_id: typeof row.association_id === 'number' ? 'association' : row.association_id,
        created_at: 'at',
        updated_at: 'at',
        dedupe_key: 'key',
        cancel_token_hash: 'hash',
      }),
      answers: answers.map((a) => typed({ ...a, id: 'rowId', _parent_id: a._parent_id === id ? 'id' : a._parent_id })),
      jobs: jobs.map((job) =>
        typed({
          ...job,
          id: 'job',
          input: (job.input as string).replace(`"registration":"${id}"`, '"registration":"id"'),
          created_at: 'at',
          updated_at: 'at',
        }),
      ),
    })
  }
  const [form] = await rows(
    sql`SELECT seats_confirmed, seats_waiting, arrivals FROM forms WHERE id = ${fixture.formId}`,
  )
  // Each fixture has its own association: the stamp must be the event's organiser.
  const owners = await rows(
    sql`SELECT DISTINCT s.association_id = e.organiser_id AS same FROM form_submissions s JOIN events e ON e.id = s.event_id WHERE s.form_id = ${fixture.formId}`,
  )
  return { registrations: result, counters: typed(form), ownerIsOrganiser: owners.map((o) => o.same) }
}

/** The same guests, refusals included, one after the other: capacity 3, so two groups wait. */
const guests = [
  answers({ email: 'Alix.Dupont@Exemple.fr ', firstName: '  Alix ', attendees: '2' }),
  answers({ email: 'bruno@exemple.fr', organisation: '', role: 'presse' }),
  answers({ email: 'bruno@exemple.fr' }),
  answers({ email: 'chloe@exemple.fr', attendees: '2', accessibility: 'Fauteuil roulant' }),
  answers({ email: 'pas-une-adresse', consent: 'false' }),
  answers({ email: 'denis@exemple.fr', lastName: 'https://spam.example' }),
  answers({ email: 'emma@exemple.fr', attendees: '1' }),
]

;(sqlite ? describe : describe.skip)('the lean registration path stores what Payload’s create stores (SQLite)', () => {
  it('is the path the public form takes on SQLite', () => {
    expect(usesLeanRegistration(payload)).toBe(true)
  })

  it('same answers, same rows: submission columns, answers, counters and e-mail jobs, refusals alike', async () => {
    const viaPayload = await createRsvpEvent(payload, { capacity: 3 })
    const viaLean = await createRsvpEvent(payload, { capacity: 3 })
    const from = new Date().toISOString()
    const outcomes = { payload: [] as unknown[], lean: [] as unknown[] }
    for (const guest of guests) {
      outcomes.payload.push(await throughPayload(viaPayload, guest))
      outcomes.lean.push(await throughLeanPath(viaLean, guest))
    }
    const window = { from, to: new Date().toISOString() }
    expect(outcomes.lean).toEqual(outcomes.payload)
    // The refusals are real ones (duplicate, e-mail, consent, web address), so the comparison covers them.
    expect(outcomes.lean.filter((o) => !(o as { ok: boolean }).ok)).toHaveLength(3)
    expect(outcomes.lean.map((o) => (o as { status?: string }).status)).toEqual([
      'confirmed',
      'confirmed',
      undefined,
      'waiting',
      undefined,
      undefined,
      'waiting',
    ])
    const a = await stored(viaPayload, window)
    const b = await stored(viaLean, window)
    expect(b.registrations).toHaveLength(4)
    expect(b).toEqual(a)
    expect(b.ownerIsOrganiser).toEqual([1])

    // Read back through Payload, both documents look alike too (relationships, dates, answers).
    const read = async (fixture: RsvpFixture) =>
      (
        await payload.find({
          collection: 'form-submissions',
          where: { form: { equals: fixture.formId } },
          sort: 'arrival',
          depth: 0,
          overrideAccess: true,
        })
      ).docs.map((doc) => ({
        ...doc,
        id: typeof doc.id,
        form: doc.form === fixture.formId,
        event: doc.event === fixture.eventId,
        association: typeof doc.association,
        createdAt: typeof doc.createdAt,
        updatedAt: typeof doc.updatedAt,
        dedupeKey: typeof doc.dedupeKey,
        cancelTokenHash: typeof doc.cancelTokenHash,
        submissionData: doc.submissionData?.map(({ field, value }) => ({ field, value })),
      }))
    expect(await read(viaLean)).toEqual(await read(viaPayload))
  })

  it('refuses after the deadline with the same message, storing nothing', async () => {
    const DAY = 24 * 3600 * 1000
    const closed = {
      startsAt: new Date(Date.now() + 10 * DAY),
      deadline: new Date(Date.now() - DAY),
    }
    const viaPayload = await createRsvpEvent(payload, closed)
    const viaLean = await createRsvpEvent(payload, closed)
    const guest = answers({ email: 'tard@exemple.fr' })
    const expected = await throughPayload(viaPayload, guest)
    expect(expected).toMatchObject({ ok: false })
    expect(await throughLeanPath(viaLean, guest)).toEqual(expected)
    const [{ n }] = await rows(sql`SELECT count(*) AS n FROM form_submissions WHERE form_id = ${viaLean.formId}`)
    expect(n).toBe(0)
  })

  it('the registrations’ hooks are the ones the lean path was written for (a new hook must be added to it too)', () => {
    const hooks = payload.collections['form-submissions'].config.hooks
    const names = (list: unknown[] | undefined) =>
      (list ?? []).map((hook) => (hook as { name?: string }).name || 'anonymous')
    expect({
      beforeOperation: names(hooks.beforeOperation),
      beforeValidate: names(hooks.beforeValidate),
      beforeChange: names(hooks.beforeChange),
      afterChange: names(hooks.afterChange),
      afterRead: names(hooks.afterRead),
    }).toEqual({
      beforeOperation: ['guardRequest'],
      beforeValidate: ['validateSubmission'],
      // The form-builder's payment hook (no payment fields here), then ours.
      beforeChange: ['anonymous', 'stampRegistrationOwner', 'guardStatusChange'],
      // The form-builder's e-mails (skipped for registrations), seats and jobs, the event pages' refresh.
      afterChange: ['anonymous', 'afterSubmissionChange', 'anonymous'],
      afterRead: [],
    })
  })
})
