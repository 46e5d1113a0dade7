/**
 * What the registration panel of an event shows. One function so other panels (check-in, attendance) add
 * their figures here and in `PanelRow`s of RegistrationPanel, without a second component.
 */
import type { Payload } from 'payload'

import type { Event } from '../../../payload-types'
import { eventOccupancy, placesLeft, placesLeftText } from '../../../rsvp/capacity/placesLeft'
import { registrationWindow, type WindowState } from '../../../rsvp/rules/window'

export type RegistrationStats = {
  formId?: string | number
  confirmedPeople: number
  waitingPeople: number
  confirmedRegistrations: number
  waitingRegistrations: number
  cancelledRegistrations: number
  capacity?: number | null
  placesLeft?: number
  placesText: string
  window: WindowState
}

export async function registrationStats(
  payload: Payload,
  event: Pick<Event, 'id' | 'startsAt' | 'endsAt' | 'rsvp'>,
): Promise<RegistrationStats> {
  const occupancy = await eventOccupancy(payload, event)
  const count = (status: string) =>
    payload
      .count({
        collection: 'form-submissions',
        where: { and: [{ event: { equals: event.id } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
      .then((r) => r.totalDocs)
  const [confirmedRegistrations, waitingRegistrations, cancelledRegistrations] = await Promise.all([
    count('confirmed'),
    count('waiting'),
    count('cancelled'),
  ])
  const form = event.rsvp?.form
  return {
    formId: form && typeof form === 'object' ? form.id : (form ?? undefined),
    confirmedPeople: occupancy.confirmed ?? 0,
    waitingPeople: occupancy.waiting ?? 0,
    confirmedRegistrations,
    waitingRegistrations,
    cancelledRegistrations,
    capacity: event.rsvp?.capacity,
    placesLeft: placesLeft(occupancy),
    placesText: placesLeftText(occupancy),
    window: registrationWindow({
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      rsvp: { deadline: event.rsvp?.deadline },
    }),
  }
}
