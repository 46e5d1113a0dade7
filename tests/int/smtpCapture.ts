/**
 * A real SMTP server on 127.0.0.1 for the e-mail tests: Payload's adapter sends to it (SMTP_* set here,
 * before the config is loaded) and every message is parsed with mailparser into `received`.
 */
import { type ParsedMail, simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type SmtpCapture = { received: ParsedMail[]; close: () => Promise<void> }

export async function startSmtpCapture(options: { keepCidLinks?: boolean } = {}): Promise<SmtpCapture> {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream, { keepCidLinks: options.keepCidLinks ?? false })
        .then((mail) => {
          received.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port)
  process.env.SMTP_IGNORE_TLS = 'true'
  return {
    received,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      delete process.env.SMTP_HOST
    },
  }
}

export const recipients = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value ?? []).map((v) => v.address)
