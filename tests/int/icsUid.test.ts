/**
 * One calendar: the confirmation e-mail's .ics and the event page's calendrier.ics name the event with the
 * same UID, so a guest who adds both keeps one entry. The e-mail goes through a real local SMTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ical from 'node-ical'
import type { Payload } from 'payload'

import { eventIcs } from '../../src/calendar/ics'
import { mailTo, startMailTest, stopMailTest } from './mailTest'
import { answers, createRsvpEvent } from './rsvpFixtures'
import type { SmtpCapture } from './smtpCapture'

let smtp: SmtpCapture
let payload: Payload

beforeAll(async () => ({ payload, smtp } = await startMailTest()))
afterAll(() => stopMailTest({ payload, smtp }))

const uidOf = (ics: string) =>
  (Object.values(ical.sync.parseICS(ics)).find((c) => c?.type === 'VEVENT') as ical.VEvent).uid

describe('the e-mail and the page give an event one calendar UID', () => {
  it('confirmation attachment UID = the page download UID', async () => {
    const fixture = await createRsvpEvent(payload)
    await payload.create({
      collection: 'form-submissions',
      data: { form: fixture.formId, submissionData: answers({ email: 'une.fois@exemple.fr' }) } as never,
      overrideAccess: false,
      depth: 0,
    })
    const mail = await mailTo({ payload, smtp }, 'une.fois@exemple.fr')
    const attachment = mail.attachments.find((a) => a.filename === 'evenement.ics')!

    // What GET /evenements/<slug>/calendrier.ics builds: the published event at depth 2 and the site's host.
    const event = await payload.findByID({ collection: 'events', id: fixture.eventId, depth: 2 })
    const page = eventIcs({ ...event, url: `https://www.occe.test/evenements/${event.slug}` }, 'www.occe.test')

    expect(uidOf(attachment.content.toString('utf8'))).toBe(`event-${fixture.eventId}@www.occe.test`)
    expect(uidOf(attachment.content.toString('utf8'))).toBe(uidOf(page))
  })
})
