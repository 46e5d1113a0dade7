import { describe, expect, it } from '@jest/globals'
import ical from 'node-ical'

import { eventIcs } from '../../src/calendar/ics'

const vevent = (ics: string) => Object.values(ical.sync.parseICS(ics)).find((c) => c?.type === 'VEVENT') as ical.VEvent

describe('one calendar builder for the page and the e-mail', () => {
  const ceremony = { id: 7, title: 'Cérémonie', startsAt: '2026-06-04T07:00:00Z', endsAt: '2026-06-04T08:30:00Z' }

  it('gives an event the same UID whether its organiser is populated (page) or an id (e-mail)', () => {
    const page = eventIcs(
      {
        ...ceremony,
        organiser: { name: 'OCCE 79', email: 'ad79@occe.coop' },
        url: 'https://www.occe.coop/evenements/c',
      },
      'www.occe.coop',
    )
    const mail = eventIcs({ ...ceremony, organiser: 3, url: undefined }, 'www.occe.coop')
    expect(vevent(page).uid).toBe('event-7@www.occe.coop')
    expect(vevent(mail).uid).toBe(vevent(page).uid)
  })

  it('writes a multi-day Paris event as all-day dates, last day included', () => {
    const ics = eventIcs({
      id: 1,
      title: 'AG',
      allDay: true,
      startsAt: '2026-06-02T22:00:00Z',
      endsAt: '2026-06-06T22:00:00Z',
      startsAt_tz: 'Europe/Paris',
    })
    expect(ics).toContain('DTSTART;VALUE=DATE:20260603')
    expect(ics).toContain('DTEND;VALUE=DATE:20260607')
  })

  it('takes an all-day event’s dates in its own time zone (Réunion, UTC+4), not in Paris time', () => {
    // 3 June 00:00 to 4 June 00:00 in Saint-Denis is 2 June 22:00 to 3 June 22:00 in Paris.
    const ics = eventIcs({
      id: 2,
      title: 'Journée',
      allDay: true,
      startsAt: '2026-06-02T20:00:00Z',
      endsAt: '2026-06-03T20:00:00Z',
      startsAt_tz: 'Indian/Reunion',
    })
    expect(ics).toContain('DTSTART;VALUE=DATE:20260603')
    expect(ics).toContain('DTEND;VALUE=DATE:20260604')
  })

  it('gives the e-mail an all-day event as dates too (it used to get UTC times)', () => {
    const ics = eventIcs({
      id: 3,
      title: 'AG',
      allDay: true,
      startsAt: '2026-06-02T22:00:00Z',
      endsAt: '2026-06-05T22:00:00Z',
    })
    expect(ics).toContain('DTSTART;VALUE=DATE:20260603')
    expect(ics).toContain('DTEND;VALUE=DATE:20260606')
  })
})
