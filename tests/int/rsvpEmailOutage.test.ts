/**
 * An SMTP outage delays the RSVP e-mails, never the registration, and loses none: with the local SMTP
 * server stopped, a registration through the public form's path is answered and stored; its e-mails wait
 * in Payload's job queue and arrive once the server is back and the jobs' retry time has come.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { _internal_jobSystemGlobals, type Payload } from 'payload'

import { checkinToken } from '../../src/checkin/token'
import { RSVP_EMAIL_QUEUE } from '../../src/rsvp/emails/emailJobs'
import { EVENT_FIELD } from '../../src/rsvp/contract'
import { submitPublicRegistration } from '../../src/rsvp/http/publicSubmission'
import { decodeQrPng } from '../setup/decodeQr'
import { runEmailQueue } from './emailQueue'
import { deliver, SITE_URL, startMailTest, stopMailTest } from './mailTest'
import { answers, createRsvpEvent } from './rsvpFixtures'
import { recipients, type SmtpCapture } from './smtpCapture'

let smtp: SmtpCapture
let payload: Payload

beforeAll(async () => ({ payload, smtp } = await startMailTest()))

afterEach(() => {
  _internal_jobSystemGlobals.getCurrentDate = () => new Date()
})

afterAll(() => stopMailTest({ payload, smtp }))

const pendingEmailJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: RSVP_EMAIL_QUEUE } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

describe('RSVP e-mail during an SMTP outage', () => {
  it('stores and answers the registration at once, then delivers both e-mails (QR included) once the server is back', async () => {
    const fixture = await createRsvpEvent(payload, { contactEmail: 'contact-panne@occe.test' })
    await smtp.stop()

    const fields = Object.fromEntries(
      answers({ email: 'panne@exemple.fr', firstName: 'Élise' }).map((f) => [f.field, String(f.value)]),
    )
    const outcome = await submitPublicRegistration(
      payload,
      { [EVENT_FIELD]: String(fixture.eventId), ...fields },
      '127.0.0.1',
      { tokenTaken: true },
    )
    expect(outcome).toMatchObject({ ok: true, status: 'confirmed' })
    const stored = await payload.find({
      collection: 'form-submissions',
      where: { email: { equals: 'panne@exemple.fr' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0].status).toBe('confirmed')

    // The runner tries, the server refuses: nothing sent, both messages still queued with a retry time.
    await runEmailQueue(payload)
    expect(smtp.received).toHaveLength(0)
    const waiting = await pendingEmailJobs()
    expect(waiting).toHaveLength(2)
    for (const job of waiting) {
      expect(job.totalTried).toBe(1)
      expect(job.hasError).not.toBe(true)
      expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    }

    await smtp.start()
    // The job clock moved past the backoff, as time would.
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 60_000)
    await deliver({ payload, smtp }, (received) => received.length >= 2)

    expect(
      smtp.received
        .map((m) => recipients(m))
        .flat()
        .sort(),
    ).toEqual(['contact-panne@occe.test', 'panne@exemple.fr'])
    const guest = smtp.received.find((m) => recipients(m).includes('panne@exemple.fr'))!
    expect(guest.subject).toMatch(/^Inscription confirmée/)
    const qr = guest.attachments.find((a) => a.contentType === 'image/png')!
    await expect(decodeQrPng(qr.content)).resolves.toBe(
      `${SITE_URL}/entree/${checkinToken(payload.secret, stored.docs[0].id)}`,
    )
    const contact = smtp.received.find((m) => recipients(m).includes('contact-panne@occe.test'))!
    expect(contact.text).toMatch(/Places confirmées : 1 sur 150 personnes/)
    expect(await pendingEmailJobs()).toHaveLength(0)
  })
})
