/**
 * `npm run backup` while Payload holds the database open (recent writes still in the WAL), then
 * `npm run restore` into a fresh DATA_DIR and MEDIA_DIR: every row and every file comes back.
 * SQLite only: the MongoDB leg would need mongodump, which is not installable here.
 * Also: the backup is private (0700 folders, 0600 files), carries DATA_DIR/imports and DATA_DIR/exports,
 * and a restore refuses to put site.db into dev.db (or the reverse) without an explicit flag.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'

const run = promisify(execFile)
const sqlite = !process.env.DATABASE_URI
let payload: Payload
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'occe-backup-'))

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
  fs.rmSync(work, { recursive: true, force: true })
})

async function rows(file: string, table: string): Promise<string[]> {
  const client = createClient({ url: `file:${file}` })
  try {
    const result = await client.execute(`SELECT id FROM "${table}" ORDER BY id`)
    return result.rows.map((row) => String(row.id))
  } finally {
    client.close()
  }
}

async function tables(file: string): Promise<string[]> {
  const client = createClient({ url: `file:${file}` })
  try {
    const result = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    return result.rows.map((row) => String(row.name)).sort()
  } finally {
    client.close()
  }
}

const files = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()

;(sqlite ? describe : describe.skip)('backup and restore of the embedded database', () => {
  it('copies every document and file while the site runs, and restores them elsewhere', async () => {
    const association = await payload.create({
      collection: 'associations',
      data: { name: 'Fédération (sauvegarde)', level: 'federation' } as never,
    })
    for (let i = 0; i < 25; i++) {
      await payload.create({
        collection: 'contacts',
        data: { name: `Contact ${i}`, email: `contact${i}@occe.test`, association: association.id } as never,
      })
    }
    for (const colour of ['#036', '#c60']) {
      const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: colour } })
        .png()
        .toBuffer()
      await payload.create({
        collection: 'media',
        data: { alt: `Aplat ${colour}` },
        file: { data: png, mimetype: 'image/png', name: 'aplat.png', size: png.length },
      })
    }
    const source = path.join(process.env.DATA_DIR!, 'dev.db')
    // Still in the WAL: a plain copy of dev.db alone would miss these rows.
    expect(fs.statSync(`${source}-wal`).size).toBeGreaterThan(0)

    const env: NodeJS.ProcessEnv = { ...process.env, BACKUP_DIR: path.join(work, 'backups') }
    delete env.NODE_OPTIONS
    const backup = await run('node', ['scripts/backup.mjs'], { env })
    const folder = backup.stdout.trim().split('\n').pop()!
    expect(path.dirname(folder)).toBe(path.join(work, 'backups'))
    expect(path.basename(folder)).toMatch(/^\d{8}-\d{6}Z$/)

    const restoredData = path.join(work, 'restored-data')
    const restoredMedia = path.join(work, 'restored-media')
    const restore = await run('node', ['scripts/restore.mjs', folder], {
      env: { ...env, DATA_DIR: restoredData, MEDIA_DIR: restoredMedia },
    })
    expect(restore.stdout).toMatch(/restored/)

    const restored = path.join(restoredData, 'dev.db')
    expect(await tables(restored)).toEqual(await tables(source))
    for (const table of await tables(source)) {
      if (table.startsWith('__drizzle')) continue
      expect({ table, ids: await rows(restored, table) }).toEqual({ table, ids: await rows(source, table) })
    }
    expect(await rows(restored, 'contacts')).toHaveLength(25)

    const media = await payload.find({ collection: 'media', limit: 100 })
    const expected = media.docs.flatMap((doc) => [
      doc.filename!,
      ...Object.values(doc.sizes ?? {})
        .map((s) => s?.filename)
        .filter(Boolean),
    ])
    // The original, a thumbnail and a card for each (no 1600 px hero from a 900 px image).
    expect(expected.length).toBe(6)
    for (const name of expected as string[]) {
      expect(fs.readFileSync(path.join(restoredMedia, name))).toEqual(
        fs.readFileSync(path.join(process.env.MEDIA_DIR!, name)),
      )
    }
    expect(files(restoredMedia)).toEqual(files(process.env.MEDIA_DIR!))
  })

  it('refuses an altered backup and keeps what was there', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, BACKUP_DIR: path.join(work, 'backups2') }
    delete env.NODE_OPTIONS
    const folder = (await run('node', ['scripts/backup.mjs'], { env })).stdout.trim().split('\n').pop()!
    fs.appendFileSync(path.join(folder, 'dev.db'), 'x')
    const target = path.join(work, 'untouched')
    fs.mkdirSync(target)
    fs.writeFileSync(path.join(target, 'dev.db'), 'previous')
    await expect(
      run('node', ['scripts/restore.mjs', folder], {
        env: { ...env, DATA_DIR: target, MEDIA_DIR: path.join(work, 'm2') },
      }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/altered/),
    })
    expect(fs.readFileSync(path.join(target, 'dev.db'), 'utf8')).toBe('previous')
  })

  it('writes the backup readable by its owner only, and carries the import and export files', async () => {
    for (const [folder, name] of [
      ['imports', 'contacts.csv'],
      ['exports', 'sub/associations.csv'],
    ]) {
      const file = path.join(process.env.DATA_DIR!, folder, name)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, `name,email\n${folder},invitee@occe.test\n`)
    }
    const env: NodeJS.ProcessEnv = { ...process.env, BACKUP_DIR: path.join(work, 'backups3') }
    delete env.NODE_OPTIONS
    const folder = (await run('node', ['scripts/backup.mjs'], { env })).stdout.trim().split('\n').pop()!

    const mode = (p: string) => fs.statSync(p).mode & 0o777
    expect(mode(folder)).toBe(0o700)
    for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
      const full = path.join(entry.parentPath, entry.name)
      expect({ full, mode: mode(full) }).toEqual({ full, mode: entry.isDirectory() ? 0o700 : 0o600 })
    }

    const target = path.join(work, 'restored-files')
    fs.mkdirSync(path.join(target, 'imports'), { recursive: true })
    fs.writeFileSync(path.join(target, 'imports', 'stale.csv'), 'stale')
    await run('node', ['scripts/restore.mjs', folder], {
      env: { ...env, DATA_DIR: target, MEDIA_DIR: path.join(work, 'm3') },
    })
    for (const name of ['imports', 'exports']) {
      expect(files(path.join(target, name))).toEqual(files(path.join(process.env.DATA_DIR!, name)))
      for (const file of files(path.join(target, name)))
        expect(fs.readFileSync(path.join(target, name, file))).toEqual(
          fs.readFileSync(path.join(process.env.DATA_DIR!, name, file)),
        )
    }
    // What was there is moved aside, not deleted.
    const aside = fs.readdirSync(target).filter((name) => name.startsWith('before-restore-'))
    expect(aside).toHaveLength(1)
    expect(fs.readFileSync(path.join(target, aside[0], 'imports', 'stale.csv'), 'utf8')).toBe('stale')
  })

  it('refuses to restore a production backup into dev.db (NODE_ENV forgotten) unless told to', async () => {
    const production = path.join(work, 'production')
    fs.mkdirSync(production)
    const client = createClient({ url: `file:${path.join(production, 'site.db')}` })
    await client.execute('CREATE TABLE guests (id INTEGER PRIMARY KEY, email TEXT)')
    await client.execute("INSERT INTO guests (email) VALUES ('a@occe.test'), ('b@occe.test')")
    client.close()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BACKUP_DIR: path.join(work, 'backups4'),
      DATA_DIR: production,
      MEDIA_DIR: path.join(work, 'm4'),
    }
    delete env.NODE_OPTIONS
    const folder = (await run('node', ['scripts/backup.mjs'], { env: { ...env, NODE_ENV: 'production' } })).stdout
      .trim()
      .split('\n')
      .pop()!
    fs.writeFileSync(path.join(production, 'dev.db'), 'development')

    await expect(
      run('node', ['scripts/restore.mjs', folder], { env: { ...env, NODE_ENV: 'development' } }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/site\.db.*dev\.db.*NODE_ENV=production/s),
    })
    expect(fs.readFileSync(path.join(production, 'dev.db'), 'utf8')).toBe('development')
    expect(fs.readdirSync(production).filter((name) => name.startsWith('before-restore-'))).toEqual([])

    await run('node', ['scripts/restore.mjs', folder], { env: { ...env, NODE_ENV: 'production' } })
    expect(await rows(path.join(production, 'site.db'), 'guests')).toEqual(['1', '2'])

    // Asked for explicitly: a copy of production in a development database.
    await run('node', ['scripts/restore.mjs', '--allow-other-database', folder], {
      env: { ...env, NODE_ENV: 'development' },
    })
    expect(await rows(path.join(production, 'dev.db'), 'guests')).toEqual(['1', '2'])
  })
})
