/** Wall-clock time in a zone ↔ absolute instants, whatever the browser's or the server's own zone. */
import { TZDate } from '@date-fns/tz'

import { PARIS } from './timezones'

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number }

/** The instant at which clocks in `timeZone` show this day (month 1–12) and time. */
export const wallClockToInstant = ({ year, month, day, hour, minute }: WallClock, timeZone: string = PARIS): Date =>
  new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime())

/** What clocks in `timeZone` show at this instant. */
export function wallClockOf(instant: Date | string | number, timeZone: string = PARIS): WallClock {
  const local = new TZDate(new Date(instant).getTime(), timeZone)
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
  }
}
