/** Wall-clock time in Paris ↔ absolute instants, whatever the browser's or the server's time zone. */
import { PARIS } from '../dates/timezones'

/** Minutes to add to UTC to get Paris wall-clock time at that instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: number): number {
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(instant))
    .replace(' ', 'T')
  return Math.round((Date.parse(`${local}Z`) - instant) / 60000)
}

/** The instant at which Paris clocks show this day (month 1–12) and time. */
export function parisToInstant(year: number, month: number, day: number, hour: number, minute: number): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  let instant = asUtc - parisOffsetMinutes(asUtc) * 60000
  // Near a change of offset the first guess can be an hour off: correct it with the offset at the guess.
  instant = asUtc - parisOffsetMinutes(instant) * 60000
  return new Date(instant)
}

/** Paris wall-clock parts of an instant. */
export function parisParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const [date, time] = new Intl.DateTimeFormat('sv-SE', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(instant)
    .split(' ')
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  return { year, month, day, hour, minute }
}
