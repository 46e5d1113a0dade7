import { describe, expect, it } from '@jest/globals'

import { formatDateRange, formatLongDate, formatShortDate, formatTime, toZonedIso } from '../../src/dates/format'

describe('dates in Paris time, the French way', () => {
  const ceremonyStart = '2026-06-04T07:00:00.000Z'
  const ceremonyEnd = '2026-06-04T08:30:00.000Z'

  it('shows the opening ceremony as French readers expect', () => {
    expect(formatDateRange(ceremonyStart, ceremonyEnd)).toBe('jeudi 4 juin 2026, 9 h – 10 h 30')
  })

  it('shows a multi-day event as a range of days', () => {
    expect(formatDateRange('2026-06-03T07:00:00Z', '2026-06-06T12:00:00Z')).toBe(
      'du mercredi 3 juin 2026 au samedi 6 juin 2026',
    )
  })

  it('uses Paris time across the daylight-saving change, not the server zone', () => {
    expect(formatTime('2026-01-15T08:00:00Z')).toBe('9 h')
    expect(formatTime('2026-07-15T08:00:00Z')).toBe('10 h')
    expect(formatLongDate('2026-06-03T22:30:00Z')).toBe('jeudi 4 juin 2026')
    expect(formatShortDate('2026-06-01T10:00:00Z')).toBe('01/06/2026')
  })

  it('writes ISO dates with the Paris offset', () => {
    expect(toZonedIso(ceremonyStart)).toBe('2026-06-04T09:00:00+02:00')
    expect(toZonedIso('2026-12-01T08:00:00Z')).toBe('2026-12-01T09:00:00+01:00')
    expect(toZonedIso('2026-12-01T08:00:00Z', 'Indian/Reunion')).toBe('2026-12-01T12:00:00+04:00')
  })
})
