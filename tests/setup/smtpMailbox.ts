/**
 * The web test harness's SMTP server on 127.0.0.1: the production server under test sends its e-mails to it
 * over SMTP, as it would to a relay. Each message received is kept as it arrived, in a file of `dir` named by
 * its order of arrival, because the tests that read it run in other processes (tests/e2e/capturedMail.ts).
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

export type Mailbox = { port: number; dir: string; close: () => Promise<void> }

export async function startMailbox(dir: string): Promise<Mailbox> {
  fs.mkdirSync(dir, { recursive: true })
  let received = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        const name = String(++received).padStart(6, '0')
        // Written whole, then renamed: a reader never sees half a message.
        fs.writeFileSync(path.join(dir, `${name}.part`), Buffer.concat(chunks))
        fs.renameSync(path.join(dir, `${name}.part`), path.join(dir, `${name}.eml`))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.server.address() as AddressInfo).port,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
