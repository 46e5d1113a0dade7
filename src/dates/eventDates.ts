/**
 * An event's dates as its readers expect them: in the zone the event is held in (`startsAt_tz`: Paris,
 * La Réunion, Guadeloupe…), whatever the server's or the reader's own zone, with the zone named when it is
 * not Paris (« 9 h – 10 h 30 (heure de La Réunion) »).
 */
import { formatDateRange, formatLongDate, formatTime } from './format'
import { PARIS, zoneName } from './timezones'
import { wallClockOf } from './wallClock'

export type EventDates = {
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
  startsAt_tz?: string | null
}

const DAY = 24 * 60 * 60 * 1000

/** The zone an event is held in; Paris for events stored before zones were recorded. */
export const eventZone = (event: { startsAt_tz?: string | null }): string => event.startsAt_tz || PARIS

/** « (heure de La Réunion) » after a time outside Paris; nothing for Paris. */
export const zoneNote = (timeZone: string): string => (timeZone === PARIS ? '' : ` (heure ${zoneName(timeZone)})`)

/**
 * All-day events run from midnight to midnight in their zone: an end at midnight belongs to the day before
 * (3 June 00:00 → 7 June 00:00 reads « du 3 au 6 juin »).
 */
export function lastDay(event: EventDates): Date {
  const end = new Date(event.endsAt ?? event.startsAt)
  const start = new Date(event.startsAt)
  const { hour, minute } = wallClockOf(end, eventZone(event))
  if (end.getTime() > start.getTime() && hour === 0 && minute === 0) return new Date(end.getTime() - DAY / 2)
  return end
}

/** « du mercredi 3 juin 2026 au samedi 6 juin 2026 », « jeudi 4 juin 2026, 9 h – 10 h 30 ». */
export function eventDates(event: EventDates): string {
  const zone = eventZone(event)
  if (!event.allDay) return formatDateRange(event.startsAt, event.endsAt, zone) + zoneNote(zone)
  const first = formatLongDate(event.startsAt, zone)
  const last = formatLongDate(lastDay(event), zone)
  return first === last ? first : `du ${first} au ${last}`
}

/** « jeudi 4 juin 2026 à 9 h », in the event's zone (named when it is not Paris): deadlines, start. */
export function eventInstant(value: Date | string, event: { startsAt_tz?: string | null }): string {
  const zone = eventZone(event)
  return `${formatLongDate(value, zone)} à ${formatTime(value, zone)}${zoneNote(zone)}`
}
