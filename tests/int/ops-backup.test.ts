/**
 * `npm run backup` while Payload holds the database open (recent writes still in the WAL), then
 * `npm run restore` into a fresh DATA_DIR and MEDIA_DIR: every row and every file comes back.
 * SQLite only: the MongoDB leg would need mongodump, which is not installable here.
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
    const result = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
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
    const association = await payload.create({ collection: 'associations', data: { name: 'Fédération (sauvegarde)', level: 'federation' } as never })
    for (let i = 0; i < 25; i++) {
      await payload.create({
        collection: 'contacts',
        data: { name: `Contact ${i}`, email: `contact${i}@occe.test`, association: association.id } as never,
      })
    }
    for (const colour of ['#036', '#c60']) {
      const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: colour } }).png().toBuffer()
      await payload.create({ collection: 'media', data: { alt: `Aplat ${colour}` }, file: { data: png, mimetype: 'image/png', name: 'aplat.png', size: png.length } })
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
    const expected = media.docs.flatMap((doc) => [doc.filename!, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename).filter(Boolean)])
    // The original, a thumbnail and a card for each (no 1600 px hero from a 900 px image).
    expect(expected.length).toBe(6)
    for (const name of expected as string[]) {
      expect(fs.readFileSync(path.join(restoredMedia, name))).toEqual(fs.readFileSync(path.join(process.env.MEDIA_DIR!, name)))
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
    await expect(run('node', ['scripts/restore.mjs', folder], { env: { ...env, DATA_DIR: target, MEDIA_DIR: path.join(work, 'm2') } })).rejects.toMatchObject({
      stderr: expect.stringMatching(/altered/),
    })
    expect(fs.readFileSync(path.join(target, 'dev.db'), 'utf8')).toBe('previous')
  })
})
