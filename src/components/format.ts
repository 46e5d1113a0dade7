import type { Event } from '@/payload-types'
import { formatDateRange, formatLongDate, formatShortDate } from '@/dates/format'
import { PARIS } from '@/dates/timezones'

type EventDates = Pick<Event, 'startsAt' | 'endsAt' | 'allDay'>

const DAY = 24 * 60 * 60 * 1000

const isParisMidnight = (value: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(value),
  ) === '00:00'

/**
 * All-day events run from midnight to midnight, Paris time: an end at midnight belongs to the day before
 * (3 June 00:00 → 7 June 00:00 reads « du 3 au 6 juin »).
 */
export function lastDay(event: EventDates): Date {
  const end = new Date(event.endsAt)
  const start = new Date(event.startsAt)
  if (end.getTime() > start.getTime() && isParisMidnight(event.endsAt)) return new Date(end.getTime() - DAY / 2)
  return end
}

/** « du mercredi 3 juin 2026 au samedi 6 juin 2026 », « jeudi 4 juin 2026, 9 h – 10 h 30 ». */
export function eventDates(event: EventDates): string {
  if (!event.allDay) return formatDateRange(event.startsAt, event.endsAt)
  const end = lastDay(event)
  const first = formatLongDate(event.startsAt)
  const last = formatLongDate(end)
  return first === last ? first : `du ${first} au ${last}`
}

/** « Paris, le 1er juin 2026 » for the dateline of a release. */
export function dateline(place: string | null | undefined, date: string): string {
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, day: 'numeric' }).format(new Date(date))
  const monthYear = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, month: 'long', year: 'numeric' }).format(
    new Date(date),
  )
  const text = `le ${day === '1' ? '1er' : day} ${monthYear}`
  return place ? `${place}, ${text}` : text
}

export const shortDate = (date: string) => formatShortDate(date)

export const isPast = (event: Pick<Event, 'endsAt'>, now = new Date()) => new Date(event.endsAt) < now
