/**
 * The set-up of the e-mail integration tests: a real SMTP server on 127.0.0.1 (smtpCapture.ts) first, so that
 * Payload's e-mail adapter is pointed at it when the config loads, then Payload on the file's temporary
 * database, with the public address the e-mails' links start with. The RSVP e-mails leave through the job
 * queue: `deliver` runs it and waits for the messages.
 *
 *   let payload: Payload
 *   let smtp: SmtpCapture
 *   beforeAll(async () => ({ payload, smtp } = await startMailTest()))
 *   afterAll(() => stopMailTest({ payload, smtp }))
 */
import type { ParsedMail } from 'mailparser'
import { getPayload, type Payload } from 'payload'

import { runEmailQueue } from './emailQueue'
import { recipients, type SmtpCapture, startSmtpCapture } from './smtpCapture'

export const SITE_URL = 'https://www.occe.test'

export type MailTest = { payload: Payload; smtp: SmtpCapture }

/** `keepCidLinks`: the HTML as the mail client gets it (by default mailparser inlines the images itself). */
export async function startMailTest(options: { keepCidLinks?: boolean } = {}): Promise<MailTest> {
  const smtp = await startSmtpCapture(options)
  process.env.SERVER_URL = SITE_URL
  const { default: config } = await import('@payload-config')
  return { smtp, payload: await getPayload({ config }) }
}

/** Safe after a failed start (either part may be missing). */
export async function stopMailTest(test: Partial<MailTest>) {
  await test.payload?.destroy()
  await test.smtp?.close()
}

/** Runs the e-mail queue, then waits (5 s at most) until `done` holds for the messages received so far. */
export async function deliver({ payload, smtp }: MailTest, done: (received: ParsedMail[]) => boolean) {
  await runEmailQueue(payload)
  for (let i = 0; i < 100 && !done(smtp.received); i++) await new Promise((r) => setTimeout(r, 50))
}

/** The first message received for `address`, once delivered; throws when none came. */
export async function mailTo(test: MailTest, address: string): Promise<ParsedMail> {
  const find = (received: ParsedMail[]) => received.find((m) => recipients(m).includes(address))
  await deliver(test, (received) => find(received) !== undefined)
  const mail = find(test.smtp.received)
  if (!mail) throw new Error(`no e-mail to ${address}`)
  return mail
}
