/**
 * What the site accepts as media: the formats it shows (JPEG, PNG, WebP, AVIF) and PDF documents. The type
 * is read from the first bytes of the file, never from its name or the type the browser announced.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const MAX_UPLOAD_LABEL = '10 Mo'

export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'] as const
export type AcceptedMimeType = (typeof ACCEPTED_MIME_TYPES)[number]

export const TOO_LARGE_MESSAGE = `Fichier trop volumineux : ${MAX_UPLOAD_LABEL} au maximum.`
export const UNSUPPORTED_MESSAGE =
  'Type de fichier refusé : seuls les images JPEG, PNG, WebP, AVIF et les documents PDF sont acceptés.'
export const SVG_MESSAGE =
  'Les images SVG sont refusées : elles peuvent contenir du code. Exportez-les en PNG ou en WebP.'
export const EMPTY_MESSAGE = 'Le fichier est vide.'

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/** AVIF is an ISO-BMFF file whose `ftyp` box names an AVIF brand (major or compatible). */
function isAvif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('ftyp'), 4)) return false
  const boxSize = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0
  const end = Math.min(boxSize, bytes.length)
  for (let i = 8; i + 4 <= end; i += 4) {
    const brand = String.fromCharCode(bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3])
    if (brand === 'avif' || brand === 'avis') return true
  }
  return false
}

/** The accepted type these first bytes belong to, or null. */
export function detectMimeType(bytes: Uint8Array): AcceptedMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  if (isAvif(bytes)) return 'image/avif'
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf'
  return null
}

/** SVG (or any XML) is text: look for its root element in the first bytes, after an optional BOM. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).toLowerCase()
  return head.includes('<svg') || (head.trimStart().startsWith('<?xml') && !head.includes('<html'))
}

export type UploadVerdict = { ok: true; mimeType: AcceptedMimeType } | { ok: false; message: string }

/** The decision for one uploaded file: its size and its first bytes (up to 1 KiB for the SVG check). */
export function judgeUpload(size: number, head: Uint8Array): UploadVerdict {
  if (size > MAX_UPLOAD_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE }
  if (size === 0 || head.length === 0) return { ok: false, message: EMPTY_MESSAGE }
  const mimeType = detectMimeType(head)
  if (mimeType) return { ok: true, mimeType }
  if (looksLikeSvg(head)) return { ok: false, message: SVG_MESSAGE }
  return { ok: false, message: UNSUPPORTED_MESSAGE }
}

/**
 * Payload's multipart parser stops reading at this size and answers 413 before the file is kept in
 * memory; the collection hook repeats the check for the Local API.
 */
export const uploadParserOptions = {
  limits: { fileSize: MAX_UPLOAD_BYTES },
  abortOnLimit: true,
  responseOnLimit: TOO_LARGE_MESSAGE,
}
