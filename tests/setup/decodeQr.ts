import jsQRModule from 'jsqr'
import sharp from 'sharp'

// jsqr is a CommonJS bundle: its function is the module itself or its default export, depending on the loader.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as typeof jsQRModule

/** What a QR code in a PNG says, as a phone camera would read it: pixels from sharp, decoding by jsQR (pure JS). */
export async function decodeQrPng(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data
}
