/** The entry link as a QR code: a PNG for e-mail (inline, by Content-ID) and pages (data URI). */
import QRCode from 'qrcode'

// Medium error correction survives a cracked phone screen or a crumpled print-out; 8 px modules scan from arm's length.
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4, scale: 8 } as const

export const qrPng = (text: string): Promise<Buffer> => QRCode.toBuffer(text, { ...OPTIONS, type: 'png' })

export const qrDataUri = (text: string): Promise<string> => QRCode.toDataURL(text, { ...OPTIONS, type: 'image/png' })
