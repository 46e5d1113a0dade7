// npm run backup: a consistent copy of the database and the media, taken while the site runs.
//   SQLite: VACUUM INTO (one read transaction, so writers are not blocked and the copy includes what is
//   still in the WAL), then the media folder, into backups/<UTC timestamp>/.
//   MongoDB: mongodump --archive --gzip (needs the MongoDB Database Tools); media then live on S3 or in
//   MEDIA_DIR, which is copied as for SQLite.
//   The import and export files (DATA_DIR/imports, DATA_DIR/exports) go into data/ for both databases.
// BACKUP_DIR chooses the parent folder (default ./backups, git-ignored). The backup is private: folders
// 0700, files 0600 (it holds password hashes and guests' personal data).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import {
  dataFolders,
  fail,
  integrityCheck,
  listFiles,
  locations,
  makePrivate,
  runMongoTool,
  sha256,
  tableCounts,
  timestamp,
} from './backup.lib.mjs'

async function backupSqlite(where, dir) {
  if (!fs.existsSync(where.file)) throw new Error(`no database at ${where.file} (check DATA_DIR and NODE_ENV)`)
  const copy = path.join(dir, path.basename(where.file))
  const client = createClient({ url: `file:${where.file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
  } finally {
    client.close()
  }
  const integrity = await integrityCheck(copy)
  if (integrity !== 'ok') throw new Error(`the copy fails its integrity check: ${integrity}`)
  return { kind: 'sqlite', file: path.basename(copy), sha256: sha256(copy), tables: await tableCounts(copy) }
}

function backupMongo(where, dir) {
  // The URI (with its password) goes through a private file, not the command line that `ps` shows.
  const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'occe-mongodump-')), 'config.yaml')
  fs.writeFileSync(config, `uri: ${JSON.stringify(where.uri)}\n`, { mode: 0o600 })
  try {
    runMongoTool('mongodump', [`--config=${config}`, `--archive=${path.join(dir, 'mongo.archive.gz')}`, '--gzip'])
  } finally {
    fs.rmSync(path.dirname(config), { recursive: true, force: true })
  }
  return { kind: 'mongodb', file: 'mongo.archive.gz', sha256: sha256(path.join(dir, 'mongo.archive.gz')) }
}

function backupFolder(source, target) {
  fs.mkdirSync(target, { recursive: true, mode: 0o700 })
  // Payload never rewrites a stored file in place (a new upload gets a new name): copying while the site
  // runs gives whole files.
  if (fs.existsSync(source)) fs.cpSync(source, target, { recursive: true })
  const files = listFiles(target).map((name) => ({ name, bytes: fs.statSync(path.join(target, name)).size }))
  return { files }
}

async function main() {
  const where = locations()
  const root = path.resolve(process.env.BACKUP_DIR || path.join(process.cwd(), 'backups'))
  const final = path.join(root, timestamp())
  // Written under a temporary name and renamed at the end: a folder without ".partial" is complete.
  const partial = `${final}.partial`
  fs.mkdirSync(root, { recursive: true, mode: 0o700 })
  fs.mkdirSync(partial, { mode: 0o700 })
  try {
    const database = where.kind === 'sqlite' ? await backupSqlite(where, partial) : backupMongo(where, partial)
    const media = backupFolder(where.mediaDir, path.join(partial, 'media'))
    const data = Object.fromEntries(
      dataFolders.map((name) => [name, backupFolder(path.join(where.dataDir, name), path.join(partial, 'data', name))]),
    )
    const manifest = { format: 1, createdAt: new Date().toISOString(), database, media, data }
    fs.writeFileSync(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 })
    makePrivate(partial)
    fs.renameSync(partial, final)
    const docs = database.tables ? Object.values(database.tables).reduce((a, b) => a + b, 0) : '?'
    const dataFiles = Object.values(data).reduce((n, folder) => n + folder.files.length, 0)
    console.log(
      `✓ backup ${final} (${database.kind}, ${docs} rows, ${media.files.length} media files, ${dataFiles} import/export files)`,
    )
    console.log(final)
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

main().catch(fail)
