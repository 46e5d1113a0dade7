// npm run restore -- <backup folder>: puts a backup made by `npm run backup` back in place.
// Stop the app first. What was there before is moved aside (never deleted) into
// <DATA_DIR>/before-restore-<timestamp>/ and <MEDIA_DIR>.before-restore-<timestamp>.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { fail, integrityCheck, listFiles, locations, runMongoTool, sha256, tableCounts, timestamp } from './backup.lib.mjs'

function readManifest(dir) {
  const file = path.join(dir, 'manifest.json')
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup (no manifest.json)`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
  if (manifest.format !== 1) throw new Error(`unknown backup format ${manifest.format}`)
  const db = path.join(dir, manifest.database.file)
  if (!fs.existsSync(db) || sha256(db) !== manifest.database.sha256)
    throw new Error(`${db} is missing or altered (checksum differs from the manifest)`)
  for (const { name, bytes } of manifest.media.files) {
    const media = path.join(dir, 'media', name)
    if (!fs.existsSync(media) || fs.statSync(media).size !== bytes) throw new Error(`media file ${name} is missing or altered`)
  }
  return manifest
}

async function restoreSqlite(where, dir, manifest, stamp) {
  if (manifest.database.kind !== 'sqlite') throw new Error('this backup holds MongoDB data, but DATABASE_URI is unset (SQLite)')
  const source = path.join(dir, manifest.database.file)
  const integrity = await integrityCheck(source)
  if (integrity !== 'ok') throw new Error(`the backup fails its integrity check: ${integrity}`)
  fs.mkdirSync(where.dataDir, { recursive: true })
  // The WAL and shared-memory files belong to the old database: left behind, SQLite would replay them
  // onto the restored one.
  const aside = path.join(where.dataDir, `before-restore-${stamp}`)
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const file = `${where.file}${suffix}`
    if (fs.existsSync(file)) {
      fs.mkdirSync(aside, { recursive: true })
      fs.renameSync(file, path.join(aside, path.basename(file)))
    }
  }
  const temporary = `${where.file}.restoring`
  fs.copyFileSync(source, temporary)
  fs.renameSync(temporary, where.file)
  const counts = await tableCounts(where.file)
  for (const [table, count] of Object.entries(manifest.database.tables)) {
    if (counts[table] !== count) throw new Error(`table ${table}: ${counts[table]} rows restored, ${count} expected`)
  }
  return Object.values(counts).reduce((a, b) => a + b, 0)
}

function restoreMongo(where, dir, manifest) {
  if (manifest.database.kind !== 'mongodb') throw new Error('this backup holds SQLite data, but DATABASE_URI names MongoDB')
  const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'occe-mongorestore-')), 'config.yaml')
  fs.writeFileSync(config, `uri: ${JSON.stringify(where.uri)}\n`, { mode: 0o600 })
  try {
    runMongoTool('mongorestore', [`--config=${config}`, `--archive=${path.join(dir, manifest.database.file)}`, '--gzip', '--drop'])
  } finally {
    fs.rmSync(path.dirname(config), { recursive: true, force: true })
  }
  return '?'
}

function restoreMedia(where, dir, stamp) {
  const source = path.join(dir, 'media')
  if (fs.existsSync(where.mediaDir) && listFiles(where.mediaDir).length > 0) {
    fs.renameSync(where.mediaDir, `${where.mediaDir}.before-restore-${stamp}`)
  }
  fs.mkdirSync(where.mediaDir, { recursive: true })
  fs.cpSync(source, where.mediaDir, { recursive: true })
  return listFiles(where.mediaDir).length
}

async function main() {
  const arg = process.argv[2]
  if (!arg) throw new Error('usage: npm run restore -- backups/<timestamp>')
  const dir = path.resolve(arg)
  const manifest = readManifest(dir)
  const where = locations()
  const stamp = timestamp()
  const rows = where.kind === 'sqlite' ? await restoreSqlite(where, dir, manifest, stamp) : restoreMongo(where, dir, manifest)
  const files = restoreMedia(where, dir, stamp)
  console.log(`✓ restored ${dir} (${manifest.database.kind}, ${rows} rows, ${files} media files); restart the app`)
}

main().catch(fail)
