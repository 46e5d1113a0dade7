/** Dates as French readers expect them, in Paris time unless a zone is given, whatever the server's zone. */
import { TZDate } from '@date-fns/tz'

import { PARIS } from './timezones'

type DateInput = Date | string | number

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value))

/**
 * Building an Intl.DateTimeFormat costs far more than using one (measured: the 2 a registration built were
 * 13 % of its CPU time): one per zone and set of options, reused. Zones and option sets are few and fixed.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
function parts(value: DateInput, options: Intl.DateTimeFormatOptions, timeZone = PARIS): string {
  const key = `${timeZone} ${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat('fr-FR', { timeZone, ...options })))
  return formatter.format(toDate(value))
}

/** « jeudi 4 juin 2026 » */
export const formatLongDate = (value: DateInput, timeZone = PARIS) =>
  parts(value, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, timeZone)

/** « 01/06/2026 » */
export const formatShortDate = (value: DateInput, timeZone = PARIS) =>
  parts(value, { day: '2-digit', month: '2-digit', year: 'numeric' }, timeZone)

/** « 9 h », « 10 h 30 » (French typographic convention). */
export function formatTime(value: DateInput, timeZone = PARIS): string {
  const [hours, minutes] = parts(value, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone)
    .split(':')
    .map(Number)
  return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`
}

const sameDay = (a: DateInput, b: DateInput, timeZone: string) =>
  formatShortDate(a, timeZone) === formatShortDate(b, timeZone)

/**
 * « jeudi 4 juin 2026, 9 h – 10 h 30 » on one day; « du mercredi 3 juin 2026 au samedi 6 juin 2026 » over several.
 */
export function formatDateRange(start: DateInput, end?: DateInput | null, timeZone = PARIS): string {
  if (!end || sameDay(start, end, timeZone)) {
    const day = formatLongDate(start, timeZone)
    return end
      ? `${day}, ${formatTime(start, timeZone)} – ${formatTime(end, timeZone)}`
      : `${day}, ${formatTime(start, timeZone)}`
  }
  return `du ${formatLongDate(start, timeZone)} au ${formatLongDate(end, timeZone)}`
}

/** ISO date-time with the zone's offset, e.g. 2026-06-04T09:00:00+02:00 in Paris (for schema.org and feeds). */
export const toZonedIso = (value: DateInput, timeZone: string = PARIS): string =>
  new TZDate(toDate(value).getTime(), timeZone).toISOString().replace(/\.\d{3}(?=[+-]|Z)/, '')
