/** The entry code as it travels in the confirmation e-mail: the QR as an inline PNG (by Content-ID) and as text. */
import type { Payload } from 'payload'

import type { EntryCode } from '../email/rsvpMessages'
import { entryUrl } from './links'
import { qrPng } from './qr'
import { checkinToken } from './token'

export const ENTRY_CID = 'code-entree@occe'

export type InlineAttachment = {
  filename: string
  content: Buffer
  contentType: string
  cid: string
  contentDisposition: 'inline'
}

export async function entryForEmail(
  payload: Payload,
  registrationId: string | number,
): Promise<{ entry: EntryCode; attachment: InlineAttachment }> {
  const url = entryUrl(payload, registrationId)
  return {
    entry: { url, code: checkinToken(payload.secret, registrationId), image: `cid:${ENTRY_CID}` },
    attachment: {
      filename: 'code-entree.png',
      content: await qrPng(url),
      contentType: 'image/png',
      cid: ENTRY_CID,
      contentDisposition: 'inline',
    },
  }
}
