import fs from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transport } from 'nodemailer'

const FROM_ADDRESS = process.env.MAIL_FROM || 'ne-pas-repondre@occe.coop'
const FROM_NAME = process.env.MAIL_FROM_NAME || 'OCCE'

/**
 * Writes each message as an .eml file instead of sending it: without SMTP settings nothing may leave
 * the machine, yet a developer can still open what the site would have sent.
 */
export function captureTransport(dir: string): Transport {
  return {
    name: 'occe-capture',
    version: '1',
    send(mail, callback) {
      mail.message.build((error, raw) => {
        if (error) return callback(error, undefined as never)
        fs.mkdirSync(dir, { recursive: true })
        const id = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
        fs.writeFileSync(path.join(dir, `${id}.eml`), raw)
        callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() } as never)
      })
    },
  }
}

export function emailAdapter(env: NodeJS.ProcessEnv, dataDir: string) {
  const transport = env.SMTP_HOST
    ? nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: Number(env.SMTP_PORT || 587),
        secure: env.SMTP_SECURE === 'true',
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
        // Local test servers use self-signed certificates or none at all.
        ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
      })
    : nodemailer.createTransport(captureTransport(path.join(dataDir, 'mail')))
  // Always pass a transport: with none, the adapter would create an account on a remote test service.
  return nodemailerAdapter({
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    transport,
    skipVerify: true,
  })
}
