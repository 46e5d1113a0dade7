/**
 * E-mail through Payload's adapter to a real SMTP server on 127.0.0.1 (smtp-server), parsed with mailparser;
 * the .ics attachment parsed with node-ical.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import ical from 'node-ical'
import type { Payload } from 'payload'

import { formatDateRange } from '../../src/dates/format'
import { cancelToken } from '../../src/rsvp/registration/cancelToken'
import { deliver, SITE_URL, startMailTest, stopMailTest } from './mailTest'
import { answers, createRsvpEvent } from './rsvpFixtures'
import { recipients, type SmtpCapture } from './smtpCapture'

let smtp: SmtpCapture
let received: ParsedMail[]
let payload: Payload

beforeAll(async () => {
  const started = await startMailTest()
  payload = started.payload
  smtp = started.smtp
  received = smtp.received
})

afterAll(() => stopMailTest({ payload, smtp }))

const to = recipients
const waitFor = (predicate: () => boolean) => deliver({ payload, smtp }, predicate)

describe('RSVP e-mail', () => {
  it('confirms to the guest in French with the .ics and a signed cancel link, and notifies the contact', async () => {
    const startsAt = new Date('2026-06-04T07:00:00Z')
    const shift = Math.ceil((Date.now() - startsAt.getTime()) / (7 * 24 * 3600e3)) + 1
    // The ceremony's real date is past: shifted by whole weeks (as the rehearsal seed does) it keeps its hour.
    const upcoming = new Date(startsAt.getTime() + Math.max(shift, 0) * 7 * 24 * 3600e3)
    const fixture = await createRsvpEvent(payload, {
      startsAt: upcoming,
      endsAt: new Date(upcoming.getTime() + 90 * 60e3),
      contactEmail: 's.courmont@occe.test',
      title: 'Cérémonie d’ouverture de l’AG',
    })
    received.length = 0
    const doc = await payload.create({
      collection: 'form-submissions',
      data: {
        form: fixture.formId,
        submissionData: answers({ email: 'Invitee@Exemple.fr', firstName: 'Élise' }),
      } as never,
      overrideAccess: false,
      depth: 0,
    })
    await waitFor(() => received.length >= 2)
    expect(received).toHaveLength(2)

    const guest = received.find((m) => to(m).includes('invitee@exemple.fr'))!
    expect(guest.subject).toBe('Inscription confirmée – Cérémonie d’ouverture de l’AG')
    expect(guest.text).toContain('Bonjour Élise Martin')
    expect(guest.text).toContain('(heure de Paris)')
    // 9 h – 10 h 30 in June (UTC+2); the shifted date may fall in winter time.
    expect(guest.text).toContain(formatDateRange(upcoming, new Date(upcoming.getTime() + 90 * 60e3)))
    expect(guest.text).toContain(`${SITE_URL}/inscription/annuler?r=${doc.id}&t=${cancelToken(payload.secret, doc.id)}`)
    const ics = guest.attachments.find((a) => a.filename === 'evenement.ics')!
    expect(ics.contentType).toBe('text/calendar')
    const parsed = Object.values(ical.sync.parseICS(ics.content.toString('utf8'))).find(
      (c) => c?.type === 'VEVENT',
    ) as ical.VEvent
    expect(parsed.start.toISOString()).toBe(upcoming.toISOString())
    expect(parsed.start.getUTCHours()).toBe(7)
    expect(String(parsed.summary)).toBe('Cérémonie d’ouverture de l’AG')
    expect(String(parsed.location)).toContain('Le Dôme')

    const contact = received.find((m) => to(m).includes('s.courmont@occe.test'))!
    expect(contact.subject).toBe('Nouvelle inscription – Cérémonie d’ouverture de l’AG')
    expect(contact.text).toContain('invitee@exemple.fr')
    expect(contact.text).toMatch(/Places confirmées : 1 sur 150 personnes/)
    expect(contact.replyTo?.value[0].address).toBe('invitee@exemple.fr')
  })

  it('tells a guest on the waiting list, then when a seat frees up', async () => {
    const fixture = await createRsvpEvent(payload, { capacity: 1 })
    const first = await payload.create({
      collection: 'form-submissions',
      data: { form: fixture.formId, submissionData: answers({ email: 'premier@exemple.fr' }) } as never,
      depth: 0,
    })
    received.length = 0
    await payload.create({
      collection: 'form-submissions',
      data: { form: fixture.formId, submissionData: answers({ email: 'second@exemple.fr' }) } as never,
      depth: 0,
    })
    await waitFor(() => received.length >= 2)
    const waiting = received.find((m) => to(m).includes('second@exemple.fr'))!
    expect(waiting.subject).toMatch(/^Vous êtes sur liste d’attente/)
    expect(waiting.attachments).toHaveLength(0)

    received.length = 0
    await payload.update({ collection: 'form-submissions', id: first.id, data: { status: 'cancelled' } })
    await waitFor(() => received.length >= 1)
    const promoted = received.find((m) => to(m).includes('second@exemple.fr'))!
    expect(promoted.subject).toMatch(/^Une place s’est libérée : votre inscription est confirmée/)
    expect(promoted.attachments.map((a) => a.filename)).toEqual(['code-entree.png', 'evenement.ics'])
  })

  it('does not send the form-builder’s own e-mails for RSVP forms', async () => {
    const fixture = await createRsvpEvent(payload)
    await payload.update({
      collection: 'forms',
      id: fixture.formId,
      data: { emails: [{ emailTo: 'plugin@occe.test', subject: 'Copie du plugin' }] } as never,
    })
    received.length = 0
    await payload.create({
      collection: 'form-submissions',
      data: { form: fixture.formId, submissionData: answers({ email: 'unique@exemple.fr' }) } as never,
      depth: 0,
    })
    await waitFor(() => received.length >= 2)
    await new Promise((r) => setTimeout(r, 300))
    expect(received.map((m) => m.subject)).not.toContain('Copie du plugin')
    expect(received).toHaveLength(2)
  })
})
