/** What the door needs to know about an event's registrations, read with the domain's own access rules. */
import type { Payload } from 'payload'

import { idOf, plausibleId } from '../db/ids'
import type { Event, FormSubmission } from '../payload-types'
import { SUBMISSIONS } from '../rsvp/contract'
import { latestEvent } from '../rsvp/lookup'
import { mayCheckIn } from './access'
import { byName } from './search'
import { CHECKABLE_STATUSES } from './store'
import { registrationIdOf } from './token'

export type Guest = {
  id: string
  firstName: string
  lastName: string
  email: string
  organisation: string
  accessibility: string
  attendees: number
  status: 'confirmed' | 'waiting'
  attended: boolean
  checkedInAt?: string
  checkedInBy?: string
}

const answer = (doc: FormSubmission, name: string) => doc.submissionData?.find((a) => a.field === name)?.value ?? ''

const isLive = (doc: Pick<FormSubmission, 'status' | 'erasedAt'>) =>
  !doc.erasedAt && (CHECKABLE_STATUSES as readonly string[]).includes(doc.status ?? '')

export const guestOf = (doc: FormSubmission): Guest => ({
  id: String(doc.id),
  firstName: doc.firstName ?? '',
  lastName: doc.lastName ?? '',
  email: doc.email ?? '',
  organisation: answer(doc, 'organisation'),
  accessibility: answer(doc, 'accessibility'),
  attendees: Number(doc.attendees ?? 1),
  status: doc.status === 'waiting' ? 'waiting' : 'confirmed',
  attended: Boolean(doc.attended || doc.checkedInAt),
  checkedInAt: doc.checkedInAt ?? undefined,
  checkedInBy: doc.checkedInBy ?? undefined,
})

/**
 * The association a registration belongs to: the one stamped on it at creation, for ever; rows written
 * before that stamp existed fall back to their event's organiser.
 */
export const ownerOf = (doc: Pick<FormSubmission, 'association'>, event: Pick<Event, 'organiser'> | undefined) =>
  doc.association ?? event?.organiser

async function findEvent(payload: Payload, eventId: unknown): Promise<Event | undefined> {
  if (eventId === undefined || eventId === null) return undefined
  if (typeof eventId !== 'number' && !plausibleId(eventId)) return undefined
  return latestEvent(payload, eventId)
}

export async function registrationById(payload: Payload, id: unknown): Promise<FormSubmission | undefined> {
  if (!plausibleId(id)) return undefined
  try {
    return await payload.findByID({ collection: SUBMISSIONS, id, depth: 0, overrideAccess: true })
  } catch {
    return undefined
  }
}

export type Entry = { guest: Guest; event: Event | undefined; owner: unknown; eventId: string }

/** A live registration by its id, with its event: undefined when unknown, cancelled or erased. */
export async function liveRegistration(payload: Payload, id: unknown): Promise<Entry | undefined> {
  const doc = await registrationById(payload, id)
  if (!doc || !isLive(doc)) return undefined
  const event = await findEvent(payload, idOf(doc.event))
  return { guest: guestOf(doc), event, owner: ownerOf(doc, event), eventId: String(idOf(doc.event) ?? '') }
}

/** The registration behind an entry code; a cancelled or erased registration's code finds nothing. */
export const registrationForCode = (payload: Payload, token: unknown) => {
  const id = registrationIdOf(payload.secret, token)
  return id ? liveRegistration(payload, id) : Promise.resolve(undefined)
}

export type StaffEvent = { ok: true; event: Event } | { ok: false; status: 401 | 403 | 404; message: string }

export const SIGN_IN_MESSAGE = 'Connectez-vous avec un compte de l’équipe pour accueillir les participants.'
export const NOT_YOURS_MESSAGE = 'Cet événement n’est pas organisé par votre association.'

/** The event whose door a member of staff may keep (federation, or the organising association). */
export async function eventForStaff(payload: Payload, user: unknown, eventId: unknown): Promise<StaffEvent> {
  if (!user) return { ok: false, status: 401, message: SIGN_IN_MESSAGE }
  const event = await findEvent(payload, eventId)
  if (!event) return { ok: false, status: 404, message: 'Événement introuvable.' }
  if (!mayCheckIn(user, event.organiser)) return { ok: false, status: 403, message: NOT_YOURS_MESSAGE }
  return { ok: true, event }
}

/**
 * Live registrations of an event (confirmed and waiting list) that this member of staff may see, sorted by
 * name. An AD editor sees those that belong to their association (an event handed to another organiser
 * later does not hand over the guests registered before).
 */
export async function guestsOf(
  payload: Payload,
  event: Pick<Event, 'id' | 'organiser'>,
  user: unknown,
): Promise<Guest[]> {
  const { docs } = await payload.find({
    collection: SUBMISSIONS,
    where: {
      and: [
        { event: { equals: event.id } },
        { status: { in: [...CHECKABLE_STATUSES] } },
        { erasedAt: { exists: false } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
    .filter((doc) => isLive(doc) && mayCheckIn(user, ownerOf(doc, event)))
    .map(guestOf)
    .sort(byName)
}
