/**
 * The entry link as a QR code: a PNG for e-mail (inline, by Content-ID) and pages (data URI). The `qrcode`
 * package computes the modules; sharp (native libvips, already used for images) encodes the PNG, about ten
 * times faster than qrcode's pure-JS encoder, which matters on the registration path (one per confirmation).
 */
import QRCode from 'qrcode'
import sharp from 'sharp'

// Medium error correction survives a cracked phone screen or a crumpled print-out; 6 px modules and the
// standard 4-module quiet zone scan from arm's length.
const SCALE = 6
const MARGIN = 4

export async function qrPng(text: string): Promise<Buffer> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const side = (modules.size + 2 * MARGIN) * SCALE
  const pixels = Buffer.alloc(side * side, 255)
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue
      for (let dy = 0; dy < SCALE; dy++) {
        const start = ((row + MARGIN) * SCALE + dy) * side + (col + MARGIN) * SCALE
        pixels.fill(0, start, start + SCALE)
      }
    }
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 1 } })
    .png({ palette: true, colours: 2, compressionLevel: 9 })
    .toBuffer()
}

export const qrDataUri = async (text: string): Promise<string> =>
  `data:image/png;base64,${(await qrPng(text)).toString('base64')}`
