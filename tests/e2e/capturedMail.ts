import fs from 'node:fs'
import path from 'node:path'

import { type ParsedMail, simpleParser } from 'mailparser'

/**
 * The messages the harness's SMTP server received for this address (tests/setup/smtpMailbox.ts: the server
 * under test sends over SMTP), oldest first, once at least `count` arrived.
 */
export async function mailsTo(address: string, count = 1): Promise<ParsedMail[]> {
  const dir = process.env.TEST_MAIL_DIR as string
  for (let i = 0; i < 200; i++) {
    const found = []
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort()) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, file)))
      const to = Array.isArray(mail.to) ? mail.to : [mail.to]
      if (to.some((a) => a?.value.some((v) => v.address === address))) found.push(mail)
    }
    if (found.length >= count) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`fewer than ${count} e-mails to ${address}`)
}

/** The first message received for this address. */
export async function mailTo(address: string): Promise<ParsedMail> {
  return (await mailsTo(address))[0]
}
