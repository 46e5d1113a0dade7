import { describe, expect, it } from '@jest/globals'

import { dateline } from '../../src/components/format'
import { eventDates, lastDay } from '../../src/dates/eventDates'
import { findAssociations } from '../../src/data/finder'
import { matches } from '../../src/data/text'
import type { Association } from '../../src/payload-types'

describe('dates on the public site', () => {
  it('writes the dateline the French way, with « 1er »', () => {
    expect(dateline('Paris', '2026-05-31T22:00:00.000Z')).toBe('Paris, le 1er juin 2026')
    expect(dateline('Niort', '2026-06-12T12:00:00.000Z')).toBe('Niort, le 12 juin 2026')
  })

  it('shows all-day events as days only, whether the end is 23:59 or the next midnight', () => {
    const ag = { allDay: true, startsAt: '2026-06-02T22:00:00.000Z' }
    expect(eventDates({ ...ag, endsAt: '2026-06-06T21:59:00.000Z' })).toBe(
      'du mercredi 3 juin 2026 au samedi 6 juin 2026',
    )
    expect(eventDates({ ...ag, endsAt: '2026-06-06T22:00:00.000Z' })).toBe(
      'du mercredi 3 juin 2026 au samedi 6 juin 2026',
    )
    expect(eventDates({ allDay: true, startsAt: ag.startsAt, endsAt: '2026-06-03T22:00:00.000Z' })).toBe(
      'mercredi 3 juin 2026',
    )
    expect(
      lastDay({ ...ag, endsAt: '2026-06-06T22:00:00.000Z' })
        .toISOString()
        .slice(0, 10),
    ).toBe('2026-06-06')
  })

  it('shows timed events with Paris hours', () => {
    expect(
      eventDates({ allDay: false, startsAt: '2026-06-04T07:00:00.000Z', endsAt: '2026-06-04T08:30:00.000Z' }),
    ).toBe('jeudi 4 juin 2026, 9 h – 10 h 30')
  })

  it('shows an event held overseas in its own zone, and says which', () => {
    const reunion = { startsAt: '2026-06-04T05:00:00.000Z', endsAt: '2026-06-04T06:30:00.000Z' }
    expect(eventDates({ ...reunion, startsAt_tz: 'Indian/Reunion' })).toBe(
      'jeudi 4 juin 2026, 9 h – 10 h 30 (heure de La Réunion)',
    )
    // An all-day event in Guadeloupe: midnight there is 04:00 UTC, the day is still the 4th.
    expect(
      eventDates({
        allDay: true,
        startsAt: '2026-06-04T04:00:00.000Z',
        endsAt: '2026-06-05T04:00:00.000Z',
        startsAt_tz: 'America/Guadeloupe',
      }),
    ).toBe('jeudi 4 juin 2026')
  })
})

describe('finding an association', () => {
  const ad = (name: string, code: string, departementName: string, city: string) =>
    ({
      id: code,
      name,
      slug: name,
      level: 'departmental',
      departementCode: code,
      departementName,
      address: { city },
    }) as unknown as Association
  const all = [
    ad('OCCE 79', '79', 'Deux-Sèvres', 'Niort'),
    ad('OCCE 01', '01', 'Ain', 'Bourg-en-Bresse'),
    ad('OCCE 2A', '2A', 'Corse-du-Sud', 'Ajaccio'),
  ]

  it.each([
    ['79', 'OCCE 79'],
    ['Deux-Sèvres', 'OCCE 79'],
    ['deux sevres', 'OCCE 79'],
    ['niort', 'OCCE 79'],
    ['1', 'OCCE 01'],
    ['2a', 'OCCE 2A'],
    ['OCCE 79', 'OCCE 79'],
  ])('« %s » finds %s', (query, name) => {
    expect(findAssociations(all, query).map((a) => a.name)).toEqual([name])
  })

  it('finds nothing for an unknown département or an empty query', () => {
    expect(findAssociations(all, '98')).toEqual([])
    expect(findAssociations(all, '   ')).toEqual([])
  })

  it('matches every word, ignoring accents and case', () => {
    expect(matches('evenement niort', 'Événement à Niort')).toBe(true)
    expect(matches('evenement paris', 'Événement à Niort')).toBe(false)
  })
})
