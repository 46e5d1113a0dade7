/**
 * When an event takes registrations. Deadline and start are absolute instants (stored UTC), told to readers
 * in the event's own zone.
 */
import { eventInstant } from '../../dates/eventDates'

export type EventTiming = {
  startsAt: string
  endsAt?: string | null
  startsAt_tz?: string | null
  rsvp?: { deadline?: string | null } | null
}

export type WindowState =
  | { open: true; closesAt: Date; closesAtText: string }
  | { open: false; reason: 'deadline' | 'started'; message: string }

export const CLOSED_TITLE = 'Les inscriptions sont closes'

export function registrationWindow(event: EventTiming, now: Date = new Date()): WindowState {
  const starts = new Date(event.startsAt)
  const deadline = event.rsvp?.deadline ? new Date(event.rsvp.deadline) : undefined
  if (now >= starts) {
    return {
      open: false,
      reason: 'started',
      message: `${CLOSED_TITLE} : l’événement a commencé le ${eventInstant(starts, event)}.`,
    }
  }
  if (deadline && now >= deadline) {
    return {
      open: false,
      reason: 'deadline',
      message: `${CLOSED_TITLE} : la date limite était le ${eventInstant(deadline, event)}.`,
    }
  }
  const closesAt = deadline && deadline < starts ? deadline : starts
  return { open: true, closesAt, closesAtText: eventInstant(closesAt, event) }
}
