/** Dates shown to staff in the admin (pure: used by server and client components). */
import { PARIS } from '../dates/timezones'

/** « 30/11/2026 à 14 h 05 », Paris time, 24-hour clock. */
export function frenchDateTime(value: string | Date): string {
  const date = new Date(value)
  const day = new Intl.DateTimeFormat('fr-FR', {
    timeZone: PARIS,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date)
  const [h, m] = new Intl.DateTimeFormat('fr-FR', {
    timeZone: PARIS,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(date)
    .split(':')
  return `${day} à ${Number(h)} h ${m}`
}
