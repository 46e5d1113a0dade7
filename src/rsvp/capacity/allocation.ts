/**
 * Seats for a stored registration: confirmed while the capacity rule (./rule.ts) allows, else the waiting
 * list; a cancelled or deleted registration frees its seats and the waiting list moves up in order of
 * arrival. The counters themselves change only through the seat counter (./seatCounter.ts).
 */
import type { Payload, PayloadRequest } from 'payload'

import { withLock } from '../../concurrency/mutex'
import { idOf, type Id } from '../../db/ids'
import type { FormSubmission } from '../../payload-types'
import { SUBMISSIONS } from '../contract'
import { cancelToken, hashToken } from '../registration/cancelToken'
import { releaseInFlight, type RsvpContext } from '../registration/validate'
import { capacityOf } from './rule'
import { seatStore } from './seatCounter'

/**
 * Once the row exists: take seats atomically (or join the waiting list) and store the cancel token's hash.
 * Also gives the form's counters right after this registration, read by the same statement (for the contact).
 */
export async function allocateSeats(
  doc: FormSubmission,
  context: RsvpContext,
  req: PayloadRequest,
): Promise<{ registration: FormSubmission; counts?: { confirmed: number; waiting: number } }> {
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
    return {
      registration: { ...doc, status: allocation.status, arrival: allocation.arrival },
      counts: allocation.counts,
    }
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
