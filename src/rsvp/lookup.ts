import type { Payload, PayloadRequest } from 'payload'

import { type Id, idOf } from '../db/ids'
import { processState } from '../concurrency/processState'
import { published } from '../collections/drafts'
import type { Contact, Event, Form } from '../payload-types'

/**
 * The published event whose RSVP is this form (one form serves one event). Only the published document
 * counts: a draft (of this association or another) never changes what the public page says nor where a
 * registration goes.
 */
export async function eventForForm(
  payload: Payload,
  formId: Id,
  req?: Partial<PayloadRequest>,
): Promise<RegistrationEvent | undefined> {
  const found = await payload.find({
    collection: 'events',
    where: { and: [{ 'rsvp.form': { equals: formId } }, published] },
    depth: 0,
    limit: 1,
    pagination: false, // no count query
    draft: false,
    overrideAccess: true,
    // Read in every registration's transaction: no programme rows, no rich text to walk.
    select: REGISTRATION_EVENT_FIELDS,
    req,
  })
  return found.docs[0] as RegistrationEvent | undefined
}

/** What a registration reads of its event: the window, the seats, the owner and the contact. */
export const REGISTRATION_EVENT_FIELDS = {
  startsAt: true,
  startsAt_tz: true,
  endsAt: true,
  rsvp: true,
  organiser: true,
  contact: true,
} as const
export type RegistrationEvent = Pick<
  Event,
  'id' | 'startsAt' | 'startsAt_tz' | 'endsAt' | 'rsvp' | 'organiser' | 'contact'
>

/**
 * Ids of the events that use this form in any state: the stored document (published or a first draft)
 * and the latest version of each event (a draft saved over a published event lives only there).
 */
export async function eventsUsingForm(payload: Payload, formId: Id, req?: Partial<PayloadRequest>): Promise<Id[]> {
  const [stored, latest] = await Promise.all([
    payload.find({
      collection: 'events',
      where: { 'rsvp.form': { equals: formId } },
      depth: 0,
      limit: 0,
      pagination: false,
      draft: false,
      overrideAccess: true,
      select: { title: true },
      req,
    }),
    payload.findVersions({
      collection: 'events',
      where: { and: [{ 'version.rsvp.form': { equals: formId } }, { latest: { equals: true } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const ids = [...stored.docs.map((doc) => doc.id), ...latest.docs.map((version) => idOf(version.parent))]
  const unique = new Map<string, Id>()
  for (const id of ids) if (id !== undefined) unique.set(String(id), id)
  return [...unique.values()]
}

/**
 * Forms are read on every submission and change rarely; reading one joins a table per block type. Kept a
 * few seconds and dropped whenever this process changes a form (other instances see changes after FORM_TTL_MS).
 */
const FORM_TTL_MS = 5_000
const formCache = processState('rsvp.formCache', () => new Map<string, { form: Form; until: number }>())
export const forgetForm = () => formCache.clear()

export async function formById(payload: Payload, formId: Id, req?: Partial<PayloadRequest>): Promise<Form | undefined> {
  const key = `${payload.db.name}:${String(formId)}`
  const cached = formCache.get(key)
  if (cached && cached.until > Date.now()) return cached.form
  try {
    const form = await payload.findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true, req })
    formCache.set(key, { form, until: Date.now() + FORM_TTL_MS })
    return form
  } catch {
    return undefined
  }
}

export async function contactOf(
  payload: Payload,
  event: Event,
  req?: Partial<PayloadRequest>,
): Promise<Contact | undefined> {
  const contact = event.contact
  if (contact && typeof contact === 'object') return contact
  if (contact === null || contact === undefined) return undefined
  try {
    return await payload.findByID({ collection: 'contacts', id: contact, depth: 0, overrideAccess: true, req })
  } catch {
    return undefined
  }
}

/** An event's latest version (a draft included), whatever the access rules; undefined when there is none. */
export async function latestEvent(
  payload: Payload,
  eventId: Id | null | undefined,
  req?: Partial<PayloadRequest>,
): Promise<Event | undefined> {
  if (eventId === undefined || eventId === null || eventId === '') return undefined
  return (await payload
    .findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, draft: true, req })
    .catch(() => undefined)) as Event | undefined
}
