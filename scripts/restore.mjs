// npm run restore -- <backup folder> [--allow-other-database]: puts a backup made by `npm run backup` back
// in place. Stop the app first. What was there before is moved aside (never deleted) into
// <DATA_DIR>/before-restore-<timestamp>/ (database, imports/, exports/) and <MEDIA_DIR>.before-restore-<timestamp>.
// A SQLite backup goes back into the file it was taken from (site.db or dev.db): if the current NODE_ENV
// names the other one, nothing is done unless --allow-other-database is given.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  dataFolders,
  fail,
  integrityCheck,
  listFiles,
  locations,
  runMongoTool,
  sha256,
  tableCounts,
  timestamp,
} from './backup.lib.mjs'

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
    if (!fs.existsSync(media) || fs.statSync(media).size !== bytes)
      throw new Error(`media file ${name} is missing or altered`)
  }
  // Backups older than the import/export copy have no "data": their restore leaves those folders alone.
  for (const [folder, { files }] of Object.entries(manifest.data ?? {})) {
    for (const { name, bytes } of files) {
      const file = path.join(dir, 'data', folder, name)
      if (!fs.existsSync(file) || fs.statSync(file).size !== bytes)
        throw new Error(`${folder} file ${name} is missing or altered`)
    }
  }
  return manifest
}

async function restoreSqlite(where, dir, manifest, stamp, allowOtherDatabase) {
  if (manifest.database.kind !== 'sqlite')
    throw new Error('this backup holds MongoDB data, but DATABASE_URI is unset (SQLite)')
  const current = path.basename(where.file)
  if (manifest.database.file !== current && !allowOtherDatabase) {
    const env = process.env.NODE_ENV ? `NODE_ENV=${process.env.NODE_ENV}` : 'NODE_ENV non défini'
    const wanted = manifest.database.file === 'site.db' ? 'NODE_ENV=production' : 'NODE_ENV autre que production'
    throw new Error(
      `restauration refusée, rien n'a été modifié : la sauvegarde vient de ${manifest.database.file}, mais cet environnement ` +
        `(${env}) restaurerait dans ${current}. Relancez avec ${wanted} et le même DATA_DIR que l'application, ` +
        `ou ajoutez --allow-other-database pour restaurer quand même dans ${current}.`,
    )
  }
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
  if (manifest.database.kind !== 'mongodb')
    throw new Error('this backup holds SQLite data, but DATABASE_URI names MongoDB')
  const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'occe-mongorestore-')), 'config.yaml')
  fs.writeFileSync(config, `uri: ${JSON.stringify(where.uri)}\n`, { mode: 0o600 })
  try {
    runMongoTool('mongorestore', [
      `--config=${config}`,
      `--archive=${path.join(dir, manifest.database.file)}`,
      '--gzip',
      '--drop',
    ])
  } finally {
    fs.rmSync(path.dirname(config), { recursive: true, force: true })
  }
  return '?'
}

/** DATA_DIR/imports and DATA_DIR/exports: the current ones go aside into before-restore-<time>/. */
function restoreDataFolders(where, dir, manifest, stamp) {
  let count = 0
  for (const folder of dataFolders) {
    if (!manifest.data?.[folder]) continue
    const live = path.join(where.dataDir, folder)
    if (fs.existsSync(live)) {
      const aside = path.join(where.dataDir, `before-restore-${stamp}`)
      fs.mkdirSync(aside, { recursive: true })
      fs.renameSync(live, path.join(aside, folder))
    }
    fs.mkdirSync(live, { recursive: true })
    const source = path.join(dir, 'data', folder)
    if (fs.existsSync(source)) fs.cpSync(source, live, { recursive: true })
    count += listFiles(live).length
  }
  return count
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
  const args = process.argv.slice(2)
  const allowOtherDatabase = args.includes('--allow-other-database')
  const positional = args.filter((a) => !a.startsWith('--'))
  if (positional.length !== 1 || args.some((a) => a.startsWith('--') && a !== '--allow-other-database'))
    throw new Error('usage: npm run restore -- backups/<timestamp> [--allow-other-database]')
  const dir = path.resolve(positional[0])
  const manifest = readManifest(dir)
  const where = locations()
  const stamp = timestamp()
  const rows =
    where.kind === 'sqlite'
      ? await restoreSqlite(where, dir, manifest, stamp, allowOtherDatabase)
      : restoreMongo(where, dir, manifest)
  const files = restoreMedia(where, dir, stamp)
  const dataFiles = restoreDataFolders(where, dir, manifest, stamp)
  const target = where.kind === 'sqlite' ? ` into ${where.file}` : ''
  console.log(
    `✓ restored ${dir}${target} (${manifest.database.kind}, ${rows} rows, ${files} media files, ${dataFiles} import/export files); restart the app`,
  )
}

main().catch(fail)
