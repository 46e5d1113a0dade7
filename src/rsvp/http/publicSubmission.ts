/**
 * The public form's way in (HTML form without JavaScript, or fetch with it): on SQLite the lean write path
 * (../registration/sqliteRegistration.ts), elsewhere the same Local API create as REST with access control
 * on; plus the honeypot and the per-IP limit.
 */
import type { Payload } from 'payload'

import { clientErrorStatus, fieldErrors } from '../../http/payloadErrors'
import { idOf, plausibleId } from '../../db/ids'
import { announceSqliteTransaction } from '../../db/sqliteTransactions'
import type { Event } from '../../payload-types'
import { EVENT_FIELD, HONEYPOT } from '../contract'
import { RATE_LIMIT_MESSAGE, takePublicWriteToken } from './rateLimit'
import type { FieldError } from '../rules/submission'
import { registerOnSqlite, registrationEventOnSqlite, usesLeanRegistration } from '../registration/sqliteRegistration'

const CONTROL_FIELDS = new Set([HONEYPOT, EVENT_FIELD])

export type PublicOutcome =
  | { ok: true; status: 'confirmed' | 'waiting'; eventId: string; trap?: boolean }
  | { ok: false; httpStatus: number; errors: FieldError[]; eventId?: string }

export async function registrationEvent(
  payload: Payload,
  eventId: unknown,
): Promise<Pick<Event, 'id' | 'rsvp'> | undefined> {
  if (!plausibleId(eventId)) return undefined
  const found = await payload.find({
    collection: 'events',
    where: { id: { equals: eventId } },
    depth: 0,
    limit: 1,
    pagination: false, // no count query
    overrideAccess: false,
    // Only where the registration goes: the whole event (programme, rich text) is read by nobody here.
    select: { rsvp: true },
  })
  return found.docs[0] as Pick<Event, 'id' | 'rsvp'> | undefined
}

/** `tokenTaken`: the caller (the route) already took this request's rate-limit token, before reading the body. */
export async function submitPublicRegistration(
  payload: Payload,
  fields: Record<string, string>,
  ip: string,
  options: { tokenTaken?: boolean } = {},
): Promise<PublicOutcome> {
  // The write path is chosen by database (../registration/sqliteRegistration.ts): lean on SQLite, Payload's
  // create elsewhere. On SQLite the registration is announced from here, so that the shared transaction of a
  // burst waits for it (src/db/sqliteTransactions.ts) rather than committing once per registration.
  const announced = usesLeanRegistration(payload) ? announceSqliteTransaction(payload) : undefined
  try {
    return await submit(payload, fields, ip, options, announced)
  } finally {
    announced?.()
  }
}

async function submit(
  payload: Payload,
  fields: Record<string, string>,
  ip: string,
  options: { tokenTaken?: boolean },
  announced: (() => void) | undefined,
): Promise<PublicOutcome> {
  const eventId = fields[EVENT_FIELD]
  if (!options.tokenTaken && !(await takePublicWriteToken(ip)))
    return { ok: false, httpStatus: 429, errors: [{ path: 'form', message: RATE_LIMIT_MESSAGE }], eventId }
  const lean =
    announced !== undefined && plausibleId(eventId) ? await registrationEventOnSqlite(payload, eventId) : undefined
  const event = announced !== undefined ? lean?.event : await registrationEvent(payload, eventId)
  const formId = idOf(event?.rsvp?.form)
  if (!event || formId === undefined || formId === null)
    return {
      ok: false,
      httpStatus: 404,
      errors: [{ path: 'form', message: 'Cet événement ne prend pas d’inscriptions.' }],
      eventId,
    }
  const named = lean?.requestedId ?? String(event.id)
  // A filled honeypot gets the same answer as a person, so the bot learns nothing; nothing is stored.
  if (fields[HONEYPOT]) return { ok: true, status: 'confirmed', eventId: named, trap: true }

  const submissionData = Object.entries(fields)
    .filter(([name]) => !CONTROL_FIELDS.has(name))
    .map(([field, value]) => ({ field, value }))
  const stored = lean ? await registerOnSqlite(payload, lean.event, submissionData, announced) : undefined
  if (stored) return { ...stored, eventId: named }
  announced?.()
  try {
    const doc = await payload.create({
      collection: 'form-submissions',
      data: { form: formId, submissionData } as never,
      overrideAccess: false,
      depth: 0,
    })
    return { ok: true, status: doc.status === 'waiting' ? 'waiting' : 'confirmed', eventId: named }
  } catch (error) {
    // Read from the error's shape: its class may come from another copy of Payload (src/http/payloadErrors.ts).
    const status = clientErrorStatus(error)
    if (status === undefined) throw error
    const errors = fieldErrors(error) ?? [{ path: 'form', message: (error as Error).message }]
    return { ok: false, httpStatus: status, errors, eventId: named }
  }
}
