/**
 * Each integration test file gets a database of its own: a new SQLite file by default, or a new
 * database on the MongoDB-protocol server named by TEST_DATABASE_URI.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const id = crypto.randomBytes(6).toString('hex')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-int-'))

process.env.DATA_DIR = dir
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = `test-secret-${id}`
process.env.SEED_ON_START = 'false'
delete process.env.SMTP_HOST

const mongo = process.env.TEST_DATABASE_URI
if (mongo) {
  const url = new URL(mongo)
  url.pathname = `/occe_test_${id}`
  process.env.DATABASE_URI = url.toString()
} else {
  delete process.env.DATABASE_URI
}
