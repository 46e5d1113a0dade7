/** Paris wall-clock times as UTC instants, optionally moved by whole weeks for a rehearsal. */
import { PARIS } from '../dates/timezones'

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: number): number {
  const part = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]))
  const asUtc = Date.UTC(+part.year, +part.month - 1, +part.day, +part.hour, +part.minute, +part.second)
  return (asUtc - Math.floor(instant / 1000) * 1000) / 60_000
}

/**
 * `parisTime('2026-06-04', '09:00')` → '2026-06-04T07:00:00.000Z'. Shifting adds days to the calendar date
 * before converting, so 09:00 stays 09:00 in Paris even when the shift crosses a daylight-saving change.
 */
export function parisTime(day: string, time: string, shiftWeeks = 0): string {
  const [year, month, date] = day.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  const wall = Date.UTC(year, month - 1, date + 7 * shiftWeeks, hours, minutes)
  const firstGuess = wall - parisOffsetMinutes(wall) * 60_000
  return new Date(wall - parisOffsetMinutes(firstGuess) * 60_000).toISOString()
}
