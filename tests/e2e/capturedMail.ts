import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'

/** The captured .eml sent to this address (the test server has no SMTP: DATA_DIR/mail). */
export async function mailTo(address: string) {
  const dir = path.join(process.env.TEST_DATA_DIR as string, 'mail')
  for (let i = 0; i < 100; i++) {
    for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, file)))
      const to = Array.isArray(mail.to) ? mail.to : [mail.to]
      if (to.some((a) => a?.value.some((v) => v.address === address))) return mail
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no e-mail to ${address}`)
}
