import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { contactMessage, guestMessage } from '../../src/email/rsvpMessages'
import { BOM, csvCell, toCsv } from '../../src/rsvp/export/csv'
import { decodeFlash, encodeFlash } from '../../src/rsvp/http/flash'
import { eventIcs } from '../../src/calendar/ics'
import { RateLimiter } from '../../src/rsvp/http/rateLimit'
import { retentionEnds } from '../../src/rsvp/privacy/retention'
import { cancelToken, hashToken, verifyCancelToken } from '../../src/rsvp/registration/cancelToken'
import { registrationWindow } from '../../src/rsvp/rules/window'

describe('CSV for French spreadsheets', () => {
  it('starts with a BOM, separates with semicolons, ends lines with CRLF', () => {
    expect(
      toCsv(
        ['Nom', 'Ville'],
        [
          ['Dupont', 'Niort'],
          ['Martin; fils', 'Pantin'],
        ],
      ),
    ).toBe(`${BOM}Nom;Ville\r\nDupont;Niort\r\n"Martin; fils";Pantin\r\n`)
  })

  it('neutralises formulas: = + - @ tab CR at the start get an apostrophe', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+33 6 00', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true)
    expect(csvCell('Élise')).toBe('Élise')
  })

  it('never lets a generated cell start a formula or break the row', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvCell(value)
        const inner = cell.startsWith('"') ? cell.slice(1) : cell
        return !/^[=+\-@\t\r]/.test(inner) && (!/[;\r\n"]/.test(value) || cell.startsWith('"'))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('cancel tokens', () => {
  it('verify only for the registration and the secret they were made for', () => {
    const token = cancelToken('secret-a', 12)
    expect(verifyCancelToken('secret-a', 12, token, hashToken(token))).toBe(true)
    expect(verifyCancelToken('secret-a', 13, token)).toBe(false)
    expect(verifyCancelToken('secret-b', 12, token)).toBe(false)
    expect(verifyCancelToken('secret-a', 12, token, 'autre-hash')).toBe(false)
    expect(verifyCancelToken('secret-a', 12, undefined)).toBe(false)
    expect(verifyCancelToken('secret-a', 12, `${token.slice(0, -1)}A`)).toBe(token.endsWith('A'))
  })
})

describe('registration window', () => {
  const ceremony = {
    startsAt: '2026-06-04T07:00:00Z',
    endsAt: '2026-06-04T08:30:00Z',
    rsvp: { deadline: '2026-06-03T22:00:00Z' },
  }
  it('is open until midnight Paris time before the ceremony', () => {
    expect(registrationWindow(ceremony, new Date('2026-06-03T21:59:59Z')).open).toBe(true)
    const closed = registrationWindow(ceremony, new Date('2026-06-03T22:00:00Z'))
    expect(closed).toMatchObject({ open: false, reason: 'deadline' })
    expect(!closed.open && closed.message).toBe(
      'Les inscriptions sont closes : la date limite était le jeudi 4 juin 2026 à 0 h.',
    )
  })
  it('is closed once the event has started, deadline or not', () => {
    expect(registrationWindow({ startsAt: ceremony.startsAt }, new Date('2026-06-04T07:00:00Z'))).toMatchObject({
      open: false,
      reason: 'started',
    })
  })
})

describe('rate limit', () => {
  it('is a token bucket per key', () => {
    let now = 0
    const limiter = new RateLimiter(3, 60, () => now)
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false])
    expect(limiter.take('b')).toBe(true)
    now += 20_000
    expect(limiter.take('a')).toBe(true)
    expect(limiter.take('a')).toBe(false)
  })
})

describe('misc', () => {
  it('keeps data 3 months after the event by default', () => {
    expect(retentionEnds(new Date('2026-06-04T08:30:00Z'), 3).toISOString()).toBe('2026-09-04T08:30:00.000Z')
  })
  it('round-trips the no-JavaScript flash and rejects garbage', () => {
    const flash = { errors: [{ path: 'email', message: 'Adresse e-mail invalide.' }], values: { email: 'x' } }
    expect(decodeFlash(encodeFlash(flash))).toEqual(flash)
    expect(decodeFlash('%%%')).toBeUndefined()
  })
  it('writes the ceremony in UTC in the .ics', () => {
    const ics = eventIcs({
      id: 1,
      title: 'Cérémonie',
      startsAt: '2026-06-04T07:00:00Z',
      endsAt: '2026-06-04T08:30:00Z',
    })
    expect(ics).toContain('DTSTART:20260604T070000Z')
    expect(ics).toContain('DTEND:20260604T083000Z')
  })
})

describe('e-mail links', () => {
  const event = {
    title: 'AG <b>',
    startsAt: '2026-06-04T07:00:00Z',
    endsAt: '2026-06-04T08:30:00Z',
    url: 'https://www.occe.test/evenements/ag',
  }
  const guest = {
    firstName: 'https://evil.example/x',
    lastName: '<a href="https://evil.example">',
    email: 'g@exemple.fr',
    attendees: 1,
    status: 'confirmed' as const,
  }
  const cancel = 'https://www.occe.test/inscription/annuler?r=1&t=abc'
  const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])

  it('links only the cancel link and the event page; guest text stays inert and escaped', () => {
    const { html, text } = guestMessage(guest, event, cancel)
    expect(hrefs(html)).toEqual([
      'https://www.occe.test/inscription/annuler?r=1&amp;t=abc',
      'https://www.occe.test/evenements/ag',
    ])
    expect(html).toContain('Bonjour https://evil.example/x &lt;a href=&quot;https://evil.example&quot;&gt;')
    expect(html).toContain('AG &lt;b&gt;')
    expect(text).toContain(`place :\n${cancel}`)
    expect(text).toContain('Détails de l’événement : https://www.occe.test/evenements/ag')
  })

  it('links nothing in the contact notification', () => {
    const { html } = contactMessage(
      'c@occe.test',
      { ...guest, organisation: 'https://evil.example', accessibility: 'voir http://evil.example' },
      event,
      { confirmed: 1, waiting: 0 },
    )
    expect(hrefs(html)).toEqual([])
  })
})
