/**
 * One calendar: the confirmation e-mail's .ics and the event page's calendrier.ics name the event with the
 * same UID, so a guest who adds both keeps one entry. The e-mail goes through a real local SMTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ical from 'node-ical'
import { getPayload, type Payload } from 'payload'

import { eventIcs } from '../../src/calendar/ics'
import { runEmailQueue } from './emailQueue'
import { answers, createRsvpEvent } from './rsvpFixtures'
import { recipients, type SmtpCapture, startSmtpCapture } from './smtpCapture'

let smtp: SmtpCapture
let payload: Payload

beforeAll(async () => {
  smtp = await startSmtpCapture()
  process.env.SERVER_URL = 'https://www.occe.test'
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload?.destroy()
  await smtp?.close()
})

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
    await runEmailQueue(payload)
    for (let i = 0; i < 100 && !smtp.received.some((m) => recipients(m).includes('une.fois@exemple.fr')); i++)
      await new Promise((r) => setTimeout(r, 50))
    const mail = smtp.received.find((m) => recipients(m).includes('une.fois@exemple.fr'))!
    const attachment = mail.attachments.find((a) => a.filename === 'evenement.ics')!

    // What GET /evenements/<slug>/calendrier.ics builds: the published event at depth 2 and the site's host.
    const event = await payload.findByID({ collection: 'events', id: fixture.eventId, depth: 2 })
    const page = eventIcs({ ...event, url: `https://www.occe.test/evenements/${event.slug}` }, 'www.occe.test')

    expect(uidOf(attachment.content.toString('utf8'))).toBe(`event-${fixture.eventId}@www.occe.test`)
    expect(uidOf(attachment.content.toString('utf8'))).toBe(uidOf(page))
  })
})
