/**
 * What happens to a registration: validation before it is stored, a seat (or a place in the waiting
 * list) once it is stored, the guest and the contact told by e-mail.
 */
import crypto from 'node:crypto'

import { APIError, type Payload, type PayloadRequest, ValidationError } from 'payload'

import { processState } from '../lib/processState'
import type { Event, Form, FormSubmission } from '../payload-types'
import { eventForForm, eventsUsingForm, formById, type Id, idOf } from './lookup'
import { checkSubmission, type FieldError, type FormBlock, missingRsvpFields } from './rules'
import { withLock } from './mutex'
import { capacityOf, seatStore } from './seats'
import { cancelToken, hashToken } from './tokens'
import { registrationWindow } from './window'

export const SUBMISSIONS = 'form-submissions'

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const fail = (errors: FieldError[], req?: PayloadRequest): never => {
  throw new ValidationError({ collection: SUBMISSIONS, errors, req })
}

export const dedupeKey = (formId: Id, email: string) =>
  crypto.createHash('sha256').update(`${formId}:${email}`).digest('hex')

/** Same-address submissions racing in this process: the second one is refused before it reaches the unique index. */
const inFlight = processState('rsvp.inFlight', () => new Set<string>())
export const releaseInFlight = (key: string) => inFlight.delete(key)

export type RsvpContext = { event: Event; form: Form; values: Record<string, string>; key: string }

/**
 * Validates a new submission and rewrites its data from the checked values: anything the client sent
 * besides `form` and `submissionData` is ignored, so status, counters and keys are the server's.
 */
export async function validateNewSubmission(
  data: unknown,
  req: PayloadRequest,
  limit: () => void = () => {},
): Promise<Record<string, unknown>> {
  const { payload } = req
  if (!isPlainObject(data)) throw new APIError('Le corps de la requête doit être un objet JSON.', 400, null, true)
  const formId = idOf(data.form)
  if (formId === undefined || formId === '' || (typeof formId !== 'string' && typeof formId !== 'number'))
    fail([{ path: 'form', message: 'Formulaire manquant.' }], req)
  // Every anonymous public submission, RSVP or not (a plain form may e-mail on each one).
  limit()
  const form = await formById(payload, formId as Id, req)
  if (!form) return fail([{ path: 'form', message: 'Ce formulaire n’existe pas.' }], req)

  const blocks = (form.fields ?? []) as FormBlock[]
  // Only the published event counts; a form that only drafts use is not open (and is not a plain form either).
  const event = await eventForForm(payload, form.id, req)
  if (!event && (await eventsUsingForm(payload, form.id, req)).length)
    fail([{ path: 'form', message: 'Les inscriptions à cet événement ne sont pas ouvertes.' }], req)
  if (event) {
    const window = registrationWindow(event)
    if (!window.open) fail([{ path: 'form', message: window.message }], req)
    if (missingRsvpFields(blocks).length)
      fail([{ path: 'form', message: 'Ce formulaire d’inscription est incomplet : contactez l’organisateur.' }], req)
  }

  const checked = checkSubmission(blocks, data.submissionData)
  if (!checked.ok) return fail(checked.errors, req)
  const { clean } = checked
  const submissionData = Object.entries(clean.values).map(([field, value]) => ({ field, value }))

  if (!event) return { form: form.id, submissionData, dedupeKey: `free:${crypto.randomUUID()}` }

  const key = dedupeKey(form.id, clean.email)
  const duplicate = await payload.find({
    collection: SUBMISSIONS,
    where: { and: [{ dedupeKey: { equals: key } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (duplicate.docs.length || inFlight.has(key))
    fail([{ path: 'email', message: 'Une inscription à cet événement existe déjà avec cette adresse e-mail.' }], req)
  inFlight.add(key)
  // Whatever happens to this request, the address must not stay blocked in memory.
  setTimeout(() => inFlight.delete(key), 30_000).unref?.()

  req.context.rsvp = { event, form, values: clean.values, key } satisfies RsvpContext
  return {
    form: form.id,
    submissionData,
    event: event.id,
    firstName: clean.firstName,
    lastName: clean.lastName,
    email: clean.email,
    attendees: clean.attendees,
    status: 'pending',
    dedupeKey: key,
  }
}

/** Once the row exists: take seats atomically (or join the waiting list) and store the cancel token's hash. */
export async function allocateSeats(
  doc: FormSubmission,
  context: RsvpContext,
  req: PayloadRequest,
): Promise<FormSubmission> {
  const { payload } = req
  try {
    const attendees = Number(doc.attendees ?? 1)
    const allocation = await seatStore(payload, req).allocate(
      context.form.id,
      attendees,
      capacityOf(context.event.rsvp?.capacity),
    )
    const token = cancelToken(payload.secret, doc.id)
    await seatStore(payload, req).record(doc.id, allocation, hashToken(token), req.transactionID)
    req.context.rsvpToken = token
    return { ...doc, status: allocation.status, arrival: allocation.arrival }
  } finally {
    releaseInFlight(context.key)
  }
}

/**
 * Frees the seats of a cancelled or deleted registration and confirms the waiting list in order of
 * arrival, stopping at the first one that does not fit (no overtaking).
 */
export async function releaseAndPromote(
  payload: Payload,
  previous: Pick<FormSubmission, 'status' | 'attendees' | 'form' | 'event'>,
  req?: PayloadRequest,
): Promise<FormSubmission[]> {
  const formId = idOf(previous.form)
  const eventId = idOf(previous.event)
  if (formId === undefined || eventId === undefined) return []
  const store = seatStore(payload, req)
  const people = Number(previous.attendees ?? 1)
  if (previous.status === 'confirmed') await store.release(formId, people, 'confirmed')
  else if (previous.status === 'waiting') await store.release(formId, people, 'waiting')
  else return []
  return promoteWaiting(payload, formId, eventId, req)
}

export const promoteWaiting = (payload: Payload, formId: Id, eventId: Id, req?: PayloadRequest) =>
  withLock(`promote:${String(formId)}`, () => promoteInOrder(payload, formId, eventId, req))

async function promoteInOrder(
  payload: Payload,
  formId: Id,
  eventId: Id,
  req?: PayloadRequest,
): Promise<FormSubmission[]> {
  const event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, req })
  // Once the event has started a freed seat is of no use: the cancellation is recorded, nobody is promoted.
  if (new Date(event.startsAt).getTime() <= Date.now()) return []
  const capacity = capacityOf(event.rsvp?.capacity)
  const store = seatStore(payload, req)
  const promoted: FormSubmission[] = []
  for (let guard = 0; guard < 10_000; guard++) {
    const next = await payload.find({
      collection: SUBMISSIONS,
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waiting' } }] },
      sort: 'arrival',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const candidate = next.docs[0]
    if (!candidate) break
    const people = Number(candidate.attendees ?? 1)
    if (!(await store.claim(candidate.id, 'waiting', 'confirmed'))) continue
    if (!(await store.promote(formId, people, capacity))) {
      await store.claim(candidate.id, 'confirmed', 'waiting')
      break
    }
    promoted.push({ ...candidate, status: 'confirmed' })
  }
  return promoted
}
