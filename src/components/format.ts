import { formatShortDate } from '@/dates/format'
import { PARIS } from '@/dates/timezones'
import type { Event } from '@/payload-types'

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
