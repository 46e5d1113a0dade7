import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { judgeUpload } from '../../../security/uploads'

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
}

async function firstBytes(file: { data?: Buffer; tempFilePath?: string }): Promise<Uint8Array> {
  if (file.data && file.data.length > 0) return file.data.subarray(0, 1024)
  if (!file.tempFilePath) return new Uint8Array()
  const handle = await fs.open(file.tempFilePath, 'r')
  try {
    const buffer = Buffer.alloc(1024)
    const { bytesRead } = await handle.read(buffer, 0, 1024, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Runs before Payload writes anything: a refused file leaves neither a document nor a file behind.
 * The type comes from the content; the name and the announced type are then made to agree with it, so
 * the stored extension and Content-Type are the real ones.
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const size = typeof file.size === 'number' ? file.size : (file.data?.length ?? 0)
  const verdict = judgeUpload(size, await firstBytes(file))
  if (!verdict.ok) {
    throw new APIError(verdict.message, verdict.message.startsWith('Fichier trop') ? 413 : 400, { path: 'file' }, true)
  }
  file.mimetype = verdict.mimeType
  const extension = EXTENSIONS[verdict.mimeType]
  const base = file.name.replace(/\.[^./\\]*$/, '') || 'fichier'
  file.name = `${base}.${extension}`
  return args
}
