/**
 * All-or-nothing writes. On SQLite every write through Payload runs in a transaction (src/db/adapter.ts):
 * a save that fails half-way leaves nothing behind, and the hooks' writes to other documents (seat
 * counters, promotions from the waiting list) commit or roll back with it. Input the database would refuse
 * gets a French 400, never a 500. On the MongoDB leg (FerretDB, a standalone server: Payload runs without
 * transactions there, like MongoDB without a replica set) each single-document write stays atomic; what
 * is not rolled back there is asserted as such (docs/databases.md).
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq, getPayload, initTransaction, killTransaction, type Payload } from 'payload'

import type { Form, FormSubmission, User } from '../../src/payload-types'
import { rsvpFormFields } from '../../src/rsvp/rules/formDefinition'
import { paragraphs } from '../setup/richText'
import { answers, createRsvpEvent } from './rsvpFixtures'

let payload: Payload
let admin: User
const sqlite = !process.env.TEST_DATABASE_URI

beforeAll(async () => {
  payload = await getPayload({ config })
  admin = await payload.create({
    collection: 'users',
    data: { email: 'admin-transactions@occe.test', password: 'Transactions-2026-ok', role: 'admin' } as never,
  })
})

afterAll(async () => {
  await payload.destroy()
})

/** Hex ids of the form Payload generates, so that both databases accept them as row ids. */
const hexId = (n: number) => n.toString(16).padStart(24, 'a')

/** The RSVP contract's 8 blocks; the select block's options get the given row ids, new ones for the rest. */
function formData(title: string, optionIds: string[]) {
  return {
    title,
    fields: rsvpFormFields.map((field) =>
      field.blockType === 'select'
        ? {
            ...field,
            options: field.options.map((option, i) => ({
              ...option,
              id: optionIds[i] ?? crypto.randomBytes(12).toString('hex'),
            })),
          }
        : { ...field },
    ),
    confirmationType: 'message',
    confirmationMessage: paragraphs('Merci, votre inscription est enregistrée.'),
  }
}

const optionCount = () =>
  (rsvpFormFields.find((f) => f.blockType === 'select') as { options: unknown[] }).options.length

/** Rows of every table of the forms collection (blocks, options…) on SQLite; documents on MongoDB. */
async function formRows(): Promise<Record<string, number>> {
  if (!sqlite) return { forms: (await payload.count({ collection: 'forms', overrideAccess: true })).totalDocs }
  const db = (
    payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }
  ).drizzle
  const tables = (await db.run(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'forms%'`)).rows
  const counts: Record<string, number> = {}
  for (const { name } of tables)
    counts[String(name)] = Number((await db.run(sql.raw(`SELECT count(*) AS n FROM "${String(name)}"`))).rows[0].n)
  return counts
}

const createForm = (data: ReturnType<typeof formData>) =>
  payload.create({ collection: 'forms', data: data as never, user: admin, overrideAccess: false, depth: 0 })

type Refusal = { status?: number; message?: string; data?: { errors?: { path: string; message: string }[] } }
async function refusal(work: Promise<unknown>): Promise<Refusal> {
  try {
    await work
  } catch (error) {
    return error as Refusal
  }
  throw new Error('the write was accepted')
}

describe('all-or-nothing form saves', () => {
  it('refuses a form whose select options repeat an id: French 400 on the list, nothing stored', async () => {
    const before = await formRows()
    const ids = Array.from({ length: optionCount() }, (_, i) => hexId(i + 1))
    ids[1] = ids[0]
    const error = await refusal(createForm(formData('Formulaire en double', ids)))
    expect(error.status).toBe(400)
    expect(error.data?.errors).toEqual([
      { path: 'fields.4.options', message: expect.stringContaining('ont le même identifiant') },
    ])
    expect(await formRows()).toEqual(before)
  })

  it('a create that fails half-way in the database (an option id already used by another form) leaves nothing', async () => {
    const taken = hexId(0xb0b0)
    await createForm(formData('Formulaire existant', [taken]))
    const before = await formRows()
    const attempt = createForm(formData('Formulaire en collision', [hexId(0xc1), taken]))
    if (!sqlite) {
      // MongoDB keeps list rows inside their document: another form's row id is no conflict.
      await expect(attempt).resolves.toMatchObject({ title: 'Formulaire en collision' })
      return
    }
    const error = await refusal(attempt)
    expect(error.status).toBe(400)
    expect(error.message).toBe(
      'Enregistrement refusé : un identifiant ou une valeur unique est déjà utilisé par un autre document.',
    )
    // Without a transaction the form row and its first blocks stayed (5 of 8 blocks, no options).
    expect(await formRows()).toEqual(before)
  })

  it('an update of blocks that fails half-way leaves the document as it was', async () => {
    const taken = hexId(0xd0d0)
    await createForm(formData('Autre formulaire', [taken]))
    const form = (await createForm(formData('Formulaire à modifier', []))) as Form
    const before = await formRows()
    const changed = formData('Formulaire modifié', [hexId(0xe1), taken])
    const attempt = payload.update({
      collection: 'forms',
      id: form.id,
      data: changed as never,
      user: admin,
      overrideAccess: false,
      depth: 0,
    })
    if (!sqlite) {
      await expect(attempt).resolves.toMatchObject({ title: 'Formulaire modifié' })
      return
    }
    const error = await refusal(attempt)
    expect(error.status).toBe(400)
    // The update deletes the old blocks before writing the new ones: all of it is rolled back.
    const after = (await payload.findByID({ collection: 'forms', id: form.id, depth: 0, overrideAccess: true })) as Form
    expect(after.title).toBe('Formulaire à modifier')
    expect(after.fields).toEqual(form.fields)
    expect(await formRows()).toEqual(before)
  })
})

describe('writes of hooks to other documents follow the request', () => {
  const counters = async (formId: string | number) => {
    const form = (await payload.findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true })) as Form &
      Record<string, unknown>
    return { confirmed: Number(form.seatsConfirmed ?? 0), waiting: Number(form.seatsWaiting ?? 0) }
  }
  const registrations = async (eventId: string | number) =>
    (
      await payload.find({
        collection: 'form-submissions',
        where: { event: { equals: eventId } },
        sort: 'arrival',
        depth: 0,
        overrideAccess: true,
      })
    ).docs as FormSubmission[]

  it('a registration rolled back with its request gives its seat back', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 10 })
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const doc = (await payload.create({
      collection: 'form-submissions',
      data: { form: formId, submissionData: answers({ email: 'annulee.avant@exemple.fr' }) } as never,
      overrideAccess: false,
      depth: 0,
      req,
    })) as FormSubmission
    expect(doc.status).toBe('confirmed')
    await killTransaction(req)
    if (!sqlite) {
      // No transaction on a standalone MongoDB server: the registration and its seat stay.
      expect(await registrations(eventId)).toHaveLength(1)
      expect(await counters(formId)).toEqual({ confirmed: 1, waiting: 0 })
      return
    }
    expect(await registrations(eventId)).toEqual([])
    expect(await counters(formId)).toEqual({ confirmed: 0, waiting: 0 })
  })

  it('a cancellation rolled back with its request undoes the promotion it made', async () => {
    const { eventId, formId } = await createRsvpEvent(payload, { capacity: 1 })
    const submit = (email: string) =>
      payload.create({
        collection: 'form-submissions',
        data: { form: formId, submissionData: answers({ email }) } as never,
        overrideAccess: false,
        depth: 0,
      })
    const first = (await submit('premiere@exemple.fr')) as FormSubmission
    const second = (await submit('seconde@exemple.fr')) as FormSubmission
    expect([first.status, second.status]).toEqual(['confirmed', 'waiting'])

    const req = await createLocalReq({ user: admin }, payload)
    await initTransaction(req)
    await payload.update({
      collection: 'form-submissions',
      id: first.id,
      data: { status: 'cancelled' } as never,
      depth: 0,
      req,
    })
    const inside = await payload.findByID({
      collection: 'form-submissions',
      id: second.id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    expect(inside.status).toBe('confirmed')
    await killTransaction(req)

    const statuses = (await registrations(eventId)).map((r) => r.status)
    if (!sqlite) {
      expect(statuses).toEqual(['cancelled', 'confirmed'])
      return
    }
    expect(statuses).toEqual(['confirmed', 'waiting'])
    expect(await counters(formId)).toEqual({ confirmed: 1, waiting: 1 })
  })
})
