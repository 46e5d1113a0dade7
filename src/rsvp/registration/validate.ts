/**
 * A new registration checked before it is stored: the form exists and belongs to a published event whose
 * registrations are open, the values pass the rules (../rules/submission.ts), the address is not already
 * registered. Seats are taken once the row exists (../capacity/allocation.ts).
 */
import crypto from 'node:crypto'

import { APIError, type PayloadRequest, ValidationError } from 'payload'

import { processState } from '../../concurrency/processState'
import { SUBMISSIONS } from '../contract'
import type { Form } from '../../payload-types'
import { type Id, idOf } from '../../db/ids'
import { eventForForm, eventsUsingForm, formById, type RegistrationEvent } from '../lookup'
import { admitSubmission, DUPLICATE_EMAIL_ERROR, NOT_OPEN_MESSAGE } from '../rules/admission'
import type { FieldError, FormBlock } from '../rules/submission'

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
/** Marks the address as being registered in this process; false when it already is. */
export function holdInFlight(key: string): boolean {
  if (inFlight.has(key)) return false
  inFlight.add(key)
  // Whatever happens to this request, the address must not stay blocked in memory.
  setTimeout(() => inFlight.delete(key), 30_000).unref?.()
  return true
}

export type RsvpContext = { event: RegistrationEvent; form: Form; values: Record<string, string>; key: string }

/**
 * Validates a new submission and rewrites its data from the checked values: anything the client sent
 * besides `form` and `submissionData` is ignored, so status, counters and keys are the server's.
 */
export async function validateNewSubmission(
  data: unknown,
  req: PayloadRequest,
  limit: () => void | Promise<void> = () => {},
): Promise<Record<string, unknown>> {
  const { payload } = req
  if (!isPlainObject(data)) throw new APIError('Le corps de la requête doit être un objet JSON.', 400, null, true)
  const formId = idOf(data.form)
  if (formId === undefined || formId === '' || (typeof formId !== 'string' && typeof formId !== 'number'))
    fail([{ path: 'form', message: 'Formulaire manquant.' }], req)
  // Every anonymous public submission, RSVP or not (a plain form may e-mail on each one).
  await limit()
  const form = await formById(payload, formId as Id, req)
  if (!form) return fail([{ path: 'form', message: 'Ce formulaire n’existe pas.' }], req)

  const blocks = (form.fields ?? []) as FormBlock[]
  // Only the published event counts; a form that only drafts use is not open (and is not a plain form either).
  const event = await eventForForm(payload, form.id, req)
  if (!event && (await eventsUsingForm(payload, form.id, req)).length)
    fail([{ path: 'form', message: NOT_OPEN_MESSAGE }], req)

  const checked = admitSubmission(blocks, event, data.submissionData)
  if (!checked.ok) return fail(checked.errors, req)
  const { clean } = checked
  const submissionData = Object.entries(clean.values).map(([field, value]) => ({ field, value }))

  if (!event) return { form: form.id, submissionData, dedupeKey: `free:${crypto.randomUUID()}` }

  const key = dedupeKey(form.id, clean.email)
  // A count: one statement, no answers read back (the unique dedupe key stops a race across processes).
  const duplicate = await payload.count({
    collection: SUBMISSIONS,
    where: { dedupeKey: { equals: key } },
    overrideAccess: true,
    req,
  })
  if (duplicate.totalDocs || !holdInFlight(key)) fail([DUPLICATE_EMAIL_ERROR], req)

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
