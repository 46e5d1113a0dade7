/**
 * The entry code in the guest's e-mail, read from a real SMTP server on 127.0.0.1: the inline QR image
 * (decoded with jsQR from the PNG's pixels) opens the check-in link, and the same code is in the text.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'

import { registrationForCode } from '../../src/checkin/registrations'
import { checkinToken } from '../../src/checkin/token'
import { decodeQrPng } from '../setup/decodeQr'
import { mailTo, SITE_URL, startMailTest, stopMailTest } from './mailTest'
import { answers, createRsvpEvent } from './rsvpFixtures'
import type { SmtpCapture } from './smtpCapture'

let smtp: SmtpCapture
let payload: Payload

// keepCidLinks: the inline QR image stays a cid: reference, as in the guest's mail client.
beforeAll(async () => ({ payload, smtp } = await startMailTest({ keepCidLinks: true })))
afterAll(() => stopMailTest({ payload, smtp }))

/** The text the inline QR image of this e-mail encodes, as a phone camera would read it. */
async function decodeQr(mail: ParsedMail): Promise<string | undefined> {
  const image = mail.attachments.find((a) => a.contentType === 'image/png' && a.cid)
  if (!image) return undefined
  expect(mail.html).toContain(`src="cid:${image.cid}"`)
  return decodeQrPng(image.content)
}

describe('entry code in the e-mail', () => {
  it('the confirmation’s QR code decodes to the guest’s check-in link, also given as text', async () => {
    const fixture = await createRsvpEvent(payload)
    const doc = await payload.create({
      collection: 'form-submissions',
      data: { form: fixture.formId, submissionData: answers({ email: 'qr@exemple.fr', firstName: 'Élise' }) } as never,
      depth: 0,
    })
    const mail = await mailTo({ payload, smtp }, 'qr@exemple.fr')
    const code = checkinToken(payload.secret, doc.id)
    const link = `${SITE_URL}/entree/${code}`
    await expect(decodeQr(mail)).resolves.toBe(link)
    expect(mail.text).toContain(`Votre code : ${code}`)
    expect(mail.text).toContain(link)
    // The link leads to this registration, and to no other.
    await expect(registrationForCode(payload, code)).resolves.toMatchObject({
      guest: { id: String(doc.id), firstName: 'Élise' },
    })
  })

  it('the waiting list gets no code; the promotion e-mail brings one that works', async () => {
    const fixture = await createRsvpEvent(payload, { capacity: 1 })
    const first = await payload.create({
      collection: 'form-submissions',
      data: { form: fixture.formId, submissionData: answers({ email: 'premiere@exemple.fr' }) } as never,
      depth: 0,
    })
    const second = await payload.create({
      collection: 'form-submissions',
      data: { form: fixture.formId, submissionData: answers({ email: 'attente-qr@exemple.fr' }) } as never,
      depth: 0,
    })
    const waiting = await mailTo({ payload, smtp }, 'attente-qr@exemple.fr')
    await expect(decodeQr(waiting)).resolves.toBeUndefined()
    expect(waiting.text).not.toContain('/entree/')

    smtp.received.length = 0
    await payload.update({ collection: 'form-submissions', id: first.id, data: { status: 'cancelled' } })
    const promoted = await mailTo({ payload, smtp }, 'attente-qr@exemple.fr')
    expect(promoted.subject).toMatch(/^Une place s’est libérée/)
    await expect(decodeQr(promoted)).resolves.toBe(`${SITE_URL}/entree/${checkinToken(payload.secret, second.id)}`)
    // The cancelled guest's code stopped working.
    await expect(registrationForCode(payload, checkinToken(payload.secret, first.id))).resolves.toBeUndefined()
  })
})
