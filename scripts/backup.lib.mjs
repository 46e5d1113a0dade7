// Shared by scripts/backup.mjs and scripts/restore.mjs. Plain Node (no TypeScript step) so an operator
// can run them on a production host with nothing but `node` and the installed dependencies.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

/** Mirrors src/db/choice.ts: production reads site.db, everything else dev.db. */
export function locations(env = process.env) {
  const dataDir = path.resolve(env.DATA_DIR || path.join(process.cwd(), 'data'))
  const mediaDir = path.resolve(env.MEDIA_DIR || path.join(process.cwd(), 'media'))
  const uri = env.DATABASE_URI?.trim()
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', uri, dataDir, mediaDir }
  if (uri) throw new Error('DATABASE_URI must be unset (embedded SQLite), mongodb://… or mongodb+srv://…')
  const file = path.join(dataDir, env.NODE_ENV === 'production' ? 'site.db' : 'dev.db')
  return { kind: 'sqlite', dataDir, file, mediaDir }
}

/** Import and export files (src/imports/importExportFiles.ts) live under DATA_DIR in these folders, whatever the database. */
export const dataFolders = ['imports', 'exports']

/** Backups hold password hashes and guests' personal data: folders 0700, files 0600, whatever the umask. */
export function makePrivate(dir) {
  fs.chmodSync(dir, 0o700)
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath ?? entry.path, entry.name)
    if (entry.isDirectory()) fs.chmodSync(full, 0o700)
    else if (entry.isFile()) fs.chmodSync(full, 0o600)
  }
}

export function sha256(file) {
  const hash = crypto.createHash('sha256')
  const fd = fs.openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(1 << 20)
    let read
    while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, read))
  } finally {
    fs.closeSync(fd)
  }
  return hash.digest('hex')
}

/** Every file under dir, as paths relative to it, sorted. */
export function listFiles(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort()
}

/** Row counts of every table, to compare a backup with its source and to print a summary. */
export async function tableCounts(file) {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const counts = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`)
      counts[name] = Number(result.rows[0].n)
    }
    return counts
  } finally {
    client.close()
  }
}

export async function integrityCheck(file) {
  const client = createClient({ url: `file:${file}` })
  try {
    const result = await client.execute('PRAGMA integrity_check')
    return String(result.rows[0][0])
  } finally {
    client.close()
  }
}

/** Runs a MongoDB tool (mongodump, mongorestore) or explains how to get it. */
export function runMongoTool(tool, args) {
  const result = spawnSync(tool, args, { stdio: 'inherit' })
  if (result.error && result.error.code === 'ENOENT')
    throw new Error(`${tool} is not installed: install the MongoDB Database Tools (mongodump, mongorestore).`)
  if (result.status !== 0) throw new Error(`${tool} failed with exit code ${result.status}`)
}

export function timestamp(date = new Date()) {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', '-')
}

export function fail(error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
