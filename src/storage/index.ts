import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { DatabaseChoice } from '../db/choice'

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
}

const REQUIRED = 'S3_BUCKET and S3_REGION (with S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, S3_ENDPOINT for non-AWS)'

/**
 * Media go to an S3-compatible bucket when S3_BUCKET is set, otherwise to MEDIA_DIR on local disk.
 * A half-filled configuration stops the start: silently falling back to local disk would lose files
 * as soon as a second instance serves them.
 */
export function s3Settings(env: NodeJS.ProcessEnv): S3Settings | null {
  const value = (name: string) => env[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  const anyS3 = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].some(value)
  if (!bucket) {
    if (anyS3) throw new Error(`S3 storage is half configured: S3_BUCKET is missing. Set ${REQUIRED}.`)
    return null
  }
  const region = value('S3_REGION')
  if (!region) throw new Error(`S3 storage is half configured: S3_REGION is missing. Set ${REQUIRED}.`)
  const accessKeyId = value('S3_ACCESS_KEY_ID')
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the instance role.',
    )
  const endpoint = value('S3_ENDPOINT')
  return {
    bucket,
    region,
    endpoint,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // Most S3-compatible services (MinIO, Garage, Scaleway, OVH) want bucket names in the path.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE !== 'false' : Boolean(endpoint),
  }
}

/**
 * The storage plugin, or none. S3 is for several instances, and several instances need MongoDB: the
 * plugin adds columns to media that the committed SQLite migrations do not have, so S3 on SQLite is
 * refused rather than failing on the first upload.
 */
export function storagePlugins(env: NodeJS.ProcessEnv, database: DatabaseChoice['kind']): Plugin[] {
  const settings = s3Settings(env)
  if (!settings) return []
  if (database !== 'mongodb')
    throw new Error(
      'S3 media storage needs MongoDB (DATABASE_URI=mongodb://…): the embedded SQLite keeps media in MEDIA_DIR.',
    )
  return [
    s3Storage({
      // Uploads pass through the app (no direct browser upload), so the content checks of media apply.
      collections: { media: true },
      bucket: settings.bucket,
      config: {
        region: settings.region,
        endpoint: settings.endpoint,
        credentials: settings.credentials,
        forcePathStyle: settings.forcePathStyle,
      },
    }),
  ]
}
