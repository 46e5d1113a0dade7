/** Paris wall-clock times as UTC instants, optionally moved by whole weeks for a rehearsal. */
import { wallClockToInstant } from '../dates/wallClock'

/**
 * `parisTime('2026-06-04', '09:00')` → '2026-06-04T07:00:00.000Z'. Shifting adds days to the calendar date
 * before converting, so 09:00 stays 09:00 in Paris even when the shift crosses a daylight-saving change.
 */
export function parisTime(day: string, time: string, shiftWeeks = 0): string {
  const [year, month, date] = day.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  // Date.UTC normalises a day past the month's end (35 June → 5 July) before the zone is applied.
  const calendar = new Date(Date.UTC(year, month - 1, date + 7 * shiftWeeks))
  return wallClockToInstant({
    year: calendar.getUTCFullYear(),
    month: calendar.getUTCMonth() + 1,
    day: calendar.getUTCDate(),
    hour,
    minute,
  }).toISOString()
}
