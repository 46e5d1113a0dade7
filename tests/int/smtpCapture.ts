/**
 * A real SMTP server on 127.0.0.1 for the e-mail tests: Payload's adapter sends to it (SMTP_* set here,
 * before the config is loaded) and every message is parsed with mailparser into `received`.
 */
import { type ParsedMail, simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type SmtpCapture = {
  received: ParsedMail[]
  close: () => Promise<void>
  /** An SMTP outage: the port refuses connections until `start`, which listens on the same port again. */
  stop: () => Promise<void>
  start: () => Promise<void>
}

export async function startSmtpCapture(options: { keepCidLinks?: boolean } = {}): Promise<SmtpCapture> {
  const received: ParsedMail[] = []
  const listen = async (port: number) => {
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
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    return server
  }
  let server: SMTPServer | undefined = await listen(0)
  const port = (server.server.address() as AddressInfo).port
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.SMTP_IGNORE_TLS = 'true'
  const stop = async () => {
    const running = server
    server = undefined
    if (running) await new Promise<void>((resolve) => running.close(() => resolve()))
  }
  return {
    received,
    stop,
    start: async () => {
      server ??= await listen(port)
    },
    close: async () => {
      await stop()
      delete process.env.SMTP_HOST
    },
  }
}

export const recipients = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value ?? []).map((v) => v.address)
